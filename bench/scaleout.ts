/**
 * npm run bench:scaleout [-- tracing|pgbouncer]
 *
 * Two side-by-side throughput measurements of issue 16 on the bench database (lib/benchDatabase.ts),
 * each server a child process with the flags of `npm start`, autocannon loads in child processes,
 * alternating rounds (BENCH_ROUNDS, default 3) of BENCH_SECONDS (default 5), 10 connections:
 *
 * - tracing: the point lookup on the base tree (BENCH_BASE_REF, default `main`: no tracing code,
 *   extracted with git archive into a temporary directory) vs this tree with tracing off (the
 *   default) vs this tree with tracing on (always_on sampler, OTLP/HTTP to a sink of the bench).
 * - pgbouncer: the point lookup and the well page straight to PostgreSQL vs through a PgBouncer
 *   (transaction mode, default_pool_size = DATABASE_POOL_MAX) started by the bench on a free port.
 *
 * Writes bench/results/scaleout-<which>.json.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import pg from "pg";

import { startPgBouncer } from "../tests/support/pgbouncer.js";
import { prepareBenchDatabase } from "./lib/benchDatabase.js";
import { startBenchIdentityProvider } from "./lib/benchIdentityProvider.js";
import { REPO_ROOT, startChildServer } from "./lib/childServer.js";
import { runLoad, type LoadResult } from "./lib/load.js";
import { pointLookupBodies, wellPageBody } from "./lib/operations.js";
import { startOurServer, SERVER_NODE_FLAGS } from "./lib/servers.js";

const run = promisify(execFile);
const RESULTS_DIR = fileURLToPath(new URL("./results/", import.meta.url));
const CONNECTIONS = 10;
const POOL_MAX = 10;
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const log = (line: string) => console.log(line);

interface Contender {
  name: string;
  graphqlUrl: string;
  stop(): Promise<void>;
}

interface Load {
  name: string;
  bodies: string[];
  headers?: Record<string, string>;
}

/** Alternating rounds (the order rotates) of every load on every contender; requests/s and p50/p99 per pair. */
async function sideBySide(contenders: Contender[], loads: Load[]): Promise<Record<string, Record<string, { rps: number; p50: number; p99: number; runs: number[] }>>> {
  const results: Record<string, Record<string, LoadResult[]>> = {};
  for (const load of loads) {
    results[load.name] = Object.fromEntries(contenders.map((c) => [c.name, []]));
    for (const c of contenders) await runLoad({ label: "warm-up", url: c.graphqlUrl, bodies: load.bodies, ...(load.headers ? { headers: load.headers } : {}), connections: CONNECTIONS, durationSeconds: 2 });
    for (let i = 0; i < rounds; i += 1) {
      const order = contenders.map((_, k) => contenders[(k + i) % contenders.length]!);
      for (const c of order) {
        const result = await runLoad({ label: c.name, url: c.graphqlUrl, bodies: load.bodies, ...(load.headers ? { headers: load.headers } : {}), connections: CONNECTIONS, durationSeconds: seconds });
        results[load.name]![c.name]!.push(result);
        log(`  ${load.name} round ${i + 1} ${c.name.padEnd(28)} ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms`);
      }
    }
  }
  const summary: Record<string, Record<string, { rps: number; p50: number; p99: number; runs: number[] }>> = {};
  for (const [load, byContender] of Object.entries(results)) {
    summary[load] = {};
    for (const [name, runs] of Object.entries(byContender)) {
      const mean = (f: (r: LoadResult) => number) => Math.round((runs.reduce((s, r) => s + f(r), 0) / runs.length) * 100) / 100;
      summary[load]![name] = { rps: Math.round(runs.reduce((s, r) => s + r.requests, 0) / (runs.length * seconds)), p50: mean((r) => r.latencyMs.p50), p99: mean((r) => r.latencyMs.p99), runs: runs.map((r) => r.requestsPerSecond) };
    }
  }
  return summary;
}

/** The base tree (BENCH_BASE_REF) as files in a temporary directory, sharing this tree's node_modules. */
async function extractBase(ref: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "ocotillo-base-"));
  await run("sh", ["-c", `git -C "${REPO_ROOT}" archive "${ref}" src package.json tsconfig.json | tar -x -C "${dir}"`]);
  await symlink(join(REPO_ROOT, "node_modules"), join(dir, "node_modules"));
  return dir;
}

async function tracingOverhead(data: Awaited<ReturnType<typeof prepareBenchDatabase>>, authEnv: Record<string, string>) {
  const sink = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end("{}"));
  });
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
  const ref = process.env.BENCH_BASE_REF ?? "main";
  const baseDir = await extractBase(ref);
  const env = { DATABASE_URL: data.url, WEB_CONCURRENCY: "1", DATABASE_POOL_MAX: String(POOL_MAX), ...authEnv };
  const base = await startChildServer({ name: `base (${ref})`, script: join(baseDir, "src/main.ts"), env: { NODE_ENV: "production", LOG_LEVEL: "warn", ...env }, nodeFlags: SERVER_NODE_FLAGS });
  const off = await startOurServer({ databaseUrl: data.url, workers: 1, authEnv, env: { DATABASE_POOL_MAX: String(POOL_MAX) } });
  const on = await startOurServer({
    databaseUrl: data.url,
    workers: 1,
    authEnv,
    env: { DATABASE_POOL_MAX: String(POOL_MAX), OTEL_TRACES_EXPORTER: "otlp", OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(sink.address() as AddressInfo).port}` },
  });
  const contenders: Contender[] = [
    { name: `base (${ref})`, graphqlUrl: `${base.url}/graphql`, stop: base.stop },
    { name: "tracing off (default)", graphqlUrl: off.graphqlUrl, stop: off.stop },
    { name: "tracing on (always_on, OTLP)", graphqlUrl: on.graphqlUrl, stop: on.stop },
  ];
  try {
    return await sideBySide(contenders, [{ name: "point lookup", bodies: pointLookupBodies(data) }]);
  } finally {
    for (const c of contenders) await c.stop();
    sink.close();
    await rm(baseDir, { recursive: true, force: true });
  }
}

async function pgbouncerThroughput(data: Awaited<ReturnType<typeof prepareBenchDatabase>>, authEnv: Record<string, string>, adminHeaders: Record<string, string>) {
  const url = new URL(data.url);
  const database = url.pathname.slice(1);
  // Behind a transaction pooler the statement timeout is a setting of the database (or role).
  const admin = new pg.Client({ connectionString: data.url });
  await admin.connect();
  await admin.query(`ALTER DATABASE "${database}" SET statement_timeout = 15000`);
  await admin.end();
  const bouncer = await startPgBouncer({ port: Number(url.port || 5432) }, { poolMode: "transaction", maxClientConn: 200, defaultPoolSize: POOL_MAX });
  const common = { DATABASE_POOL_MAX: String(POOL_MAX), EXECUTOR_THREADS: "1" };
  const direct = await startOurServer({ databaseUrl: data.url, workers: 1, authEnv, env: common });
  const pooled = await startOurServer({
    databaseUrl: bouncer.urlOf(database),
    workers: 1,
    authEnv,
    env: { ...common, DATABASE_DIRECT_URL: data.url, DATABASE_POOLER_MAX_CLIENT_CONN: "200" },
  });
  const contenders: Contender[] = [
    { name: "direct", graphqlUrl: direct.graphqlUrl, stop: direct.stop },
    { name: "through PgBouncer", graphqlUrl: pooled.graphqlUrl, stop: pooled.stop },
  ];
  try {
    return await sideBySide(contenders, [
      { name: "point lookup", bodies: pointLookupBodies(data) },
      { name: "well page", bodies: [wellPageBody(data)], headers: adminHeaders },
    ]);
  } finally {
    for (const c of contenders) await c.stop();
    await bouncer.stop();
  }
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const which = wanted.length > 0 ? wanted : ["tracing", "pgbouncer"];
  const data = await prepareBenchDatabase((line) => log(`  ${line}`));
  const identity = await startBenchIdentityProvider();
  const adminHeaders = { authorization: `Bearer ${await identity.token(["Admin"])}` };
  await mkdir(RESULTS_DIR, { recursive: true });
  const machine = { cpus: cpus().length, node: process.version, loadAverageAtStart: loadavg().map((v) => Math.round(v * 100) / 100) };
  for (const name of which) {
    log(`\n${name}`);
    const summary = name === "tracing" ? await tracingOverhead(data, identity.serverEnv) : await pgbouncerThroughput(data, identity.serverEnv, adminHeaders);
    console.log(JSON.stringify(summary, null, 2));
    await writeFile(join(RESULTS_DIR, `scaleout-${name}.json`), JSON.stringify({ machine, seconds, rounds, connections: CONNECTIONS, summary, loadAverageAtEnd: loadavg() }, null, 2) + "\n");
  }
  await identity.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
