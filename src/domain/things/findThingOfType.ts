/**
 * Loads the thing a mutation works on, inside its transaction.
 *
 * Contract: returns the row when a thing with `id` exists and (when `thingType` is given) has that
 * type; otherwise throws NotFoundError(entity, id) ("<entity> <id> not found"), so a spring
 * addressed as a well is "not found", exactly as the `well(id)` query reports it.
 */
import type { Prisma, Thing } from "../../generated/prisma/client.js";
import { NotFoundError } from "../shared/domainErrors.js";

export async function findThingOfType(
  tx: Prisma.TransactionClient,
  id: number,
  thingType: string | null,
  entity: string,
): Promise<Thing> {
  const thing = await tx.thing.findUnique({ where: { id } });
  if (!thing || (thingType !== null && thing.thingType !== thingType)) throw new NotFoundError(entity, id);
  return thing;
}
