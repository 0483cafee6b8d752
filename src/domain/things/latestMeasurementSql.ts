/**
 * Groundwater measurements of the thing `t` of a list query, as SQL expressions over the alias `t`.
 *
 * Contract: `latestMeasurementSql` is the time of the newest groundwater level the viewer may see
 * at `t` (a manual level, groundwaterLevelSql.ts, or a transducer reading of the water-level
 * parameter), NULL when there is none; `transducerDataSql` holds when `t` has at least one
 * transducer water-level reading the viewer may see. Release rules are those of the series
 * (src/domain/visibility): each reading's own status, the site's being tested by the list.
 */
import { Prisma } from "../../generated/prisma/client.js";
import { GROUNDWATER_LEVEL_PARAMETER, manualLevelsWhere } from "../series/groundwaterLevelSql.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedSql } from "../visibility/visibilitySql.js";

/** `(observation_datetime)` of the transducer water-level readings at `t` the viewer may see. */
function transducerReadingsAtT(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`
    SELECT r.observation_datetime FROM deployment d
    JOIN transducer_observation r ON r.deployment_id = d.id
    JOIN parameter p ON p.id = r.parameter_id
    WHERE d.thing_id = t.id AND p.parameter_name = ${GROUNDWATER_LEVEL_PARAMETER}
      AND ${releasedSql(viewer, Prisma.sql`r.release_status`)}`;
}

export function latestMeasurementSql(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`(SELECT max(m.at) FROM (
    SELECT max(ml.measured_at) AS at FROM (${manualLevelsWhere(Prisma.sql`fe.thing_id = t.id`, viewer)}) ml
    UNION ALL
    SELECT max(tr.observation_datetime) FROM (${transducerReadingsAtT(viewer)}) tr) m)`;
}

export function transducerDataSql(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`EXISTS (${transducerReadingsAtT(viewer)})`;
}
