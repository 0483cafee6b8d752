/**
 * Locks an asset's row for the rest of the transaction (SELECT ... FOR UPDATE), so that concurrent
 * changes of one asset's site links run one after the other.
 * Contract: throws MutationFailure(NotFoundError "Asset <id> not found") when there is no such asset.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import { MutationFailure, notFound } from "../mutations/mutationResult.js";

export async function lockAsset(tx: Prisma.TransactionClient, assetId: number): Promise<void> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM asset WHERE id = ${assetId} FOR UPDATE`;
  if (rows.length === 0) throw new MutationFailure(notFound("Asset", assetId));
}
