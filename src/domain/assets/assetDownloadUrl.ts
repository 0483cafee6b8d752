/**
 * The download URL of an asset's file: short-lived and signed by the store (a presigned URL on
 * S3, an HMAC-signed URL of the server's own route on the local disk).
 *
 * Contract: null when there is no store, when the asset's file is in another storage service
 * (records of files stored elsewhere, e.g. "gcs"), when its path is not a key of the store, or
 * when the viewer sees released records only and the asset is not released. The URL is not
 * checked against the store: the URL of a missing object answers 404.
 */
import type { Asset } from "../../generated/prisma/client.js";
import { isStoreKey, type AssetStore } from "../../storage/assetStore.js";
import { RELEASED_STATUSES } from "../release/releasedStatuses.js";
import type { Viewer } from "../visibility/viewer.js";

export interface DownloadUrlDeps {
  store: AssetStore | null;
  viewer: Viewer;
  ttlSeconds: number;
}

export async function assetDownloadUrl(
  deps: DownloadUrlDeps,
  asset: Pick<Asset, "storageService" | "storagePath" | "mimeType" | "name" | "releaseStatus">,
): Promise<string | null> {
  const { store } = deps;
  if (store === null || asset.storageService !== store.service || !isStoreKey(asset.storagePath)) return null;
  if (deps.viewer.releasedOnly && !(RELEASED_STATUSES as readonly string[]).includes(asset.releaseStatus)) return null;
  return store.signedUrl(asset.storagePath, { expiresInSeconds: deps.ttlSeconds, contentType: asset.mimeType, fileName: asset.name });
}
