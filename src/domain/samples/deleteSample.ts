/**
 * Deletes a sample and, by the cascade of `observation_sample_id_fkey`, its observations (chemistry
 * results and any groundwater level it holds).
 *
 * Contract: NotFoundError("Sample", id) for a missing sample; returns the number of observations
 * deleted with it. The field event and field activity the sample belongs to stay, also when the
 * sample was their only one.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import { lockRow } from "../shared/lockRow.js";

export interface DeletedSample {
  deletedId: number;
  deletedObservationCount: number;
}

export async function deleteSample(prisma: PrismaClient, id: number): Promise<DeletedSample> {
  return prisma.$transaction(async (tx) => {
    // Locks the row, so that no observation is added between the count and the delete.
    await lockRow(tx, "sample", id, "FOR UPDATE");
    const deletedObservationCount = await tx.observation.count({ where: { sampleId: id } });
    await tx.sample.delete({ where: { id } });
    return { deletedId: id, deletedObservationCount };
  });
}
