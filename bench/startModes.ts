/**
 * npm run bench:start-modes [-- --rounds R --seconds S]
 *
 * The server from source under tsx (`npm start`) vs compiled (`npm run start:prod`, dist/; run
 * `npm run build` first), on a scratch PostgreSQL database of 500 public wells (ADR 32). Each
 * round starts each mode in turn (which goes first alternates): start-up time from spawn to the
 * first 200 of /health, RSS of the process 3 s after that (at rest), then a 2 s warm-up and an
 * S-second point-lookup load (`wellByName`, 500 wells in turn, 10 connections, closed loop).
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
  rssMiB: number;
  requestsPerSecond: number;
  p99Ms: number;
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

async function measure(mode: Mode, databaseUrl: string, bodies: string[]): Promise<Sample> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...MODES[mode]], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: "warn", NODE_ENV: "production" },
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
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const rss = await rssMiB(child.pid ?? 0);
    const load = (durationSeconds: number) => runLoad({ label: mode, url: `${url}/graphql`, bodies, connections: 10, durationSeconds });
    await load(2);
    const result = await load(SECONDS);
    return { startupMs, rssMiB: rss, requestsPerSecond: result.requestsPerSecond, p99Ms: result.latencyMs.p99 };
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
      console.log(`round ${round + 1} ${mode.padEnd(8)} start-up ${sample.startupMs} ms, RSS ${sample.rssMiB} MiB, ${sample.requestsPerSecond} req/s, p99 ${sample.p99Ms} ms`);
    }
  }
  const summary = Object.fromEntries(
    (Object.keys(samples) as Mode[]).map((mode) => [
      mode,
      {
        startupMs: median(samples[mode].map((s) => s.startupMs)),
        rssMiB: median(samples[mode].map((s) => s.rssMiB)),
        requestsPerSecond: median(samples[mode].map((s) => s.requestsPerSecond)),
        p99Ms: median(samples[mode].map((s) => s.p99Ms)),
      },
    ]),
  ) as Record<Mode, Sample>;
  const ratio = (key: keyof Sample) => Math.round((summary.compiled[key] / summary.source[key]) * 100) / 100;
  console.log(`\n| mode | start-up to ready | RSS at rest | point lookups/s | p99 |\n|---|---|---|---|---|`);
  for (const mode of ["source", "compiled"] as const) {
    const s = summary[mode];
    console.log(`| ${mode} | ${s.startupMs} ms | ${s.rssMiB} MiB | ${s.requestsPerSecond} | ${s.p99Ms} ms |`);
  }
  console.log(`| compiled / source | ${ratio("startupMs")}× | ${ratio("rssMiB")}× | ${ratio("requestsPerSecond")}× | ${ratio("p99Ms")}× |`);
  await mkdir(new URL("./results/", import.meta.url), { recursive: true });
  await writeFile(
    new URL("./results/start-modes.json", import.meta.url),
    `${JSON.stringify({ rounds: ROUNDS, seconds: SECONDS, wells: WELLS, samples, summary }, null, 2)}\n`,
  );
});
