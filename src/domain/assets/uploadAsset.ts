/**
 * Stores an uploaded file and records it as an asset: the one domain function behind every upload
 * transport (the HTTP route `POST /assets`).
 *
 * Contract:
 * - refusals are AssetUploadRefused and leave nothing behind (no object, no row): a blank name is
 *   INVALID; an unknown site is NOT_FOUND, decided before a byte is read; a type sniffed from the
 *   bytes outside ASSET_MIME_TYPES (plain text must be UTF-8 without NUL bytes throughout) is
 *   UNSUPPORTED_TYPE; more than `maxBytes` bytes is TOO_LARGE, decided as soon as the byte past
 *   the limit arrives; an empty file is INVALID;
 * - the bytes stream into the store with back-pressure and are hashed (SHA-256) as they arrive;
 *   the object is then moved to its content name (assetObjectKeys.ts), which is the asset's
 *   `storagePath`: the same bytes uploaded again are stored once and return the asset already
 *   recorded at that path with `created: false` (its other fields, site included, unchanged, as
 *   `recordAsset`); when that asset's object has gone missing, the new bytes take its place;
 * - the object is put in place and the asset and its site link are written under the storage
 *   path's lock, in one transaction; when that transaction fails the object is removed again
 *   (unless an asset records it), so an object never outlives a failed write;
 * - an image gets its thumbnail (assetThumbnail.ts) before the call returns; an image that
 *   cannot be decoded is still recorded, without one;
 * - the file stream is always consumed to its end, so the transport can answer.
 */
import { createHash } from "node:crypto";
import { Readable } from "node:stream";

import type { Asset, PrismaClient } from "../../generated/prisma/client.js";
import type { AssetStore } from "../../storage/assetStore.js";
import { auditFields } from "../shared/audit.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { releaseStatusValues, type ReleaseStatusValue } from "../vocabulary/enumValues.js";
import { contentKey, incomingKey } from "./assetObjectKeys.js";
import { makeThumbnail } from "./assetThumbnail.js";
import { AssetUploadRefused } from "./assetUploadRefused.js";
import { lockAssetPath } from "./recordAsset.js";
import { releaseStoredObject, STORAGE_TRANSACTION_TIMEOUT_MS } from "./releaseStoredObject.js";
import { isPlainText, plainTextChecker, sniffAssetType, SNIFF_BYTES } from "./sniffAssetType.js";

export interface AssetUploadDeps {
  prisma: PrismaClient;
  store: AssetStore;
  /** Who uploads, for the audit columns. */
  user: { id: string; name: string } | null;
  /** Largest file accepted, in bytes. */
  maxBytes: number;
}

export interface AssetUploadInput {
  /** Name to show; null: the uploaded file's name. */
  name: string | null;
  label: string | null;
  thingId: number | null;
  /** Release status of a new asset; null: draft. */
  releaseStatus: ReleaseStatusValue | null;
  /** The file name the client sent with the bytes, if any. */
  fileName: string | null;
}

export interface AssetUploadResult {
  asset: Asset;
  created: boolean;
}

interface StoredBytes {
  /** The temporary name the bytes were stored under. */
  key: string;
  size: number;
  mimeType: string;
  /** SHA-256 of the bytes, hex. */
  hex: string;
}

/** Removes an upload's temporary object; a failure leaves it to the sweep (abandoned uploads) rather than hide the upload's own outcome. */
async function discard(store: AssetStore, key: string): Promise<void> {
  await store.delete(key).catch(() => undefined);
}

/** Reads the first `bytes` bytes (fewer when the stream ends first) off an iterator of chunks. */
async function readHead(chunks: AsyncIterator<Buffer>, bytes: number): Promise<{ head: Buffer; ended: boolean }> {
  const parts: Buffer[] = [];
  let length = 0;
  while (length < bytes) {
    const next = await chunks.next();
    if (next.done) return { head: Buffer.concat(parts), ended: true };
    parts.push(next.value);
    length += next.value.length;
  }
  return { head: Buffer.concat(parts), ended: false };
}

/** Streams `file` into the store under a temporary name; returns what was stored. */
async function storeIncoming(deps: AssetUploadDeps, chunks: AsyncIterator<Buffer>): Promise<StoredBytes> {
  const { head, ended } = await readHead(chunks, SNIFF_BYTES);
  const sniffed = await sniffAssetType(head, ended);
  if (sniffed instanceof AssetUploadRefused) throw sniffed;
  const mimeType = sniffed;

  const hash = createHash("sha256");
  const text = isPlainText(mimeType) ? plainTextChecker() : null;
  let size = 0;
  let refusal: AssetUploadRefused | null = null;
  const accept = (chunk: Buffer, last: boolean): Buffer => {
    size += chunk.length;
    if (size > deps.maxBytes) refusal = new AssetUploadRefused("TOO_LARGE", `The file is larger than the limit of ${deps.maxBytes} bytes`, "file");
    else if (text && !text.accepts(chunk, last)) refusal = new AssetUploadRefused("UNSUPPORTED_TYPE", "The file starts as plain text but is not UTF-8 text throughout", "file");
    if (refusal) throw refusal;
    hash.update(chunk);
    return chunk;
  };
  async function* counted(): AsyncGenerator<Buffer> {
    let pending = head;
    for (;;) {
      const next = ended ? { done: true as const, value: undefined } : await chunks.next();
      if (next.done) {
        yield accept(pending, true);
        return;
      }
      yield accept(pending, false);
      pending = next.value;
    }
  }
  const key = incomingKey();
  try {
    await deps.store.put(key, Readable.from(counted(), { objectMode: false }), mimeType);
  } catch (error) {
    await discard(deps.store, key);
    throw refusal ?? error;
  }
  return { key, size, mimeType, hex: hash.digest("hex") };
}

/** Moves the stored bytes to their content name and records them, under the path's lock. */
async function recordStored(deps: AssetUploadDeps, input: AssetUploadInput, stored: StoredBytes): Promise<AssetUploadResult> {
  const storagePath = contentKey(stored.hex);
  let placed = false;
  try {
    return await deps.prisma.$transaction(
      async (tx) => {
        const existing = await lockAssetPath(tx, storagePath, input.thingId);
        if (existing && (await deps.store.exists(storagePath))) return { asset: existing, created: false };
        await deps.store.move(stored.key, storagePath);
        placed = true;
        if (existing) return { asset: existing, created: false };
        const audit = auditFields({ user: deps.user }, "create");
        const asset = await tx.asset.create({
          data: {
            name: input.name ?? input.fileName ?? `${stored.hex}`,
            label: input.label,
            storageService: deps.store.service,
            storagePath,
            mimeType: stored.mimeType,
            size: stored.size,
            uri: deps.store.uri(storagePath),
            releaseStatus: input.releaseStatus ?? releaseStatusValues.DRAFT,
            ...audit,
            ...(input.thingId !== null ? { thingAssociations: { create: [{ thingId: input.thingId, ...audit }] } } : {}),
          },
        });
        return { asset, created: true };
      },
      { timeout: STORAGE_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
    );
  } catch (error) {
    if (placed) await releaseStoredObject(deps, storagePath).catch(() => false); // else the sweep finds it
    if (error instanceof NotFoundError) {
      throw new AssetUploadRefused("NOT_FOUND", error.message, "thingId");
    }
    throw error;
  } finally {
    if (!placed) await discard(deps.store, stored.key);
  }
}

/** Trimmed text; null for absent or blank text. */
function text(value: string | null): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}

export async function uploadAsset(deps: AssetUploadDeps, input: AssetUploadInput, file: Readable): Promise<AssetUploadResult> {
  let chunks: AsyncIterator<Buffer> | null = null;
  try {
    if (input.name !== null && text(input.name) === null) throw new AssetUploadRefused("INVALID", "Name must not be blank", "name");
    const cleaned: AssetUploadInput = { ...input, name: text(input.name), label: text(input.label), fileName: text(input.fileName) };
    if (cleaned.thingId !== null && !(await deps.prisma.thing.findUnique({ where: { id: cleaned.thingId }, select: { id: true } }))) {
      throw new AssetUploadRefused("NOT_FOUND", `Thing ${cleaned.thingId} not found`, "thingId");
    }
    chunks = file.iterator({ destroyOnReturn: false });
    const stored = await storeIncoming(deps, chunks);
    const result = await recordStored(deps, cleaned, stored);
    await makeThumbnail(deps.store, result.asset);
    return result;
  } finally {
    // Detach the iterator (it keeps the stream paused), then drain what a refusal left unread.
    await chunks?.return?.();
    file.resume();
  }
}
