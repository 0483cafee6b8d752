/**
 * Locks a sensor's row for the rest of the transaction (SELECT ... FOR UPDATE), so that the
 * deployment checks of concurrent transactions on the same sensor run one after the other.
 * Contract: throws MutationFailure(NotFoundError "Sensor <id> not found") when there is no such sensor.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import { MutationFailure, notFound } from "../mutations/mutationResult.js";

export async function lockSensor(tx: Prisma.TransactionClient, sensorId: number): Promise<void> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM sensor WHERE id = ${sensorId} FOR UPDATE`;
  if (rows.length === 0) throw new MutationFailure(notFound("Sensor", sensorId));
}
