/**
 * The asset store on the local disk (the default, so that `npm start` works with nothing set up):
 * object `key` is the file `<root>/<key>`. Writes go to a hidden `.incoming/` directory and are
 * renamed into place, so a key never names a half-written file; names starting with `.` (the
 * incoming files, the URL secret) are never listed. Signed URLs point at the server's own
 * download route (signedLocalUrl.ts).
 */
import { randomUUID } from "node:crypto";
import { mkdir, open, readdir, rename, rm, stat } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createWriteStream } from "node:fs";

import { assertStoreKey, type AssetStore, type SignedUrlOptions } from "./assetStore.js";
import { signLocalUrl, verifyLocalUrl, type LocalUrlParts, type LocalUrlVerdict } from "./signedLocalUrl.js";

export interface LocalDiskStoreOptions {
  root: string;
  /** HMAC secret of the signed download URLs (asked for when first needed). */
  secret: () => Promise<string>;
  /** Origin (and path prefix) the download URLs start with; null: root-relative URLs. */
  baseUrl: string | null;
  /** Clock of URL expiry (seconds since the epoch). */
  nowSeconds?: () => number;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === "ENOENT";
}

export class LocalDiskStore implements AssetStore {
  readonly service = "local";
  private readonly nowSeconds: () => number;

  constructor(private readonly options: LocalDiskStoreOptions) {
    this.nowSeconds = options.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  }

  get root(): string {
    return this.options.root;
  }

  /** The file of `key`. */
  pathOf(key: string): string {
    assertStoreKey(key);
    return join(this.options.root, ...key.split("/"));
  }

  /** The content type is not kept: a signed URL carries it. */
  async put(key: string, body: Readable, _contentType?: string): Promise<void> {
    const target = this.pathOf(key);
    const incoming = join(this.options.root, ".incoming", randomUUID());
    await mkdir(dirname(incoming), { recursive: true });
    try {
      await pipeline(body, createWriteStream(incoming, { flags: "wx" }));
      await mkdir(dirname(target), { recursive: true });
      await rename(incoming, target);
    } catch (error) {
      await rm(incoming, { force: true });
      throw error;
    }
  }

  async move(from: string, to: string): Promise<void> {
    const target = this.pathOf(to);
    await mkdir(dirname(target), { recursive: true });
    await rename(this.pathOf(from), target);
  }

  async get(key: string): Promise<Readable | null> {
    try {
      const handle = await open(this.pathOf(key), "r");
      return handle.createReadStream();
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      return (await stat(this.pathOf(key))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async *list(prefix: string): AsyncIterable<string> {
    const slash = prefix.lastIndexOf("/");
    const directory = join(this.options.root, ...(slash === -1 ? [] : prefix.slice(0, slash).split("/")));
    let entries;
    try {
      entries = await readdir(directory, { recursive: true, withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const key = relative(this.options.root, join(entry.parentPath, entry.name)).split(sep).join("/");
      if (key.startsWith(prefix) && !key.split("/").some((segment) => segment.startsWith("."))) yield key;
    }
  }

  async signedUrl(key: string, options: SignedUrlOptions): Promise<string> {
    assertStoreKey(key);
    return signLocalUrl(await this.options.secret(), this.options.baseUrl, {
      key,
      expires: this.nowSeconds() + options.expiresInSeconds,
      type: options.contentType,
      name: options.fileName,
    });
  }

  /** Whether a download URL's parts carry this store's signature and have not expired. */
  async verifyUrl(parts: LocalUrlParts, signature: string): Promise<LocalUrlVerdict> {
    return verifyLocalUrl(await this.options.secret(), parts, signature, this.nowSeconds());
  }

  uri(key: string): string {
    assertStoreKey(key);
    return `local:${key}`;
  }
}
