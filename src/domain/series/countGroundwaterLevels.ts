/** Number of manual groundwater levels of each thing within a time range, in one statement. */
import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import { oneByKey } from "../shared/keyOrder.js";
import { manualLevelsOf } from "./groundwaterLevelSql.js";
import { inTimeRange } from "./seriesSql.js";
import type { TimeRange } from "./seriesWindow.js";
import type { Viewer } from "../visibility/viewer.js";

export async function countGroundwaterLevels(
  prisma: PrismaClient,
  thingIds: readonly number[],
  range: TimeRange,
  viewer: Viewer,
): Promise<number[]> {
  const rows = await prisma.$queryRaw<{ thingId: number; count: number }[]>`
    SELECT thing_id AS "thingId", count(*)::int AS count
    FROM (${manualLevelsOf(thingIds, viewer)}) levels
    WHERE ${inTimeRange(Prisma.sql`measured_at`, range)}
    GROUP BY thing_id`;
  return oneByKey(thingIds, rows, (r) => r.thingId).map((r) => r?.count ?? 0);
}
