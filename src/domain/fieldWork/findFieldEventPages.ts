/**
 * Field events of several sites, one page per site, newest first (event date, then id,
 * descending), in ONE statement however many sites: events are numbered per site with
 * ROW_NUMBER() and the first `take + 1` of each are kept (the extra row signals a next page).
 * `countFieldEvents` counts each site's events of a time range in one statement. Only events the
 * viewer may see (fieldEventSql.ts).
 */
import { Prisma, type FieldEvent, type PrismaClient } from "../../generated/prisma/client.js";
import { manyByKey } from "../shared/keyOrder.js";
import { toConnection, type Connection } from "../shared/pagination/connection.js";
import { afterPosition, idArray, inTimeRange, seriesOrderBy } from "../shared/series/seriesSql.js";
import { seriesPageRequest, type SeriesWindow, type TimeRange } from "../shared/series/seriesWindow.js";
import type { Viewer } from "../visibility/viewer.js";
import { FIELD_EVENT_COLUMNS, visibleFieldEventSql } from "./fieldEventSql.js";

export async function findFieldEventPages(
  prisma: PrismaClient,
  viewer: Viewer,
  thingIds: readonly number[],
  window: SeriesWindow,
  totalCountOf: (thingId: number) => Promise<number>,
): Promise<Connection<FieldEvent>[]> {
  const time = Prisma.sql`fe.event_date`;
  const id = Prisma.sql`fe.id`;
  const rows =
    window.take === 0
      ? []
      : await prisma.$queryRaw<FieldEvent[]>`
    SELECT * FROM (
      SELECT ${FIELD_EVENT_COLUMNS}, ROW_NUMBER() OVER (PARTITION BY fe.thing_id ORDER BY ${seriesOrderBy(time, id, window)}) AS rn
      FROM field_event fe
      WHERE fe.thing_id = ANY(${idArray(thingIds)}) AND ${visibleFieldEventSql(viewer)}
        AND ${inTimeRange(time, window.range)} AND ${afterPosition(time, id, window)}
    ) ranked
    WHERE rn <= ${window.take + 1}
    ORDER BY "thingId", rn`;
  const byThing = manyByKey(thingIds, rows, (r) => r.thingId);
  return thingIds.map((thingId, i) =>
    toConnection(
      (byThing[i] ?? []).map(({ rn: _rn, ...event }: FieldEvent & { rn?: unknown }) => event),
      seriesPageRequest(window),
      (e) => [e.eventDate.toISOString(), e.id],
      () => totalCountOf(thingId),
    ),
  );
}

export async function countFieldEvents(prisma: PrismaClient, viewer: Viewer, thingIds: readonly number[], range: TimeRange): Promise<number[]> {
  const time = Prisma.sql`fe.event_date`;
  const rows = await prisma.$queryRaw<{ thingId: number; n: number }[]>`
    SELECT fe.thing_id AS "thingId", count(*)::int AS n FROM field_event fe
    WHERE fe.thing_id = ANY(${idArray(thingIds)}) AND ${visibleFieldEventSql(viewer)} AND ${inTimeRange(time, range)}
    GROUP BY fe.thing_id`;
  const counts = new Map(rows.map((r) => [r.thingId, r.n]));
  return thingIds.map((id) => counts.get(id) ?? 0);
}
