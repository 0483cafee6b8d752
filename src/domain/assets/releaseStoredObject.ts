/**
 * Removes a stored object (and its thumbnail) once no asset records it: after an asset is
 * deleted, after a failed upload, and by the sweep.
 *
 * Contract: runs under the storage path's advisory lock (the one uploads and recordings hold while
 * they put an object in place and record it), so it never removes an object that a concurrent
 * upload has just recorded; returns true when it removed the object, false when an asset (of any
 * storage service) still records the path.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { AssetStore } from "../../storage/assetStore.js";
import { isContentKey, thumbnailKey } from "./assetObjectKeys.js";
import { lockAssetPath } from "./recordAsset.js";

/** Longest a transaction holding a storage path's lock may take (a server-side copy of a 250 MB object included). */
export const STORAGE_TRANSACTION_TIMEOUT_MS = 120_000;

export async function releaseStoredObject(deps: { prisma: PrismaClient; store: AssetStore }, storagePath: string): Promise<boolean> {
  return deps.prisma.$transaction(
    async (tx) => {
      if (await lockAssetPath(tx, storagePath, null)) return false;
      await deps.store.delete(storagePath);
      if (isContentKey(storagePath)) await deps.store.delete(thumbnailKey(storagePath));
      return true;
    },
    { timeout: STORAGE_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}
