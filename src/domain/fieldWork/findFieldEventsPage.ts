/**
 * One page of field events matching a filter, newest first (event date, then id, descending), in
 * one statement; the total (one more statement) only when asked for. Only events the viewer may
 * see; a participant filter matches only participations the viewer may see (released
 * participations of released contacts for callers without a role).
 */
import { Prisma, type FieldEvent, type PrismaClient } from "../../generated/prisma/client.js";
import { toConnection, type Connection } from "../shared/pagination/connection.js";
import { afterPosition, idArray, inTimeRange, seriesOrderBy } from "../shared/series/seriesSql.js";
import { seriesPageRequest, type SeriesWindow } from "../shared/series/seriesWindow.js";
import { releasedSql } from "../visibility/visibilitySql.js";
import type { Viewer } from "../visibility/viewer.js";
import { FIELD_EVENT_COLUMNS, visibleFieldEventSql } from "./fieldEventSql.js";

export interface FieldEventFilter {
  /** Only events at these sites; null = any. */
  thingIds: number[] | null;
  /** Only events in which one of these contacts took part; null = any. */
  contactIds: number[] | null;
}

function filterSql(viewer: Viewer, filter: FieldEventFilter, window: SeriesWindow): Prisma.Sql {
  const conditions = [visibleFieldEventSql(viewer), inTimeRange(Prisma.sql`fe.event_date`, window.range)];
  if (filter.thingIds !== null) conditions.push(Prisma.sql`fe.thing_id = ANY(${idArray(filter.thingIds)})`);
  if (filter.contactIds !== null) {
    conditions.push(Prisma.sql`EXISTS (
      SELECT 1 FROM field_event_participant p JOIN contact c ON c.id = p.contact_id
      WHERE p.field_event_id = fe.id AND p.contact_id = ANY(${idArray(filter.contactIds)})
        AND ${releasedSql(viewer, Prisma.sql`p.release_status`)} AND ${releasedSql(viewer, Prisma.sql`c.release_status`)})`);
  }
  return Prisma.join(conditions, " AND ");
}

export async function findFieldEventsPage(
  prisma: PrismaClient,
  viewer: Viewer,
  filter: FieldEventFilter,
  window: SeriesWindow,
): Promise<Connection<FieldEvent>> {
  const where = filterSql(viewer, filter, window);
  const time = Prisma.sql`fe.event_date`;
  const id = Prisma.sql`fe.id`;
  const rows =
    window.take === 0
      ? []
      : await prisma.$queryRaw<FieldEvent[]>`
    SELECT ${FIELD_EVENT_COLUMNS} FROM field_event fe
    WHERE ${where} AND ${afterPosition(time, id, window)}
    ORDER BY ${seriesOrderBy(time, id, window)}
    LIMIT ${window.take + 1}`;
  return toConnection(rows, seriesPageRequest(window), (e) => [e.eventDate.toISOString(), e.id], async () => {
    const [count] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM field_event fe WHERE ${where}`;
    return count?.n ?? 0;
  });
}
