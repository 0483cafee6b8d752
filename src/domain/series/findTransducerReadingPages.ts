/**
 * One page of transducer readings for each of several things, in ONE statement whatever the
 * number of things. Each reading stream of a thing (deployment x parameter) contributes at most
 * `take + 1` rows, read from its unique time index in the window's order; ROW_NUMBER() over
 * the thing's streams then merges them in (time, id) order and keeps the first `take + 1` (the
 * extra row only signals a next page). One connection per thing id, in the order given.
 */
import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import { manyByKey } from "../shared/keyOrder.js";
import { toConnection, type Connection } from "../shared/pagination/connection.js";
import { afterPosition, inTimeRange, seriesOrderBy } from "./seriesSql.js";
import { seriesPageRequest, type SeriesWindow } from "./seriesWindow.js";
import { reviewStatusOf, seriesStreamsOf, type TransducerReadingRow } from "./transducerReadingSql.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedSql } from "../visibility/visibilitySql.js";

export async function findTransducerReadingPages(
  prisma: PrismaClient,
  thingIds: readonly number[],
  window: SeriesWindow,
  totalCountOf: (thingId: number) => Promise<number>,
  viewer: Viewer,
): Promise<Connection<TransducerReadingRow>[]> {
  const time = Prisma.sql`observed_at`;
  const id = Prisma.sql`id`;
  const direction = Prisma.raw(window.order === "NEWEST_FIRST" ? "DESC" : "ASC");
  const rows = await prisma.$queryRaw<(TransducerReadingRow & { rn: number })[]>`
    WITH candidates AS (
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
      ) r
    ),
    ranked AS (
      SELECT candidates.*,
        ROW_NUMBER() OVER (PARTITION BY thing_id ORDER BY ${seriesOrderBy(time, id, window)})::int AS rn
      FROM candidates
    )
    SELECT ranked.thing_id AS "thingId", ranked.id, ranked.observed_at AS timestamp, r.value,
      ${reviewStatusOf(Prisma.sql`ranked`)} AS status, ranked.rn
    FROM ranked
    JOIN transducer_observation r ON r.id = ranked.id
    WHERE ranked.rn <= ${window.take + 1}
    ORDER BY ranked.thing_id, ranked.rn`;
  const byThing = manyByKey(thingIds, rows, (r) => r.thingId);
  return thingIds.map((thingId, i) =>
    toConnection(
      (byThing[i] ?? []).map(({ rn: _rn, ...reading }) => reading),
      seriesPageRequest(window),
      (r) => [r.timestamp.toISOString(), r.id],
      () => totalCountOf(thingId),
    ),
  );
}
