/**
 * Per site and parameter: number of chemistry results, minimum, maximum, the latest result and
 * the number of results exceeding a regulatory limit, for a page of sites in ONE statement.
 *
 * Contract:
 * - only results the viewer may see (chemistryResultSql.ts); one summary per parameter with at
 *   least one result, by parameter name;
 * - `min`/`max` are in the parameter's default unit, over the results whose unit converts to it
 *   (concentrationRatio); null when none does; `count` counts every result;
 * - a result exceeds when `compareWithLimit` says so for at least one limit of its parameter. The
 *   statement groups results by unit and detection flag and counts, for every limit and every
 *   ratio in CONCENTRATION_RATIOS, the values above limit × ratio; the exceedance rule then picks,
 *   per group, the count of the ratio `limitRatio` gives (non-detects and unconvertible
 *   units count none), so SQL only does the multiplication compareWithLimit does.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import { idArray } from "../shared/series/seriesSql.js";
import type { Viewer } from "../visibility/viewer.js";
import { CHEMISTRY_FROM, visibleChemistrySql } from "./chemistryResultSql.js";
import { isNonDetect, limitRatio } from "./compareWithLimit.js";
import { CONCENTRATION_RATIOS, convertConcentration } from "./convertConcentration.js";

export interface ChemistrySummaryRow {
  thingId: number;
  parameterId: number;
  /** Unit of min and max: the parameter's default unit. */
  unit: string;
  count: number;
  min: number | null;
  max: number | null;
  latest: { observationId: number; value: number | null; unit: string; detectionFlag: string | null; observedAt: Date };
  exceedanceCount: number;
}

interface Group {
  unit: string;
  flag: string | null;
  n: number;
  min: number | null;
  max: number | null;
  limits: { unit: string; counts: number[] }[] | null;
}

interface Row {
  thingId: number;
  parameterId: number;
  defaultUnit: string;
  groups: Group[];
  latestId: number;
  latestValue: number | null;
  latestUnit: string;
  latestFlag: string | null;
  latestAt: Date;
}

function summarise(row: Row): ChemistrySummaryRow {
  let min: number | null = null;
  let max: number | null = null;
  let exceedanceCount = 0;
  for (const group of row.groups) {
    const low = group.min === null ? null : convertConcentration(group.min, group.unit, row.defaultUnit);
    const high = group.max === null ? null : convertConcentration(group.max, group.unit, row.defaultUnit);
    if (low?.ok && high?.ok) {
      min = min === null ? low.value : Math.min(min, low.value);
      max = max === null ? high.value : Math.max(max, high.value);
    }
    if (isNonDetect(group.flag)) continue;
    let exceeding = 0;
    for (const limit of group.limits ?? []) {
      const ratio = limitRatio(limit.unit, group.unit);
      if (!ratio.ok) continue;
      exceeding = Math.max(exceeding, limit.counts[CONCENTRATION_RATIOS.indexOf(ratio.ratio)] ?? 0);
    }
    exceedanceCount += exceeding;
  }
  return {
    thingId: row.thingId,
    parameterId: row.parameterId,
    unit: row.defaultUnit,
    count: row.groups.reduce((n, g) => n + g.n, 0),
    min,
    max,
    latest: { observationId: row.latestId, value: row.latestValue, unit: row.latestUnit, detectionFlag: row.latestFlag, observedAt: new Date(row.latestAt) },
    exceedanceCount,
  };
}

export async function findChemistrySummaries(prisma: PrismaClient, viewer: Viewer, thingIds: readonly number[]): Promise<ChemistrySummaryRow[][]> {
  const rows = await prisma.$queryRaw<Row[]>`
    WITH r AS (
      SELECT fe.thing_id, o.parameter_id, o.id, o.value, o.unit::text AS unit, o.detection_flag::text AS flag, o.observation_datetime, p.parameter_name
      FROM ${CHEMISTRY_FROM}
      WHERE fe.thing_id = ANY(${idArray(thingIds)}) AND ${visibleChemistrySql(viewer)}
    ),
    ratio AS (SELECT q.ratio, q.k FROM unnest(${[...CONCENTRATION_RATIOS]}::float8[]) WITH ORDINALITY AS q(ratio, k)),
    over_limit AS (
      SELECT r.thing_id, r.parameter_id, r.unit, r.flag, rl.id AS limit_id, rl.limit_unit::text AS limit_unit, ratio.k,
        count(*) FILTER (WHERE r.value > rl.limit_value * ratio.ratio)::int AS n
      FROM r JOIN regulatory_limit rl ON rl.parameter_id = r.parameter_id CROSS JOIN ratio
      GROUP BY r.thing_id, r.parameter_id, r.unit, r.flag, rl.id, rl.limit_unit, ratio.k
    ),
    limits AS (
      SELECT thing_id, parameter_id, unit, flag, json_agg(json_build_object('unit', limit_unit, 'counts', counts) ORDER BY limit_id) AS limits
      FROM (SELECT thing_id, parameter_id, unit, flag, limit_id, limit_unit, array_agg(n ORDER BY k) AS counts
            FROM over_limit GROUP BY thing_id, parameter_id, unit, flag, limit_id, limit_unit) per_limit
      GROUP BY thing_id, parameter_id, unit, flag
    ),
    groups AS (
      SELECT r.thing_id, r.parameter_id, r.unit, r.flag, count(*)::int AS n, min(r.value) AS min, max(r.value) AS max
      FROM r GROUP BY r.thing_id, r.parameter_id, r.unit, r.flag
    ),
    latest AS (
      SELECT DISTINCT ON (thing_id, parameter_id) thing_id, parameter_id, id, value, unit, flag, observation_datetime, parameter_name
      FROM r ORDER BY thing_id, parameter_id, observation_datetime DESC, id DESC
    )
    SELECT l.thing_id AS "thingId", l.parameter_id AS "parameterId", p.default_unit::text AS "defaultUnit",
      (SELECT json_agg(json_build_object('unit', g.unit, 'flag', g.flag, 'n', g.n, 'min', g.min, 'max', g.max, 'limits', lim.limits))
       FROM groups g LEFT JOIN limits lim ON lim.thing_id = g.thing_id AND lim.parameter_id = g.parameter_id
         AND lim.unit = g.unit AND lim.flag IS NOT DISTINCT FROM g.flag
       WHERE g.thing_id = l.thing_id AND g.parameter_id = l.parameter_id) AS groups,
      l.id AS "latestId", l.value AS "latestValue", l.unit AS "latestUnit", l.flag AS "latestFlag", l.observation_datetime AS "latestAt"
    FROM latest l JOIN parameter p ON p.id = l.parameter_id
    ORDER BY l.thing_id, l.parameter_name, l.parameter_id`;
  const byThing = new Map<number, ChemistrySummaryRow[]>();
  for (const row of rows) byThing.set(row.thingId, [...(byThing.get(row.thingId) ?? []), summarise(row)]);
  return thingIds.map((id) => byThing.get(id) ?? []);
}
