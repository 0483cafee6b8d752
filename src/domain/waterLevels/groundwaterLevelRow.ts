/**
 * A manual groundwater level as the series queries return it (GroundwaterLevelRow), built from an
 * observation just written, inside the writing transaction.
 *
 * Contract: the measuring point is the observation's own, else the well's measuring-point history
 * row valid on the UTC date of the measurement (latest start, then highest id), else none; the
 * depth to water is `value - measuring point` rounded to 0.0001 ft, exactly as groundwaterLevelSql
 * computes it, so a mutation's answer equals what the next read of the series shows.
 */
import type { Observation, Prisma } from "../../generated/prisma/client.js";
import type { GroundwaterLevelRow } from "./groundwaterLevelSql.js";

/** The measuring point height of the well's history row valid on the UTC date of `at`, or null. */
async function historicMeasuringPoint(tx: Prisma.TransactionClient, thingId: number, at: Date): Promise<number | null> {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  const row = await tx.measuringPointHistory.findFirst({
    where: { thingId, startDate: { lte: day }, OR: [{ endDate: null }, { endDate: { gte: day } }] },
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
    select: { measuringPointHeight: true },
  });
  return row?.measuringPointHeight ?? null;
}

export async function groundwaterLevelRow(
  tx: Prisma.TransactionClient,
  thingId: number,
  observation: Observation,
  method: string,
): Promise<GroundwaterLevelRow> {
  const mpHeight = observation.measuringPointHeight ?? (await historicMeasuringPoint(tx, thingId, observation.observationDatetime));
  const depthToWater = observation.value === null ? null : Math.round((observation.value - (mpHeight ?? 0)) * 10_000) / 10_000;
  return {
    id: observation.id,
    thingId,
    measuredAt: observation.observationDatetime,
    value: observation.value,
    depthToWater,
    measuringPointHeight: mpHeight,
    method,
    reason: observation.groundwaterLevelReason,
    levelStatus: observation.levelStatus,
    dataMaturity: observation.dataMaturity,
    releaseStatus: observation.releaseStatus,
  };
}
