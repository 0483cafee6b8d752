/**
 * Uniqueness of a sensor's serial and property numbers, checked before writing so that the
 * ConflictError names the input field and the sensor that holds the number (the unique indexes
 * `sensor_serial_no_key` and `sensor_pcn_number_key` remain the guarantee under concurrency).
 */
import type { Prisma } from "../../generated/prisma/client.js";
import { ConflictError } from "../shared/domainErrors.js";

export async function assertIdentifiersFree(
  tx: Prisma.TransactionClient,
  sensorId: number | null,
  identifiers: { serialNo?: string | null; pcnNumber?: string | null },
): Promise<void> {
  const others = sensorId === null ? {} : { id: { not: sensorId } };
  if (identifiers.serialNo) {
    const holder = await tx.sensor.findFirst({ where: { serialNo: identifiers.serialNo, ...others }, select: { id: true } });
    if (holder) {
      throw new ConflictError(`Serial number "${identifiers.serialNo}" is already used by sensor ${holder.id}`, "sensor_serial_no_key", ["serialNumber"]);
    }
  }
  if (identifiers.pcnNumber) {
    const holder = await tx.sensor.findFirst({ where: { pcnNumber: identifiers.pcnNumber, ...others }, select: { id: true } });
    if (holder) {
      throw new ConflictError(`Property number "${identifiers.pcnNumber}" is already used by sensor ${holder.id}`, "sensor_pcn_number_key", ["pcnNumber"]);
    }
  }
}
