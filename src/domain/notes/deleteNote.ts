/** Deletes a note. Contract: returns its id; NotFoundError("Note", id) when there is none. */
import type { PrismaClient } from "../../generated/prisma/client.js";
import { MutationFailure, notFound } from "../mutations/mutationResult.js";

export async function deleteNote(prisma: PrismaClient, id: number): Promise<number> {
  const { count } = await prisma.note.deleteMany({ where: { id } });
  if (count === 0) throw new MutationFailure(notFound("Note", id));
  return id;
}
