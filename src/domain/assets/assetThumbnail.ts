/**
 * Thumbnails of image assets: a WebP at most THUMBNAIL_SIZE pixels on its longer side, made once
 * per content name when the image is uploaded, stored beside it (assetObjectKeys.ts) and removed
 * with it.
 *
 * Contract: only images (JPEG, PNG, GIF, WebP, TIFF) of at most THUMBNAIL_MAX_SOURCE_BYTES get
 * one. Decoding and resizing run in libvips on libuv's thread pool (sharp), never on the event
 * loop; the source is read into memory (hence the size cap) and limited to 100 megapixels.
 * `makeThumbnail` never fails the upload: an image it cannot decode, or a store error, gives no
 * thumbnail (false).
 */
import type { Readable } from "node:stream";
import { Readable as ReadableStream } from "node:stream";

import type { AssetStore } from "../../storage/assetStore.js";
import { thumbnailKey } from "./assetObjectKeys.js";

export const THUMBNAIL_SIZE = 320;
/** Larger images get no thumbnail: their source would be held in memory while it is decoded. */
export const THUMBNAIL_MAX_SOURCE_BYTES = 50 * 1024 * 1024;

const IMAGE_TYPES = ["image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff"];

interface ThumbnailSource {
  storagePath: string;
  mimeType: string;
  size: number;
}

/** Whether the asset is an image that gets a thumbnail. */
export function takesThumbnail(asset: ThumbnailSource): boolean {
  return IMAGE_TYPES.includes(asset.mimeType) && asset.size <= THUMBNAIL_MAX_SOURCE_BYTES;
}

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Makes and stores the asset's thumbnail unless it exists; true when there is one afterwards. */
export async function makeThumbnail(store: AssetStore, asset: ThumbnailSource): Promise<boolean> {
  if (!takesThumbnail(asset)) return false;
  const key = thumbnailKey(asset.storagePath);
  try {
    if (await store.exists(key)) return true;
    const source = await store.get(asset.storagePath);
    if (!source) return false;
    const { default: sharp } = await import("sharp"); // libvips is loaded by the first thumbnail, not at start-up
    const webp = await sharp(await bytesOf(source), { limitInputPixels: 100_000_000, failOn: "error" })
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 70 })
      .toBuffer();
    await store.put(key, ReadableStream.from([webp]), "image/webp");
    return true;
  } catch {
    return false;
  }
}
