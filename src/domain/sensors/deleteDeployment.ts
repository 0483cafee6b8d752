/**
 * Deletes a deployment record that holds no data.
 * Contract: NotFoundError for a missing deployment; a deployment with transducer readings gives
 * ConflictError on `transducer_observation_deployment_id_fkey` (deleting it would cascade to its
 * readings), and nothing is deleted.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import { lockRow } from "../shared/lockRow.js";
import { ConflictError } from "../shared/domainErrors.js";

export async function deleteDeployment(prisma: PrismaClient, id: number): Promise<number> {
  return prisma.$transaction(async (tx) => {
    // FOR UPDATE conflicts with the key-share lock of a reading being inserted, so no reading can
    // appear between the count and the delete.
    await lockRow(tx, "deployment", id, "FOR UPDATE");
    const readings = await tx.transducerObservation.count({ where: { deploymentId: id } });
    if (readings > 0) {
      throw new ConflictError(`Deployment ${id} has ${readings} transducer reading(s); deleting it would delete them`, "transducer_observation_deployment_id_fkey", ["deploymentId"]);
    }
    await tx.deployment.delete({ where: { id } });
    return id;
  });
}
