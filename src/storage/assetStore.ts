/**
 * Where the bytes of asset files live: one small interface with two back ends, the local disk
 * (localDiskStore.ts, the default) and S3-compatible object storage (s3Store.ts). Both pass the
 * same test suite (tests/assetStore.test.ts).
 *
 * Contract of every store:
 * - keys are relative paths of lower-case letters, digits, `.`, `_`, `-` and `/`, each segment
 *   starting with a letter or digit (`isStoreKey`);
 * - `put` consumes the stream with back-pressure and resolves once the whole object is durable;
 *   when the stream or the store fails, it rejects and leaves no object at `key`;
 * - `move` makes the object at `from` available at `to` (replacing what `to` held) and removes
 *   `from`; `delete` of a missing key succeeds;
 * - `get` gives the object's bytes as a stream, or null when there is no such object;
 * - `list(prefix)` yields every key that starts with `prefix`, each once, in no particular order;
 * - `signedUrl` is a URL that serves the object for `expiresInSeconds` to anyone who holds it,
 *   with the given content type and file name (inline), and nothing after that.
 */
import type { Readable } from "node:stream";

import type { LocalUrlParts, LocalUrlVerdict } from "./signedLocalUrl.js";

export interface SignedUrlOptions {
  expiresInSeconds: number;
  contentType: string;
  /** The file name a browser saves the download as. */
  fileName: string;
}

export interface AssetStore {
  /** The `storageService` of asset records kept in this store ("local", "s3"). */
  readonly service: string;
  put(key: string, body: Readable, contentType: string): Promise<void>;
  move(from: string, to: string): Promise<void>;
  get(key: string): Promise<Readable | null>;
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  list(prefix: string): AsyncIterable<string>;
  signedUrl(key: string, options: SignedUrlOptions): Promise<string>;
  /** The record's `uri` for an object, e.g. "s3://bucket/sha256/ab/ab12…". */
  uri(key: string): string;
  /**
   * Present on stores whose signed URLs this server serves itself (the local disk, at
   * `/assets/files/`): whether a URL's parts carry the store's signature and have not expired.
   */
  verifyUrl?(parts: LocalUrlParts, signature: string): Promise<LocalUrlVerdict>;
}

const KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

/** True for a key a store accepts (segments start with a letter or digit: no `.`, `..` or hidden names). */
export function isStoreKey(key: string): boolean {
  return KEY.test(key);
}

/** Throws unless `key` is a store key (a bug of the caller: keys are built by this server). */
export function assertStoreKey(key: string): void {
  if (!isStoreKey(key)) throw new Error(`not an asset store key: ${JSON.stringify(key)}`);
}

/** The content-disposition of a download shown in the browser, named `fileName` (RFC 6266, with an ASCII fallback). */
export function inlineDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
