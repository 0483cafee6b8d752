/**
 * The transducer (continuous) water-level readings of things, in SQL.
 *
 * A thing's readings are the `transducer_observation` rows of the parameter named
 * "groundwater level" recorded by any deployment at the thing. The review status of a reading
 * is that of the review block of the same thing and parameter whose span [start, end] (both
 * inclusive) covers the reading's time; where several blocks cover it, the newest block (highest
 * id) decides. "approved" is APPROVED; anything else, or no block at all, is NOT_REVIEWED.
 * A viewer without a role sees only released readings of released sites (src/domain/visibility).
 */
import { Prisma } from "../../generated/prisma/client.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedSql, visibleThingSql } from "../visibility/visibilitySql.js";
import { reviewStatusValues, type ReviewStatusValue } from "../vocabulary/enumValues.js";
import { GROUNDWATER_LEVEL_PARAMETER } from "../shared/series/groundwaterLevelParameter.js";
import { idArray } from "../shared/series/seriesSql.js";

/** One transducer reading, as the series queries return it. */
export interface TransducerReadingRow {
  /** transducer_observation id. */
  id: number;
  thingId: number;
  timestamp: Date;
  /** Reading in the parameter's unit (depth to water: feet below ground surface). */
  value: number;
  /** Review status term of the covering block. */
  status: ReviewStatusValue;
}

/** `(id, thing_id, observed_at, parameter_id)` of every transducer water-level reading of the things that the viewer may see. */
export function transducerReadingsOf(thingIds: readonly number[], viewer: Viewer): Prisma.Sql {
  return Prisma.sql`
    SELECT r.id, s.thing_id, r.observation_datetime AS observed_at, r.parameter_id
    FROM (${seriesStreamsOf(thingIds, viewer)}) s
    JOIN transducer_observation r ON r.deployment_id = s.deployment_id AND r.parameter_id = s.parameter_id
    WHERE ${releasedSql(viewer, Prisma.sql`r.release_status`)}`;
}

/**
 * `(thing_id, deployment_id, parameter_id)` of every stream of water-level readings of the
 * things: one per deployment at a thing and water-level parameter. Within one stream the
 * reading time is unique (`uq_transducer_observation_deployment_parameter_datetime`), so time
 * alone orders it and that unique index serves "the first n of a stream". Only streams of sites
 * the viewer may see; the readings' own release status is for the caller to test.
 */
export function seriesStreamsOf(thingIds: readonly number[], viewer: Viewer): Prisma.Sql {
  return Prisma.sql`
    SELECT d.thing_id, d.id AS deployment_id, p.id AS parameter_id
    FROM deployment d
    CROSS JOIN parameter p
    WHERE p.parameter_name = ${GROUNDWATER_LEVEL_PARAMETER} AND d.thing_id = ANY(${idArray(thingIds)})
      AND ${visibleThingSql(viewer, Prisma.sql`d.thing_id`)}`;
}

/** The review status term of the reading `src` (a relation with `thing_id`, `parameter_id`, `observed_at`). */
export function reviewStatusOf(src: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    CASE WHEN (
      SELECT b.review_status
      FROM transducer_observation_block b
      WHERE b.thing_id = ${src}.thing_id AND b.parameter_id = ${src}.parameter_id
        AND b.start_datetime <= ${src}.observed_at AND b.end_datetime >= ${src}.observed_at
      ORDER BY b.id DESC
      LIMIT 1
    ) = ${reviewStatusValues.APPROVED} THEN ${reviewStatusValues.APPROVED}
    ELSE ${reviewStatusValues.NOT_REVIEWED} END`;
}
