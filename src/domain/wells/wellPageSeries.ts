/**
 * The manual-level series of a well page for the one thing `t` of an outer statement, as JSON
 * (ADR 36): what `findWaterLevelStats` and `findGroundwaterLevelPages` read for that thing, built
 * from the same SQL (groundwaterLevelSql.ts, seriesSql.ts), so that the well page needs no
 * statement of its own for them.
 *
 * Contract: `waterLevelStatsSql(viewer)` is one JSON object per thing that
 * `waterLevelStatsFromJson` turns into the `WaterLevelStatsRow` findWaterLevelStats gives for it;
 * `groundwaterLevelPageSql(viewer, window)` is the JSON array of the first `take + 1` levels of the
 * window, in its order, that `levelsFromJson` turns into findGroundwaterLevelPages' rows.
 */
import { Prisma } from "../../generated/prisma/client.js";
import type { WaterLevelStatsRow } from "../waterLevels/findWaterLevelStats.js";
import { levelDetails, manualLevelsWhere, type GroundwaterLevelRow } from "../waterLevels/groundwaterLevelSql.js";
import { afterPosition, inTimeRange, seriesOrderBy } from "../shared/series/seriesSql.js";
import type { SeriesWindow } from "../shared/series/seriesWindow.js";
import type { Viewer } from "../visibility/viewer.js";
import { jsonModel, type Json } from "../shared/modelJson.js";

const levelJson = jsonModel<GroundwaterLevelRow>({
  thingId: { number: "thingId" },
  id: { number: "id" },
  measuredAt: { date: "measuredAt" },
  value: { number: "value" },
  measuringPointHeight: { number: "measuringPointHeight" },
  method: "method",
  reason: "reason",
  levelStatus: "levelStatus",
  dataMaturity: "dataMaturity",
  releaseStatus: "releaseStatus",
  depthToWater: { number: "depthToWater" },
});

/** The thing's manual levels as the viewer may see them (levelDetails over `source`), with the float depth. */
function levelsOf(source: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT d.*, d.depth_numeric::float8 AS "depthToWater" FROM (${levelDetails(source)}) d`;
}

const ofThing = (viewer: Viewer) => manualLevelsWhere(Prisma.sql`fe.thing_id = t.id`, viewer);

export function waterLevelStatsSql(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`(
    SELECT json_build_object(
      'count', count(*)::int,
      'min', min(l.depth_numeric)::float8,
      'max', max(l.depth_numeric)::float8,
      'mean', avg(l.depth_numeric)::float8,
      'latest', (array_agg(${levelJson.sql("l")} ORDER BY l."measuredAt" DESC, l.id DESC))[1])
    FROM (${levelsOf(Prisma.sql`(${ofThing(viewer)})`)}) l
    WHERE l.value IS NOT NULL)`;
}

export function groundwaterLevelPageSql(viewer: Viewer, window: SeriesWindow): Prisma.Sql {
  const time = Prisma.sql`measured_at`;
  const id = Prisma.sql`id`;
  return Prisma.sql`(
    WITH page AS (
      SELECT id, thing_id, rn FROM (
        SELECT id, thing_id, ROW_NUMBER() OVER (ORDER BY ${seriesOrderBy(time, id, window)})::int AS rn
        FROM (${ofThing(viewer)}) lv
        WHERE ${inTimeRange(time, window.range)} AND ${afterPosition(time, id, window)}
      ) ranked
      WHERE rn <= ${window.take + 1}
    )
    SELECT coalesce(json_agg(${levelJson.sql("l")} ORDER BY page.rn), '[]'::json)
    FROM (${levelsOf(Prisma.sql`page`)}) l JOIN page ON page.id = l.id)`;
}

/** A float8 read from JSON: NaN and ±Infinity arrive as text. */
const float = (value: unknown): number | null => (typeof value === "string" ? Number(value) : (value as number | null));

export function waterLevelStatsFromJson(json: Json): WaterLevelStatsRow {
  return {
    count: json.count as number,
    min: float(json.min),
    max: float(json.max),
    mean: float(json.mean),
    latest: json.latest === null ? null : levelJson.revive(json.latest as Json),
  };
}

export function levelsFromJson(json: Json[]): GroundwaterLevelRow[] {
  return json.map(levelJson.revive);
}
