/**
 * The download URLs of an asset's file and of its thumbnail: short-lived and signed by the store
 * (a presigned URL on S3, an HMAC-signed URL of the server's own route on the local disk).
 *
 * Contract: null when there is no store, when the asset's file is in another storage service
 * (records of files stored elsewhere, e.g. "gcs"), when its path is not a key of the store, or
 * when the viewer sees released records only and the asset is not released. The file's URL is not
 * checked against the store (the URL of a missing object answers 404); the thumbnail's URL is
 * given only when the thumbnail exists (one existence check: a HEAD request on S3).
 */
import type { Asset } from "../../generated/prisma/client.js";
import { isStoreKey, type AssetStore } from "../../storage/assetStore.js";
import { RELEASED_STATUSES } from "../shared/releasedStatuses.js";
import type { Viewer } from "../visibility/viewer.js";
import { isContentKey, thumbnailKey } from "./assetObjectKeys.js";
import { takesThumbnail } from "./assetThumbnail.js";

export interface DownloadUrlDeps {
  store: AssetStore | null;
  viewer: Viewer;
  ttlSeconds: number;
}

type DownloadableAsset = Pick<Asset, "storageService" | "storagePath" | "mimeType" | "name" | "releaseStatus" | "size">;

/** The store that may sign URLs of the asset's objects for this viewer, or null. */
function signingStore(deps: DownloadUrlDeps, asset: DownloadableAsset): AssetStore | null {
  const { store } = deps;
  if (store === null || asset.storageService !== store.service || !isStoreKey(asset.storagePath)) return null;
  if (deps.viewer.releasedOnly && !(RELEASED_STATUSES as readonly string[]).includes(asset.releaseStatus)) return null;
  return store;
}

export async function assetDownloadUrl(deps: DownloadUrlDeps, asset: DownloadableAsset): Promise<string | null> {
  const store = signingStore(deps, asset);
  return store?.signedUrl(asset.storagePath, { expiresInSeconds: deps.ttlSeconds, contentType: asset.mimeType, fileName: asset.name }) ?? null;
}

export async function assetThumbnailUrl(deps: DownloadUrlDeps, asset: DownloadableAsset): Promise<string | null> {
  const store = signingStore(deps, asset);
  if (store === null || !isContentKey(asset.storagePath) || !takesThumbnail(asset)) return null;
  const key = thumbnailKey(asset.storagePath);
  if (!(await store.exists(key))) return null;
  const fileName = `${asset.name.replace(/\.[A-Za-z0-9]{1,5}$/, "")}.thumbnail.webp`;
  return store.signedUrl(key, { expiresInSeconds: deps.ttlSeconds, contentType: "image/webp", fileName });
}
