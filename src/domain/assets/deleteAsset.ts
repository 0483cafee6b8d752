/**
 * Deletes an asset record and its site links (the file in cloud storage is not touched; this API
 * stores no blobs).
 * Contract: NotFoundError("Asset", id) for a missing asset; returns the id.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import { MutationFailure, notFound } from "../mutations/mutationResult.js";

export async function deleteAsset(prisma: PrismaClient, id: number): Promise<number> {
  // The site links go with it (asset_thing_association_asset_id_fkey ON DELETE CASCADE).
  const { count } = await prisma.asset.deleteMany({ where: { id } });
  if (count === 0) throw new MutationFailure(notFound("Asset", id));
  return id;
}
