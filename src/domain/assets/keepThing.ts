/**
 * Makes sure a thing exists and stays for the rest of the transaction: its row is locked FOR KEY
 * SHARE (the lock a foreign key takes), so it cannot be deleted before the transaction ends, while
 * other writes to it go on.
 * Contract: throws MutationFailure(NotFoundError "Thing <id> not found") when there is no such thing.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import { MutationFailure, notFound } from "../mutations/mutationResult.js";

export async function keepThing(tx: Prisma.TransactionClient, thingId: number): Promise<void> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM thing WHERE id = ${thingId} FOR KEY SHARE`;
  if (rows.length === 0) throw new MutationFailure(notFound("Thing", thingId));
}
