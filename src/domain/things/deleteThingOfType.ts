/**
 * Deletes a thing of a given type (a well, a spring). The database cascades the delete to
 * everything that belongs to the thing (histories, notes, screens, deployments, field events,
 * samples, observations, memberships, ...), in the one DELETE statement.
 *
 * Contract: returns the deleted id; a missing id, or a thing of another type, gives
 * NotFoundError(entity, id) and deletes nothing.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import { NotFoundError } from "../shared/domainErrors.js";

export async function deleteThingOfType(
  prisma: PrismaClient,
  id: number,
  thingType: string,
  entity: string,
): Promise<number> {
  const { count } = await prisma.thing.deleteMany({ where: { id, thingType } });
  if (count === 0) throw new NotFoundError(entity, id);
  return id;
}
