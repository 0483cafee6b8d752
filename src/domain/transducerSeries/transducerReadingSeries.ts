/**
 * The transducer water-level readings of things as a series (SeriesSource, read by
 * countSeriesEntries and findSeriesPages): the entries are `transducerReadingsOf` (time
 * `observed_at`). A page's candidates come per reading stream of a thing (deployment x parameter):
 * at most `take + 1` readings of each stream, read from its unique time index in the window's order,
 * which the generic ranking then merges per thing in (time, id) order. A row is a
 * TransducerReadingRow with the review status of its covering block.
 */
import { Prisma } from "../../generated/prisma/client.js";
import type { SeriesSource } from "../shared/series/seriesSource.js";
import { afterPosition, inTimeRange } from "../shared/series/seriesSql.js";
import { releasedSql } from "../visibility/visibilitySql.js";
import { reviewStatusOf, seriesStreamsOf, transducerReadingsOf, type TransducerReadingRow } from "./transducerReadingSql.js";

export const transducerReadingSeries: SeriesSource<TransducerReadingRow> = {
  time: Prisma.sql`observed_at`,
  entriesOf: transducerReadingsOf,
  candidatesOf: (thingIds, window, viewer) => {
    const direction = Prisma.raw(window.order === "NEWEST_FIRST" ? "DESC" : "ASC");
    return Prisma.sql`
      SELECT s.thing_id, r.id, r.observed_at, r.parameter_id
      FROM (${seriesStreamsOf(thingIds, viewer)}) s
      CROSS JOIN LATERAL (
        SELECT t.id, t.observation_datetime AS observed_at, t.parameter_id
        FROM transducer_observation t
        WHERE t.deployment_id = s.deployment_id AND t.parameter_id = s.parameter_id
          AND ${inTimeRange(Prisma.sql`t.observation_datetime`, window.range)}
          AND ${afterPosition(Prisma.sql`t.observation_datetime`, Prisma.sql`t.id`, window)}
          AND ${releasedSql(viewer, Prisma.sql`t.release_status`)}
        ORDER BY t.observation_datetime ${direction}
        LIMIT ${window.take + 1}
      ) r`;
  },
  rowsOf: (page) => Prisma.sql`
    SELECT ${page}.thing_id AS "thingId", ${page}.id, ${page}.observed_at AS timestamp, r.value,
      ${reviewStatusOf(page)} AS status
    FROM ${page}
    JOIN transducer_observation r ON r.id = ${page}.id
    ORDER BY ${page}.thing_id, ${page}.rn`,
  timeOf: (reading) => reading.timestamp,
};
