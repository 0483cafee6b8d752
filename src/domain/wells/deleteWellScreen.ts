/** Deletes a well screen. Contract: returns its id; NotFoundError("WellScreen", id) when there is none. */
import type { PrismaClient } from "../../generated/prisma/client.js";
import { NotFoundError } from "../shared/domainErrors.js";

export async function deleteWellScreen(prisma: PrismaClient, id: number): Promise<number> {
  const { count } = await prisma.wellScreen.deleteMany({ where: { id } });
  if (count === 0) throw new NotFoundError("WellScreen", id);
  return id;
}
