/**
 * The two asset store back ends as tests use them: a local-disk store in a temporary directory and
 * an S3 store on a real S3-protocol server (s3rver), each wrapped so that a test can tell which
 * keys were written (`puts`) and list what the store holds (`keys`).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";

import type { AssetStore, SignedUrlOptions } from "../../src/storage/assetStore.js";
import { LocalDiskStore } from "../../src/storage/localDiskStore.js";
import { startTestS3 } from "./s3Server.js";

/** Delegates to a store and records the keys it was asked to `put`. */
export class RecordingStore implements AssetStore {
  readonly puts: string[] = [];
  constructor(readonly inner: AssetStore) {}
  get service(): string {
    return this.inner.service;
  }
  put(key: string, body: Readable, contentType: string): Promise<void> {
    this.puts.push(key);
    return this.inner.put(key, body, contentType);
  }
  move(from: string, to: string): Promise<void> {
    return this.inner.move(from, to);
  }
  get(key: string): Promise<Readable | null> {
    return this.inner.get(key);
  }
  delete(key: string): Promise<void> {
    return this.inner.delete(key);
  }
  exists(key: string): Promise<boolean> {
    return this.inner.exists(key);
  }
  list(prefix: string): AsyncIterable<string> {
    return this.inner.list(prefix);
  }
  signedUrl(key: string, options: SignedUrlOptions): Promise<string> {
    return this.inner.signedUrl(key, options);
  }
  uri(key: string): string {
    return this.inner.uri(key);
  }
  get verifyUrl(): AssetStore["verifyUrl"] {
    return this.inner.verifyUrl?.bind(this.inner);
  }
}

export interface AssetBackend {
  name: string;
  store: AssetStore;
  close(): Promise<void>;
}

/** A local-disk store in a new temporary directory; `nowSeconds` is the clock of its URL expiry. */
export async function localAssetBackend(options: { nowSeconds?: () => number } = {}): Promise<AssetBackend> {
  const root = await mkdtemp(join(tmpdir(), "assets-"));
  return {
    name: "local",
    store: new LocalDiskStore({ root, secret: async () => "a-test-secret-of-32-characters!!", baseUrl: null, nowSeconds: options.nowSeconds }),
    close: () => rm(root, { recursive: true, force: true }),
  };
}

export async function s3AssetBackend(): Promise<AssetBackend> {
  const s3 = await startTestS3();
  return { name: "s3", store: s3.store, close: () => s3.close() };
}

/** Every key the store holds, sorted. */
export async function storedKeys(store: AssetStore): Promise<string[]> {
  const found: string[] = [];
  for await (const key of store.list("")) found.push(key);
  return found.sort();
}
