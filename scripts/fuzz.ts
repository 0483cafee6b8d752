/**
 * `npm run fuzz -- [--requests 100000] [--seed 13] [--concurrency 8] [--admin-share 0.2]`
 *
 * The long run of the schema-driven fuzzer (issue 13; tests/fuzz.test.ts is the bounded CI run):
 * a scratch database (migrated, vocabulary, a few wells) on the server of BENCH_ADMIN_URL
 * (default 127.0.0.1:5432), a real server process on it (AUTH_MODE=dev, its executor thread), then
 * `requests` seeded hostile requests: first those of callers that may not write (the row count of
 * every table must not change), then the Admin's share. Prints the report as JSON; exits 1 when
 * any failure kind (INTERNAL, 5xx, stack/path, non-JSON error, unanswered, unauthorized write)
 * is not zero, or the server died or is unhealthy at the end.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

import { fuzzCallers } from "../bench/fuzz/fuzzCallers.js";
import { introspect, ROW_COUNTS_SQL, runFuzz, type FuzzReport } from "../bench/fuzz/runFuzz.js";
import { startChildServer } from "../bench/lib/childServer.js";
import { withScratchDatabase } from "../bench/lib/scratchDatabase.js";

const { values } = parseArgs({
  options: {
    requests: { type: "string", default: "100000" },
    seed: { type: "string", default: "13" },
    concurrency: { type: "string", default: "8" },
    "admin-share": { type: "string", default: "0.2" },
  },
});
const requests = Number(values.requests);
const seed = Number(values.seed);
const concurrency = Number(values.concurrency);
const adminShare = Number(values["admin-share"]);

function failureTotal(report: FuzzReport): number {
  return Object.values(report.failures).reduce((a, b) => a + b, 0);
}

await withScratchDatabase("ocotillo_fuzz", { poolMax: 2 }, async (db, url) => {
  await db.pool.query(
    `INSERT INTO thing (name, thing_type, release_status, well_depth)
     SELECT 'FUZZ-' || i, 'water well', CASE WHEN i % 2 = 0 THEN 'public' ELSE 'private' END, 100 + i FROM generate_series(1, 20) AS i`,
  );
  const keysDir = await mkdtemp(join(tmpdir(), "fuzz-keys-"));
  const forgedDir = await mkdtemp(join(tmpdir(), "fuzz-forged-"));
  const server = await startChildServer({
    name: "fuzz server",
    readyTimeoutMs: 180_000,
    script: "src/main.ts",
    env: { DATABASE_URL: url, NODE_ENV: "development", AUTH_MODE: "dev", AUTH_DEV_KEYS_DIR: keysDir, WEB_CONCURRENCY: "1", DATABASE_POOL_MAX: "4", LOG_LEVEL: "silent" },
  });
  let failed: boolean | undefined;
  try {
    const callers = await fuzzCallers(keysDir, forgedDir);
    const schema = await introspect(server.url);
    const counts = async () => JSON.stringify((await db.pool.query(ROW_COUNTS_SQL)).rows);
    const before = await counts();
    const adminRequests = Math.round(requests * adminShare);
    let lastShown = 0;
    const onProgress = (partial: FuzzReport) => {
      if (partial.requests - lastShown >= 5_000) {
        lastShown = partial.requests;
        console.error(`  ${partial.requests} requests, ${Math.round(performance.now() / 1000)} s, failures ${JSON.stringify(partial.failures)}`);
      }
    };
    const readers = await runFuzz(schema, { url: server.url, seed, requests: requests - adminRequests, concurrency, callers: callers.readers, onProgress });
    const unchanged = (await counts()) === before;
    lastShown = 0;
    const admin = await runFuzz(schema, { url: server.url, seed: seed + 1, requests: adminRequests, concurrency, callers: callers.admin, onProgress });
    const health = await fetch(`${server.url}/health`).then((r) => r.status, () => null);
    console.log(JSON.stringify({ seed, concurrency, readers, admin, rowCountsUnchangedByReaders: unchanged, healthAtEnd: health }, null, 2));
    failed = failureTotal(readers) + failureTotal(admin) > 0 || !unchanged || health !== 200;
  } finally {
    await server.stop();
    await rm(keysDir, { recursive: true, force: true });
    await rm(forgedDir, { recursive: true, force: true });
  }
  if (failed !== false) process.exitCode = 1;
});
