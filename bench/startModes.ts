/**
 * npm run bench:start-modes [-- --rounds R --seconds S]
 *
 * The server from source under tsx (`npm start`) vs compiled (`npm run start:prod`, dist/; run
 * `npm run build` first), on a scratch PostgreSQL database of 500 public wells (ADR 32). Each
 * round starts each mode in turn (which goes first alternates): start-up time from spawn to the
 * first 200 of /health, RSS of the process 3 s after that (at rest), then a 2 s warm-up and an
 * S-second point-lookup load (`wellByName`, 500 wells in turn, 10 connections, closed loop), on one
 * server process (WEB_CONCURRENCY 1, so the numbers are of the process measured).
 * Each also gives the process's CPU time (all threads, /proc) to ready and per request under load,
 * which a machine shared with other work disturbs less than wall-clock times.
 * Prints the medians and the ratios compiled/source; writes bench/results/start-modes.json.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFile, mkdir, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

import { REPO_ROOT, freePort } from "./lib/childServer.js";
import { runLoad } from "./lib/load.js";
import { withScratchDatabase } from "./lib/scratchDatabase.js";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "3" }, seconds: { type: "string", default: "8" } } });
const ROUNDS = Number(values.rounds);
const SECONDS = Number(values.seconds);
const WELLS = 500;

const MODES = {
  source: ["--single-threaded-gc", "--import", "tsx", "src/main.ts"],
  compiled: ["--single-threaded-gc", "--enable-source-maps", "dist/main.js"],
} as const;
type Mode = keyof typeof MODES;

interface Sample {
  startupMs: number;
  startupCpuMs: number;
  rssMiB: number;
  requestsPerSecond: number;
  p99Ms: number;
  cpuMsPerRequest: number;
}

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kib = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? Number.NaN);
  return Math.round(kib / 1024);
}

/** User + system CPU time of the process so far, all threads (clock ticks of 10 ms). */
async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function measure(mode: Mode, databaseUrl: string, bodies: string[]): Promise<Sample> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...MODES[mode]], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: "warn", NODE_ENV: "production", WEB_CONCURRENCY: "1",
      // Anonymous requests only: the issuer is never contacted.
      OIDC_ISSUER: "https://auth.invalid/", OIDC_AUDIENCE: "bench" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${mode}: server exited with ${child.exitCode}`);
      const ok = await fetch(`${url}/health`).then((r) => r.status === 200, () => false);
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const startupMs = Math.round(performance.now() - started);
    const pid = child.pid ?? 0;
    const startupCpuMs = await cpuMs(pid);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const rss = await rssMiB(pid);
    const load = (durationSeconds: number) => runLoad({ label: mode, url: `${url}/graphql`, bodies, connections: 10, durationSeconds });
    await load(2);
    const cpuBefore = await cpuMs(pid);
    const result = await load(SECONDS);
    const cpuMsPerRequest = Math.round(((await cpuMs(pid)) - cpuBefore) / Math.max(result.requests, 1) * 1000) / 1000;
    return { startupMs, startupCpuMs, rssMiB: rss, requestsPerSecond: result.requestsPerSecond, p99Ms: result.latencyMs.p99, cpuMsPerRequest };
  } finally {
    child.kill("SIGTERM");
    await once(child, "exit");
  }
}

await withScratchDatabase("ocotillo_bench_start_modes", { poolMax: 2 }, async (db, databaseUrl) => {
  const { rows } = await db.pool.query<{ name: string }>(
    `INSERT INTO thing (name, thing_type, well_depth, release_status)
     SELECT 'SM-' || lpad(i::text, 4, '0'), 'water well', 100 + i, 'public' FROM generate_series(1, $1::int) AS i
     RETURNING name`,
    [WELLS],
  );
  const bodies = rows.map(({ name }) => JSON.stringify({ query: `{ wellByName(name: "${name}") { id name wellDepth { value unit } } }` }));
  const samples: Record<Mode, Sample[]> = { source: [], compiled: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    const order: Mode[] = round % 2 === 0 ? ["source", "compiled"] : ["compiled", "source"];
    for (const mode of order) {
      const sample = await measure(mode, databaseUrl, bodies);
      samples[mode].push(sample);
      console.log(
        `round ${round + 1} ${mode.padEnd(8)} start-up ${sample.startupMs} ms (CPU ${sample.startupCpuMs} ms), RSS ${sample.rssMiB} MiB, ` +
          `${sample.requestsPerSecond} req/s, p99 ${sample.p99Ms} ms, CPU ${sample.cpuMsPerRequest} ms/request`,
      );
    }
  }
  const summary = Object.fromEntries(
    (Object.keys(samples) as Mode[]).map((mode) => [
      mode,
      {
        startupMs: median(samples[mode].map((s) => s.startupMs)),
        startupCpuMs: median(samples[mode].map((s) => s.startupCpuMs)),
        rssMiB: median(samples[mode].map((s) => s.rssMiB)),
        requestsPerSecond: median(samples[mode].map((s) => s.requestsPerSecond)),
        p99Ms: median(samples[mode].map((s) => s.p99Ms)),
        cpuMsPerRequest: median(samples[mode].map((s) => s.cpuMsPerRequest)),
      },
    ]),
  ) as Record<Mode, Sample>;
  const ratio = (key: keyof Sample) => Math.round((summary.compiled[key] / summary.source[key]) * 100) / 100;
  console.log(
    "\n| mode | start-up to ready (CPU) | RSS at rest | point lookups/s (p99) | CPU per lookup |\n|---|---|---|---|---|",
  );
  for (const mode of ["source", "compiled"] as const) {
    const s = summary[mode];
    console.log(`| ${mode} | ${s.startupMs} ms (${s.startupCpuMs} ms) | ${s.rssMiB} MiB | ${s.requestsPerSecond} (${s.p99Ms} ms) | ${s.cpuMsPerRequest} ms |`);
  }
  console.log(
    `| compiled / source | ${ratio("startupMs")}× (${ratio("startupCpuMs")}×) | ${ratio("rssMiB")}× | ` +
      `${ratio("requestsPerSecond")}× (${ratio("p99Ms")}×) | ${ratio("cpuMsPerRequest")}× |`,
  );
  await mkdir(new URL("./results/", import.meta.url), { recursive: true });
  await writeFile(
    new URL("./results/start-modes.json", import.meta.url),
    `${JSON.stringify({ rounds: ROUNDS, seconds: SECONDS, wells: WELLS, samples, summary }, null, 2)}\n`,
  );
});
