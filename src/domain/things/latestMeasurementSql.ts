/**
 * Groundwater measurements of the thing `t` of a list query, as SQL expressions over the alias `t`.
 *
 * Contract: `latestMeasurementSql` is the time of the newest groundwater level the viewer may see
 * at `t` (a manual level, groundwaterLevelSql.ts, or a transducer reading of the water-level
 * parameter), NULL when there is none; `transducerDataSql` holds when `t` has at least one
 * transducer water-level reading the viewer may see. Per site they cost one index probe per
 * sensor stream, and `latestMeasurementSql` a walk over the site's manual levels (ADR 29, numbers
 * in bench/README.md). Release rules are those of the series (src/domain/visibility): each
 * reading's own status, the site's being tested by the list.
 */
import { Prisma } from "../../generated/prisma/client.js";
import { GROUNDWATER_LEVEL_PARAMETER } from "../shared/series/groundwaterLevelParameter.js";
import { manualLevelsWhere } from "../waterLevels/groundwaterLevelSql.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedSql } from "../visibility/visibilitySql.js";

/**
 * The newest transducer reading at `t` the viewer may see: per stream (deployment and parameter) the
 * first row of a backward walk of `uq_transducer_observation_deployment_parameter_datetime`, so the
 * cost is one index probe per stream, not one row per reading.
 */
function latestTransducerReadingAtT(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`
    SELECT max(last.at) FROM deployment d
    CROSS JOIN parameter p
    CROSS JOIN LATERAL (
      SELECT r.observation_datetime AS at FROM transducer_observation r
      WHERE r.deployment_id = d.id AND r.parameter_id = p.id AND ${releasedSql(viewer, Prisma.sql`r.release_status`)}
      ORDER BY r.observation_datetime DESC LIMIT 1) last
    WHERE d.thing_id = t.id AND p.parameter_name = ${GROUNDWATER_LEVEL_PARAMETER}`;
}

export function latestMeasurementSql(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`(SELECT max(m.at) FROM (
    SELECT max(ml.measured_at) AS at FROM (${manualLevelsWhere(Prisma.sql`fe.thing_id = t.id`, viewer)}) ml
    UNION ALL
    ${latestTransducerReadingAtT(viewer)}) m)`;
}

export function transducerDataSql(viewer: Viewer): Prisma.Sql {
  // A scalar subquery, not EXISTS: PostgreSQL would turn EXISTS into a join over every reading.
  return Prisma.sql`(${latestTransducerReadingAtT(viewer)}) IS NOT NULL`;
}
