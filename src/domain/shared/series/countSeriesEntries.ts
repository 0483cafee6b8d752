/** Number of entries of a series (see SeriesSource) of each thing within a time range, in one statement. */
import type { PrismaClient } from "../../../generated/prisma/client.js";
import type { Viewer } from "../../visibility/viewer.js";
import { oneByKey } from "../keyOrder.js";
import type { SeriesSource } from "./seriesSource.js";
import { inTimeRange } from "./seriesSql.js";
import type { TimeRange } from "./seriesWindow.js";

export async function countSeriesEntries<Row extends { thingId: number; id: number }>(
  prisma: PrismaClient,
  series: SeriesSource<Row>,
  thingIds: readonly number[],
  range: TimeRange,
  viewer: Viewer,
): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ thingId: number; count: number }[]>`
    SELECT thing_id AS "thingId", count(*)::int AS count
    FROM (${series.entriesOf(thingIds, viewer)}) entries
    WHERE ${inTimeRange(series.time, range)}
    GROUP BY thing_id`;
  return oneByKey(thingIds, rows, (r) => r.thingId).map((r) => r?.count ?? 0);
}
