/**
 * The rule "at most one manual groundwater level per well and instant", kept by the application
 * (the instant lives on the observation, the well on its field event, so no table constraint can
 * hold it).
 *
 * Contract: call `lockWellLevels` in the transaction before `assertNoLevelAt` and before writing;
 * the lock is transaction-scoped and per well, so writers of one well (recordGroundwaterLevel,
 * updateGroundwaterLevel, importWaterLevels) run one after the other and of concurrent writes of
 * the same well and instant exactly one succeeds. `assertNoLevelAt` throws a
 * ConflictError on GROUNDWATER_LEVEL_UNIQUE naming the existing observation.
 */
import type { Prisma, Thing } from "../../generated/prisma/client.js";
import { ConflictError } from "../shared/domainErrors.js";
import { GROUNDWATER_LEVEL_PARAMETER } from "../shared/series/groundwaterLevelParameter.js";

/** Name reported in the ConflictError of a duplicate measurement. */
export const GROUNDWATER_LEVEL_UNIQUE = "uq_groundwater_level_well_time";
/** First key of the advisory locks taken per well (the second is the well id): "GW". */
export const GROUNDWATER_LEVEL_LOCK_NAMESPACE = 0x4757;

export async function lockWellLevels(tx: Prisma.TransactionClient, wellId: number): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${GROUNDWATER_LEVEL_LOCK_NAMESPACE}::int, ${wellId}::int)`;
}

/** Fails when `well` has a manual level measured at `at` other than observation `exceptId`. */
export async function assertNoLevelAt(
  tx: Prisma.TransactionClient,
  well: Pick<Thing, "id" | "name">,
  at: Date,
  exceptId: number | null = null,
): Promise<void> {
  const duplicate = await tx.observation.findFirst({
    where: {
      observationDatetime: at,
      parameter: { parameterName: GROUNDWATER_LEVEL_PARAMETER },
      sample: { fieldActivity: { fieldEvent: { thingId: well.id } } },
      ...(exceptId === null ? {} : { id: { not: exceptId } }),
    },
    select: { id: true },
  });
  if (duplicate) {
    throw new ConflictError(`Well ${well.name} already has a groundwater level measured at ${at.toISOString()} (observation ${duplicate.id})`, GROUNDWATER_LEVEL_UNIQUE, ["wellId", "measuredAt"]);
  }
}
