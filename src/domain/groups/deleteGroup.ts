/**
 * Deletes a group; the database cascades to its sub-groups and memberships (the member things stay).
 * Contract: returns the id; NotFoundError("Group", id) when there is none.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import { NotFoundError } from "../shared/domainErrors.js";

export async function deleteGroup(prisma: PrismaClient, id: number): Promise<number> {
  const { count } = await prisma.group.deleteMany({ where: { id } });
  if (count === 0) throw new NotFoundError("Group", id);
  return id;
}
