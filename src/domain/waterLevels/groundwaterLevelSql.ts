/**
 * The manual groundwater levels of things, in SQL.
 *
 * A manual level is an observation of the parameter named "groundwater level" whose sample was
 * taken in a field activity of a field event at the thing. Its depth to water (feet below
 * ground surface) is `value - measuring point height`, where the measuring point height is the
 * observation's own (checked in the field), else the height of the thing's measuring-point
 * history row valid on the observation's UTC date (latest start, then highest id), else 0.
 * The depth is rounded to 0.0001 ft, which only removes binary floating-point noise.
 * A viewer without a role sees only released levels of released sites (src/domain/visibility).
 */
import { Prisma } from "../../generated/prisma/client.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedSql, visibleThingSql } from "../visibility/visibilitySql.js";
import { GROUNDWATER_LEVEL_PARAMETER } from "../shared/series/groundwaterLevelParameter.js";
import { idArray } from "../shared/series/seriesSql.js";

/** One manual groundwater level, as the series queries return it. */
export interface GroundwaterLevelRow {
  /** Observation id. */
  id: number;
  thingId: number;
  measuredAt: Date;
  /** Reading in feet (below the measuring point); null when no level could be measured. */
  value: number | null;
  /** Feet below ground surface; null when `value` is null. */
  depthToWater: number | null;
  /** The measuring point height used for `depthToWater` (feet above ground); null = ground surface. */
  measuringPointHeight: number | null;
  /** Sample method (lexicon `sample_method`). */
  method: string;
  /** Condition of the measurement (lexicon `groundwater_level_reason`). */
  reason: string | null;
  /** Trend of the level seen while measuring (lexicon `level_status`), or null. */
  levelStatus: string | null;
  /** Review state of the value (lexicon `data_maturity`), or null. */
  dataMaturity: string | null;
  /** Release status of the observation (a `release_status` term). */
  releaseStatus: string;
}

/**
 * `(id, thing_id, measured_at, value)` of every manual level that the viewer may see at the things
 * for which `thingCondition` (over `fe.thing_id`; it may refer to an outer query) holds.
 */
export function manualLevelsWhere(thingCondition: Prisma.Sql, viewer: Viewer): Prisma.Sql {
  return Prisma.sql`
    SELECT o.id, fe.thing_id, o.observation_datetime AS measured_at, o.value
    FROM observation o
    JOIN parameter p ON p.id = o.parameter_id
    JOIN sample s ON s.id = o.sample_id
    JOIN field_activity fa ON fa.id = s.field_activity_id
    JOIN field_event fe ON fe.id = fa.field_event_id
    WHERE p.parameter_name = ${GROUNDWATER_LEVEL_PARAMETER} AND ${thingCondition}
      AND ${releasedSql(viewer, Prisma.sql`o.release_status`)} AND ${visibleThingSql(viewer, Prisma.sql`fe.thing_id`)}`;
}

/** `(id, thing_id, measured_at, value)` of every manual level of the things that the viewer may see. */
export function manualLevelsOf(thingIds: readonly number[], viewer: Viewer): Prisma.Sql {
  return manualLevelsWhere(Prisma.sql`fe.thing_id = ANY(${idArray(thingIds)})`, viewer);
}

/**
 * `round(value - measuring point height, 4)` as numeric: the depth to water (feet below ground
 * surface) of a level with the given expressions for its thing, time, value and own measuring
 * point height, through a LATERAL join on the measuring-point history named `alias` (append
 * `depthJoin` to the FROM list, use `depth` in the select list; `height` is the height used).
 */
export function depthToWaterSql(level: { thingId: Prisma.Sql; measuredAt: Prisma.Sql; value: Prisma.Sql; ownHeight: Prisma.Sql }): {
  depthJoin: Prisma.Sql;
  height: Prisma.Sql;
  depth: Prisma.Sql;
} {
  return {
    depthJoin: Prisma.sql`
    LEFT JOIN LATERAL (
      SELECT m.measuring_point_height
      FROM measuring_point_history m
      WHERE ${level.ownHeight} IS NULL
        AND m.thing_id = ${level.thingId}
        AND m.start_date <= (${level.measuredAt} AT TIME ZONE 'UTC')::date
        AND (m.end_date IS NULL OR m.end_date >= (${level.measuredAt} AT TIME ZONE 'UTC')::date)
      ORDER BY m.start_date DESC, m.id DESC
      LIMIT 1
    ) mp ON TRUE
    CROSS JOIN LATERAL (SELECT COALESCE(${level.ownHeight}, mp.measuring_point_height) AS height) mph`,
    height: Prisma.sql`mph.height`,
    depth: Prisma.sql`round((${level.value} - COALESCE(mph.height, 0))::numeric, 4)`,
  };
}

/**
 * The columns of `GroundwaterLevelRow` (except `depthToWater`, given as the numeric `depth_numeric`) for
 * the rows of `source`, a relation with columns `id` (observation id) and `thing_id`.
 * Output aliases match the row type; the numeric depth keeps aggregates exact.
 */
export function levelDetails(source: Prisma.Sql): Prisma.Sql {
  const { depthJoin, height, depth } = depthToWaterSql({
    thingId: Prisma.sql`src.thing_id`,
    measuredAt: Prisma.sql`o.observation_datetime`,
    value: Prisma.sql`o.value`,
    ownHeight: Prisma.sql`o.measuring_point_height`,
  });
  return Prisma.sql`
    SELECT src.thing_id AS "thingId", o.id, o.observation_datetime AS "measuredAt", o.value,
      ${height} AS "measuringPointHeight",
      ${depth} AS depth_numeric,
      s.sample_method AS method, o.groundwater_level_reason AS reason, o.level_status AS "levelStatus",
      o.data_maturity AS "dataMaturity", o.release_status AS "releaseStatus"
    FROM ${source} src
    JOIN observation o ON o.id = src.id
    JOIN sample s ON s.id = o.sample_id
    ${depthJoin}`;
}
