/**
 * Summary statistics of the manual groundwater levels of each of several things, in ONE
 * statement. Only levels with a measured value (hence a depth to water) count; a thing without
 * any gets count 0, null min/max/mean and no latest level. Depths are feet below ground surface;
 * the mean is computed exactly over the rounded depths, then given as a float.
 */
import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import { oneByKey } from "../shared/keyOrder.js";
import { levelDetails, manualLevelsOf, type GroundwaterLevelRow } from "./groundwaterLevelSql.js";
import type { Viewer } from "../visibility/viewer.js";

export interface WaterLevelStatsRow {
  count: number;
  min: number | null;
  max: number | null;
  mean: number | null;
  /** The newest level with a value (latest time, then highest id), or null. */
  latest: GroundwaterLevelRow | null;
}

interface StatsRecord extends GroundwaterLevelRow {
  count: number;
  min: number;
  max: number;
  mean: number;
}

export async function findWaterLevelStats(
  prisma: PrismaClient,
  thingIds: readonly number[],
  viewer: Viewer,
): Promise<WaterLevelStatsRow[]> {
  const rows = await prisma.$queryRaw<StatsRecord[]>`
    WITH measured AS (
      SELECT * FROM (${levelDetails(Prisma.sql`(${manualLevelsOf(thingIds, viewer)})`)}) d WHERE d.value IS NOT NULL
    ),
    ranked AS (
      SELECT measured.*,
        ROW_NUMBER() OVER (PARTITION BY "thingId" ORDER BY "measuredAt" DESC, id DESC) AS rn,
        count(*) OVER (PARTITION BY "thingId")::int AS count,
        min(depth_numeric) OVER (PARTITION BY "thingId")::float8 AS min,
        max(depth_numeric) OVER (PARTITION BY "thingId")::float8 AS max,
        avg(depth_numeric) OVER (PARTITION BY "thingId")::float8 AS mean
      FROM measured
    )
    SELECT "thingId", id, "measuredAt", value, "measuringPointHeight", method, reason, "levelStatus", "dataMaturity", "releaseStatus",
      depth_numeric::float8 AS "depthToWater", count, min, max, mean
    FROM ranked
    WHERE rn = 1`;
  return oneByKey(thingIds, rows, (r) => r.thingId).map((r) => {
    if (!r) return { count: 0, min: null, max: null, mean: null, latest: null };
    const { count, min, max, mean, ...latest } = r;
    return { count, min, max, mean, latest };
  });
}
