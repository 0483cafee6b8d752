/**
 * SQL of chemistry reads: which observations are chemistry results, who may see them, and the
 * columns of an `Observation` row.
 *
 * Contract: a chemistry result is an observation whose parameter is not "groundwater level" (manual
 * levels are a series of their own). A viewer who sees released records only sees a result when
 * the observation and its sample are released and its site is visible (as `Sample.observations`).
 * Aliases: `o` observation, `s` sample, `fe` field_event, `p` parameter (joined by CHEMISTRY_FROM).
 */
import { Prisma } from "../../generated/prisma/client.js";
import { GROUNDWATER_LEVEL_PARAMETER } from "../shared/series/groundwaterLevelParameter.js";
import { releasedSql, visibleThingSql } from "../visibility/visibilitySql.js";
import type { Viewer } from "../visibility/viewer.js";

export const CHEMISTRY_FROM = Prisma.sql`observation o
  JOIN parameter p ON p.id = o.parameter_id
  JOIN sample s ON s.id = o.sample_id
  JOIN field_activity fa ON fa.id = s.field_activity_id
  JOIN field_event fe ON fe.id = fa.field_event_id`;

/** The rows of CHEMISTRY_FROM that are chemistry results the viewer may see. */
export function visibleChemistrySql(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`p.parameter_name <> ${GROUNDWATER_LEVEL_PARAMETER}
    AND ${releasedSql(viewer, Prisma.sql`o.release_status`)} AND ${releasedSql(viewer, Prisma.sql`s.release_status`)}
    AND ${visibleThingSql(viewer, Prisma.sql`fe.thing_id`)}`;
}

/** The columns of `observation o` under the names of the Prisma model. */
export const OBSERVATION_COLUMNS = Prisma.sql`o.id, o.sample_id AS "sampleId", o.sensor_id AS "sensorId",
  o.analysis_method_id AS "analysisMethodId", o.parameter_id AS "parameterId", o.observation_datetime AS "observationDatetime",
  o.value, o.unit, o.notes, o.detection_flag AS "detectionFlag", o.measuring_point_height AS "measuringPointHeight",
  o.groundwater_level_reason AS "groundwaterLevelReason", o.level_status AS "levelStatus", o.data_maturity AS "dataMaturity",
  o.release_status AS "releaseStatus", o.created_at AS "createdAt", o.created_by_name AS "createdByName",
  o.created_by_id AS "createdById", o.updated_at AS "updatedAt", o.updated_by_name AS "updatedByName", o.updated_by_id AS "updatedById"`;
