/** Deletes a note. Contract: returns its id; NotFoundError("Note", id) when there is none. */
import type { PrismaClient } from "../../generated/prisma/client.js";
import { NotFoundError } from "../shared/domainErrors.js";

export async function deleteNote(prisma: PrismaClient, id: number): Promise<number> {
  const { count } = await prisma.note.deleteMany({ where: { id } });
  if (count === 0) throw new NotFoundError("Note", id);
  return id;
}
