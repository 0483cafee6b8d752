/**
 * Deletes a sensor that has no deployments.
 * Contract: NotFoundError for a missing sensor; a sensor with deployments gives ConflictError on
 * `deployment_sensor_id_fkey` naming them (the sensor is locked, so no deployment can appear
 * between the check and the delete). Observations made with the sensor keep their data (their
 * sensor becomes null).
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import { lockRow } from "../shared/lockRow.js";
import { ConflictError } from "../shared/domainErrors.js";

export async function deleteSensor(prisma: PrismaClient, id: number): Promise<number> {
  return prisma.$transaction(async (tx) => {
    await lockRow(tx, "sensor", id, "FOR UPDATE");
    const deployments = await tx.deployment.findMany({ where: { sensorId: id }, select: { id: true }, orderBy: { id: "asc" }, take: 10 });
    if (deployments.length > 0) {
      const count = await tx.deployment.count({ where: { sensorId: id } });
      throw new ConflictError(`Sensor ${id} has ${count} deployment(s) (${deployments.map((d) => d.id).join(", ")}${count > deployments.length ? ", ..." : ""}); delete them before deleting the sensor`, "deployment_sensor_id_fkey", ["sensorId"]);
    }
    await tx.sensor.delete({ where: { id } });
    return id;
  });
}
