/**
 * The sweep (`npm run assets:sweep`, sweepAssets) on both store back ends: it reports objects
 * without rows, rows without objects and abandoned uploads; a dry run changes nothing; `--delete`
 * removes orphan objects and abandoned uploads, keeps uploads in progress, and never deletes rows.
 */
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { contentKey, incomingKey, thumbnailKey } from "../src/domain/assets/assetObjectKeys.js";
import { sweepAssets } from "../src/domain/assets/sweepAssets.js";
import { uploadAsset } from "../src/domain/assets/uploadAsset.js";
import { LocalDiskStore } from "../src/storage/localDiskStore.js";
import { localAssetBackend, s3AssetBackend, storedKeys, type AssetBackend } from "./support/assetBackends.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";

const execFileAsync = promisify(execFile);

function photo(): Buffer {
  return Buffer.concat([Buffer.from("ffd8ffe000104a464946000101", "hex"), randomBytes(3000)]);
}

describe.each([
  ["local disk", localAssetBackend],
  ["S3 (s3rver)", s3AssetBackend],
])("asset sweep on %s", (backendName, startBackend) => {
  let db: TestDatabase;
  let backend: AssetBackend;

  beforeAll(async () => {
    db = await createTestDatabase();
    backend = await startBackend();
  });
  afterAll(async () => {
    await backend?.close();
    await db?.drop();
  });

  it("reports every disagreement on a dry run without changing anything, then repairs what it may", async () => {
    const { store } = backend;
    const deps = { prisma: db.prisma, store, user: null, maxBytes: 1_000_000 };
    const input = { name: null, label: null, thingId: null, releaseStatus: null, fileName: "kept.jpg" };
    const kept = await uploadAsset(deps, input, Readable.from([photo()]));
    const lost = await uploadAsset(deps, { ...input, fileName: "lost.jpg" }, Readable.from([photo()]));
    await store.delete(lost.asset.storagePath);
    const orphanBytes = photo();
    const orphan = contentKey(createHash("sha256").update(orphanBytes).digest("hex"));
    await store.put(orphan, Readable.from([orphanBytes]), "image/jpeg");
    const orphanThumbnail = thumbnailKey(contentKey("ab".repeat(32)));
    await store.put(orphanThumbnail, Readable.from([Buffer.from("webp")]), "image/webp");
    const now = new Date();
    const abandoned = incomingKey(new Date(now.getTime() - 2 * 3_600_000));
    const inProgress = incomingKey(new Date(now.getTime() - 60_000));
    await store.put(abandoned, Readable.from([Buffer.from("half")]), "image/jpeg");
    await store.put(inProgress, Readable.from([Buffer.from("half")]), "image/jpeg");
    const before = await storedKeys(store);

    const dry = await sweepAssets({ prisma: db.prisma, store }, { apply: false, now });
    expect(dry).toEqual({
      objects: 2,
      rows: 2,
      objectsWithoutRows: [orphan, orphanThumbnail],
      rowsWithoutObjects: [{ id: lost.asset.id, storagePath: lost.asset.storagePath }],
      abandonedUploads: [abandoned],
      removed: [],
    });
    expect(await storedKeys(store)).toEqual(before);

    const applied = await sweepAssets({ prisma: db.prisma, store }, { apply: true, now });
    expect(applied.removed).toEqual([orphan, orphanThumbnail, abandoned]);
    expect(await storedKeys(store)).toEqual([inProgress, kept.asset.storagePath].sort());
    expect(await db.prisma.asset.count()).toBe(2);

    const after = await sweepAssets({ prisma: db.prisma, store }, { apply: false, now });
    expect([after.objectsWithoutRows, after.abandonedUploads, after.rowsWithoutObjects.map((r) => r.id)]).toEqual([[], [], [lost.asset.id]]);
  });

  it.runIf(backendName === "local disk")("npm run assets:sweep is a dry run by default and removes with --delete", async () => {
    const store = backend.store as LocalDiskStore;
    const bytes = photo();
    const orphan = contentKey(createHash("sha256").update(bytes).digest("hex"));
    await store.put(orphan, Readable.from([bytes]), "image/jpeg");
    const env = { ...process.env, DATABASE_URL: db.url, ASSET_DIR: store.root, LOG_LEVEL: "silent" };
    const run = (args: string[]) =>
      execFileAsync("npx", ["tsx", "scripts/assets-sweep.ts", ...args], { env }).then(
        ({ stdout }) => ({ code: 0, stdout }),
        (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
      );
    const dry = await run([]);
    expect(dry).toMatchObject({ code: 1 });
    expect(dry.stdout).toContain(`1 objects without rows (dry run: --delete removes them)\n  ${orphan}`);
    expect(await store.exists(orphan)).toBe(true);
    const applied = await run(["--delete"]);
    expect(applied.stdout).toContain("removed 1 objects");
    expect(await store.exists(orphan)).toBe(false);
  }, 60_000);
});
