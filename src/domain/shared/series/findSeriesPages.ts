/**
 * One page of a series (see SeriesSource) for each of several things, in ONE statement whatever
 * the number of things: the series' candidates are numbered per thing with ROW_NUMBER() in the
 * window's order (time, then id) and the first `take + 1` of each thing are kept (the extra row
 * only signals a next page). Results come back one connection per thing id, in the order given;
 * an edge's cursor is the entry's time and id; `totalCountOf` runs only when a total is asked for.
 */
import { Prisma, type PrismaClient } from "../../../generated/prisma/client.js";
import type { Viewer } from "../../visibility/viewer.js";
import { manyByKey } from "../keyOrder.js";
import { toConnection, type Connection } from "../pagination/connection.js";
import type { SeriesSource } from "./seriesSource.js";
import { seriesOrderBy } from "./seriesSql.js";
import { seriesPageRequest, type SeriesWindow } from "./seriesWindow.js";

export async function findSeriesPages<Row extends { thingId: number; id: number }>(
  prisma: PrismaClient,
  series: SeriesSource<Row>,
  thingIds: readonly number[],
  window: SeriesWindow,
  totalCountOf: (thingId: number) => Promise<number>,
  viewer: Viewer,
): Promise<Connection<Row>[]> {
  const rows = await prisma.$queryRaw<Row[]>`
    WITH candidates AS (${series.candidatesOf(thingIds, window, viewer)}),
    ranked AS (
      SELECT candidates.*,
        ROW_NUMBER() OVER (PARTITION BY thing_id ORDER BY ${seriesOrderBy(series.time, Prisma.sql`id`, window)})::int AS rn
      FROM candidates
    ),
    page AS (SELECT * FROM ranked WHERE rn <= ${window.take + 1})
    ${series.rowsOf(Prisma.sql`page`)}`;
  const byThing = manyByKey(thingIds, rows, (r) => r.thingId);
  return thingIds.map((thingId, i) =>
    toConnection(
      byThing[i] ?? [],
      seriesPageRequest(window),
      (r) => [series.timeOf(r).toISOString(), r.id],
      () => totalCountOf(thingId),
    ),
  );
}
