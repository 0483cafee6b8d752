/**
 * The asset store the configuration describes (src/config.ts `assets.storage`).
 *
 * Contract: the local store's URL secret is ASSET_URL_SECRET, or else a random one created once
 * in `<dir>/.url-secret` and shared by every process using that directory (so URLs signed by one
 * worker verify in another); nothing touches the disk until the first URL is signed or checked.
 * The S3 client (and its SDK) is loaded only when S3 is configured.
 */
import { randomBytes, randomUUID } from "node:crypto";
import { link, mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import { join } from "node:path";

import type { AssetStorageConfig } from "../config.js";
import type { AssetStore } from "./assetStore.js";
import { LocalDiskStore } from "./localDiskStore.js";

/** The secret in `<dir>/.url-secret`, created (atomically, once across processes) when missing. */
export async function loadOrCreateUrlSecret(dir: string): Promise<string> {
  const file = join(dir, ".url-secret");
  const read = async (): Promise<string | null> => {
    try {
      return (await readFile(file, "utf8")).trim();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  };
  const existing = await read();
  if (existing) return existing;
  await mkdir(dir, { recursive: true });
  const temporary = join(dir, `.url-secret.${randomUUID()}.tmp`);
  await writeFile(temporary, randomBytes(32).toString("hex"), { mode: 0o600 });
  try {
    await link(temporary, file); // EEXIST: another process published first; use its secret
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  } finally {
    await unlink(temporary);
  }
  const secret = await read();
  if (!secret) throw new Error(`asset URL secret ${file} vanished while it was being created`);
  return secret;
}

export async function createAssetStore(config: AssetStorageConfig): Promise<AssetStore> {
  if (config.kind === "s3") {
    const { S3Store } = await import("./s3Store.js");
    return new S3Store(config);
  }
  let secret: Promise<string> | null = config.urlSecret === null ? null : Promise.resolve(config.urlSecret);
  return new LocalDiskStore({
    root: config.dir,
    secret: () => (secret ??= loadOrCreateUrlSecret(config.dir)),
    baseUrl: config.urlBase,
  });
}
