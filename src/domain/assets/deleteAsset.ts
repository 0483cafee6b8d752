/**
 * Deletes an asset record and its site links, then its stored file.
 * Contract: NotFoundError("Asset", id) for a missing asset; returns the id. The row goes first (one
 * statement, committed); then, when the file is in `store`, the object is removed unless another
 * asset still records the same storage path (releaseStoredObject). A failure to remove the
 * object does not undo the delete: it is logged, and the sweep (`npm run assets:sweep`) finds the
 * object. Files of other storage services are not touched.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { Logger } from "../../logger.js";
import { isStoreKey, type AssetStore } from "../../storage/assetStore.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { releaseStoredObject } from "./releaseStoredObject.js";

export interface DeleteAssetDeps {
  prisma: PrismaClient;
  store: AssetStore | null;
  log: Logger;
}

export async function deleteAsset(deps: DeleteAssetDeps, id: number): Promise<number> {
  // The site links go with it (asset_thing_association_asset_id_fkey ON DELETE CASCADE).
  const [deleted] = await deps.prisma.$queryRaw<{ storage_service: string; storage_path: string }[]>`
    DELETE FROM asset WHERE id = ${id} RETURNING storage_service, storage_path`;
  if (!deleted) throw new NotFoundError("Asset", id);
  const { store } = deps;
  if (store !== null && deleted.storage_service === store.service && isStoreKey(deleted.storage_path)) {
    try {
      await releaseStoredObject({ prisma: deps.prisma, store }, deleted.storage_path);
    } catch (error) {
      deps.log.error({ err: error, assetId: id, storagePath: deleted.storage_path }, "the deleted asset's file was not removed; npm run assets:sweep will find it");
    }
  }
  return id;
}
