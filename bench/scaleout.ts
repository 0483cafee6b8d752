/**
 * npm run bench:scaleout [-- tracing|overhead|pgbouncer|hooks]
 *
 * Two side-by-side throughput measurements of issue 16 on the bench database (lib/benchDatabase.ts),
 * each server a child process with the flags of `npm start`, autocannon loads in child processes,
 * alternating rounds (BENCH_ROUNDS, default 3) of BENCH_SECONDS (default 5), 10 connections:
 *
 * - tracing: the point lookup on the base tree (BENCH_BASE_REF, default `main`: no tracing code,
 *   extracted with git archive into a temporary directory) vs this tree with tracing off (the
 *   default) vs this tree with tracing on (always_on sampler, OTLP/HTTP to a sink of the bench);
 *   `overhead` is the same without the tracing-on server (two contenders: more rounds in the time);
 *   `hooks` measures in-process the per-request CPU of the code added here (perRequestHooks).
 * - pgbouncer: the point lookup and the well page straight to PostgreSQL vs through a PgBouncer
 *   (transaction mode, default_pool_size = DATABASE_POOL_MAX) started by the bench on a free port.
 *
 * Besides requests/s (which on a shared, overloaded machine swing with other work) it reports the
 * server process's CPU time per request (all its threads, from the event-loop probe), the steadier
 * measure of what a code path costs. Writes bench/results/scaleout-<which>.json.
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
import { REPO_ROOT } from "./lib/childServer.js";
import { EventLoopProbes } from "./lib/eventLoopProbe.js";
import { runLoad, type LoadResult } from "./lib/load.js";
import { pointLookupBodies, wellPageBody } from "./lib/operations.js";
import { SERVER_NODE_FLAGS, startOurServer, startProbedServer, type ServerUnderTest } from "./lib/servers.js";

const run = promisify(execFile);
const RESULTS_DIR = fileURLToPath(new URL("./results/", import.meta.url));
const CONNECTIONS = 10;
const POOL_MAX = 10;
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const log = (line: string) => console.log(line);

interface Contender {
  name: string;
  server: ServerUnderTest;
}

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  /** CPU time of the server process per answered request (all its threads), in microseconds. */
  cpuUsPerRequest: number;
  runs: { rps: number; cpuUsPerRequest: number }[];
}

interface Load {
  name: string;
  bodies: string[];
  headers?: Record<string, string>;
}

/** Alternating rounds (the order rotates) of every load on every contender; requests/s and p50/p99 per pair. */
async function sideBySide(contenders: Contender[], loads: Load[]): Promise<Record<string, Record<string, Measured>>> {
  const results: Record<string, Record<string, { load: LoadResult; cpuMs: number }[]>> = {};
  for (const load of loads) {
    results[load.name] = Object.fromEntries(contenders.map((c) => [c.name, []]));
    const spec = (c: Contender, durationSeconds: number) => ({ label: c.name, url: c.server.graphqlUrl, bodies: load.bodies, ...(load.headers ? { headers: load.headers } : {}), connections: CONNECTIONS, durationSeconds });
    for (const c of contenders) await runLoad(spec(c, 2));
    for (let i = 0; i < rounds; i += 1) {
      const order = contenders.map((_, k) => contenders[(k + i) % contenders.length]!);
      for (const c of order) {
        await c.server.probes.reset();
        const result = await runLoad(spec(c, seconds));
        const cpuMs = EventLoopProbes.worst(await c.server.probes.read()).cpuMs;
        results[load.name]![c.name]!.push({ load: result, cpuMs });
        log(`  ${load.name} round ${i + 1} ${c.name.padEnd(28)} ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, ${Math.round((cpuMs * 1000) / Math.max(1, result.requests))} µs CPU/request`);
      }
    }
  }
  const summary: Record<string, Record<string, Measured>> = {};
  for (const [load, byContender] of Object.entries(results)) {
    summary[load] = {};
    for (const [name, runs] of Object.entries(byContender)) {
      const mean = (f: (r: LoadResult) => number) => Math.round((runs.reduce((s, r) => s + f(r.load), 0) / runs.length) * 100) / 100;
      const requests = runs.reduce((s, r) => s + r.load.requests, 0);
      summary[load]![name] = {
        rps: Math.round(requests / (runs.length * seconds)),
        p50: mean((r) => r.latencyMs.p50),
        p99: mean((r) => r.latencyMs.p99),
        cpuUsPerRequest: Math.round((runs.reduce((s, r) => s + r.cpuMs, 0) * 1000) / Math.max(1, requests)),
        runs: runs.map((r) => ({ rps: r.load.requestsPerSecond, cpuUsPerRequest: Math.round((r.cpuMs * 1000) / Math.max(1, r.load.requests)) })),
      };
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

async function tracingOverhead(data: Awaited<ReturnType<typeof prepareBenchDatabase>>, authEnv: Record<string, string>, withTracingOn: boolean) {
  const sink = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => res.writeHead(200, { "content-type": "application/json" }).end("{}"));
  });
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
  const ref = process.env.BENCH_BASE_REF ?? "main";
  const baseDir = await extractBase(ref);
  const env = { DATABASE_URL: data.url, WEB_CONCURRENCY: "1", DATABASE_POOL_MAX: String(POOL_MAX), ...authEnv };
  const base = await startProbedServer(`base (${ref})`, join(baseDir, "src/main.ts"), 1, env, SERVER_NODE_FLAGS);
  const off = await startOurServer({ databaseUrl: data.url, workers: 1, authEnv, env: { DATABASE_POOL_MAX: String(POOL_MAX) } });
  const on = !withTracingOn ? null : await startOurServer({
    databaseUrl: data.url,
    workers: 1,
    authEnv,
    env: { DATABASE_POOL_MAX: String(POOL_MAX), OTEL_TRACES_EXPORTER: "otlp", OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(sink.address() as AddressInfo).port}` },
  });
  const contenders: Contender[] = [
    { name: `base (${ref})`, server: base },
    { name: "tracing off (default)", server: off },
    ...(on ? [{ name: "tracing on (always_on, OTLP)", server: on }] : []),
  ];
  try {
    return await sideBySide(contenders, [{ name: "point lookup", bodies: pointLookupBodies(data) }]);
  } finally {
    for (const c of contenders) await c.server.stop();
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
    { name: "direct", server: direct },
    { name: "through PgBouncer", server: pooled },
  ];
  try {
    return await sideBySide(contenders, [
      { name: "point lookup", bodies: pointLookupBodies(data) },
      { name: "well page", bodies: [wellPageBody(data)], headers: adminHeaders },
    ]);
  } finally {
    for (const c of contenders) await c.server.stop();
    await bouncer.stop();
  }
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * For each load, every contender against the first: the median over rounds of the ratio of the two
 * runs of the same round (adjacent in time, so a drift of the machine's load cancels out).
 */
function pairedRatios(summary: Record<string, Record<string, Measured>>): Record<string, Record<string, { rps: number; cpuPerRequest: number }>> | null {
  const out: Record<string, Record<string, { rps: number; cpuPerRequest: number }>> = {};
  for (const [load, byContender] of Object.entries(summary)) {
    const [first, ...others] = Object.entries(byContender);
    if (!first) return null;
    out[load] = {};
    for (const [name, measured] of others) {
      const ratio = (f: (r: Measured["runs"][number]) => number) =>
        Math.round(median(measured.runs.map((r, i) => f(r) / Math.max(1e-9, f(first[1].runs[i] ?? r)))) * 1000) / 1000;
      out[load]![`${name} / ${first[0]}`] = { rps: ratio((r) => r.rps), cpuPerRequest: ratio((r) => r.cpuUsPerRequest) };
    }
  }
  return out;
}

/**
 * What the code added by issue 16 costs per point lookup with tracing off, measured in-process (CPU
 * time, a tight loop, so other load on the machine barely matters): the only hooks that run per
 * request are the replica plugin's (`queryOnReplica`: requestDidStart + didResolveOperation); the
 * tracing middleware and plugin are not mounted at all, and the trace-context injection runs only
 * for offloaded (heavy) queries, measured as well.
 */
async function perRequestHooks(): Promise<Record<string, number>> {
  const { queryOnReplica } = await import("../src/server/queryOnReplica.js");
  const { context, propagation } = await import("@opentelemetry/api");
  const plugin = queryOnReplica();
  const operation = { operation: "query" } as const;
  const iterations = 1_000_000;
  const measure = async (body: () => Promise<unknown> | unknown): Promise<number> => {
    for (let i = 0; i < 10_000; i += 1) await body();
    const started = process.cpuUsage();
    for (let i = 0; i < iterations; i += 1) await body();
    const used = process.cpuUsage(started);
    return Math.round(((used.user + used.system) * 1000) / iterations) / 1000; // µs per call
  };
  const replicaHooks = await measure(async () => {
    const listener = await plugin.requestDidStart?.({ contextValue: { readPrisma: null } } as never);
    await listener?.didResolveOperation?.({ operation, contextValue: { readPrisma: null } } as never);
  });
  const traceCarrier = await measure(() => {
    const carrier: Record<string, string> = {};
    propagation.inject(context.active(), carrier);
    return carrier;
  });
  return { replicaPluginMicrosecondsPerRequest: replicaHooks, traceCarrierMicrosecondsPerHeavyQuery: traceCarrier };
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  if (wanted.includes("hooks")) {
    const hooks = await perRequestHooks();
    console.log(JSON.stringify(hooks, null, 2));
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeFile(join(RESULTS_DIR, "scaleout-hooks.json"), JSON.stringify({ node: process.version, loadAverage: loadavg(), ...hooks }, null, 2) + "\n");
    return;
  }
  const which = wanted.length > 0 ? wanted : ["tracing", "pgbouncer"];
  const data = await prepareBenchDatabase((line) => log(`  ${line}`));
  const identity = await startBenchIdentityProvider();
  const adminHeaders = { authorization: `Bearer ${await identity.token(["Admin"])}` };
  await mkdir(RESULTS_DIR, { recursive: true });
  const machine = { cpus: cpus().length, node: process.version, loadAverageAtStart: loadavg().map((v) => Math.round(v * 100) / 100) };
  for (const name of which) {
    log(`\n${name}`);
    const summary = name === "pgbouncer"
      ? await pgbouncerThroughput(data, identity.serverEnv, adminHeaders)
      : await tracingOverhead(data, identity.serverEnv, name === "tracing");
    const pairs = pairedRatios(summary);
    if (pairs) console.log(JSON.stringify(pairs, null, 2));
    console.log(JSON.stringify(summary, null, 2));
    await writeFile(join(RESULTS_DIR, `scaleout-${name}.json`), JSON.stringify({ machine, seconds, rounds, connections: CONNECTIONS, summary, pairedRatios: pairs, loadAverageAtEnd: loadavg() }, null, 2) + "\n");
  }
  await identity.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
