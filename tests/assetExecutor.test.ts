/**
 * `Asset.url` in an operation offloaded to an executor thread: the thread builds the store the
 * configuration describes, so an offloaded query gets the same working signed URL as the serving
 * thread would.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";

import { pino } from "pino";
import { afterAll, beforeAll, expect, it } from "vitest";

import { parseConfig } from "../src/config.js";
import { uploadAsset } from "../src/domain/assets/uploadAsset.js";
import type { ExecutorPool } from "../src/runtime/executor/executorPool.js";
import { executorOffload } from "../src/runtime/executor/executorOffload.js";
import { startServer, type RunningServer } from "../src/server/createServer.js";
import { createAssetStore } from "../src/storage/createAssetStore.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";
import { startTestExecutor } from "./support/testExecutor.js";

const silent = pino({ level: "silent" });
let db: TestDatabase;
let dir: string;
let executor: ExecutorPool;
let server: RunningServer;

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), "asset-executor-"));
  const config = parseConfig({ PORT: "0", LOG_LEVEL: "silent", DATABASE_URL: db.url, ASSET_DIR: dir });
  executor = await startTestExecutor(db, config);
  server = await startServer({ config, database: db, logger: silent, listenForLexiconChanges: false, offload: executorOffload(executor, 0) });
}, 120_000);
afterAll(async () => {
  await server?.stop();
  await executor?.stop();
  await db?.drop();
  await rm(dir, { recursive: true, force: true });
});

it("an offloaded query gives the asset a signed URL that downloads the file", async () => {
  const store = await createAssetStore({ kind: "local", dir, urlSecret: null, urlBase: null });
  const bytes = Buffer.from(`Field notes ${Date.now()}: casing intact, no odour\n`);
  const { asset } = await uploadAsset(
    { prisma: db.prisma, store, user: null, maxBytes: 1_000_000 },
    { name: "notes.txt", label: null, thingId: null, releaseStatus: "public", fileName: null },
    Readable.from([bytes]),
  );
  const before = executor.answered;
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: `query($id: ID!) { asset(id: $id) { url } }`, variables: { id: String(asset.id) } }),
  });
  const { data } = (await response.json()) as { data: { asset: { url: string | null } } };
  expect(executor.answered - before).toBe(1);
  expect(data.asset.url).toMatch(/^\/assets\/files\/sha256\//);
  const download = await fetch(`${server.url}${data.asset.url}`);
  expect([download.status, download.headers.get("content-type"), await download.text()]).toEqual([200, "text/plain; charset=utf-8", bytes.toString()]);
});
