/**
 * Deletes one observation: a chemistry result or a groundwater level.
 *
 * Contract: NotFoundError("Observation", id) for a missing observation; returns the id of its
 * sample, which stays (also when it has no observations left; deleteSample removes it).
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import { NotFoundError } from "../shared/domainErrors.js";

export interface DeletedObservation {
  deletedId: number;
  sampleId: number;
}

export async function deleteObservation(prisma: PrismaClient, id: number): Promise<DeletedObservation> {
  // One statement: no window in which a concurrent delete could turn "found" into a failed delete.
  const rows = await prisma.$queryRaw<{ sample_id: number }[]>`DELETE FROM observation WHERE id = ${id} RETURNING sample_id`;
  const [row] = rows;
  if (!row) throw new NotFoundError("Observation", id);
  return { deletedId: id, sampleId: row.sample_id };
}
