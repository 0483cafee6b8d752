/**
 * npm run bench:ogc [-- --rounds R]
 *
 * OGC API – Features items pages (GET /ogc/collections/{id}/items?limit=N) on the bench database
 * (10,000 wells, 1,000,000 manual levels; bench/lib/benchDatabase.ts), anonymous, through a real
 * server in this process and `curl` as the client in another process (so the client's parsing
 * does not run on the serving thread). For each page: the median wall time of the request, the
 * bytes, the CPU time this process (the server: the client and PostgreSQL are other processes)
 * spent on the request, and the longest event-loop stall of the serving thread during it (what
 * any other request on the process would wait; on a loaded machine it includes time the thread
 * waited for a core). Each case runs R times (default 3) after a warm-up.
 *
 * Writes bench/results/ogc.json and prints a Markdown table for bench/README.md.
 */
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs, promisify } from "node:util";

import { pino } from "pino";

import { ANONYMOUS_CALLER } from "../src/auth/caller.js";
import { parseConfig } from "../src/config.js";
import { createDatabase } from "../src/db/createDatabase.js";
import { startServer } from "../src/server/createServer.js";
import { prepareBenchDatabase } from "./lib/benchDatabase.js";

const run = promisify(execFile);
const { values } = parseArgs({ options: { rounds: { type: "string", default: "3" } } });
const ROUNDS = Number(values.rounds);

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const cases = [
  { collection: "wells", limit: 1_000 },
  { collection: "wells", limit: 10_000 },
  { collection: "latest-depth-to-water", limit: 1_000 },
  { collection: "latest-depth-to-water", limit: 10_000 },
  { collection: "water-level-elevation", limit: 1_000 },
  { collection: "latest-arsenic", limit: 1_000 },
];

const data = await prepareBenchDatabase();
const database = createDatabase({ url: data.url, poolMax: 4, acquireTimeoutMs: 30_000, statementTimeoutMs: 0 });
const server = await startServer({
  config: parseConfig({ PORT: "0", LOG_LEVEL: "silent" }),
  database,
  logger: pino({ level: "silent" }),
  listenForLexiconChanges: false,
  authenticator: { mode: "oidc", authenticate: async () => ({ caller: ANONYMOUS_CALLER, user: null }) },
});
try {
  // The event-loop histogram wakes the thread every millisecond: its own CPU per millisecond of
  // wall time, measured idle, is subtracted from each request's.
  const idle = monitorEventLoopDelay({ resolution: 1 });
  idle.enable();
  const idleBefore = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const idleCpu = process.cpuUsage(idleBefore);
  idle.disable();
  const idleCpuPerMs = (idleCpu.user + idleCpu.system) / 1000 / 2_000;
  const rows = [];
  for (const { collection, limit } of cases) {
    const url = `${server.url}/ogc/collections/${collection}/items?limit=${limit}`;
    const once = async () => {
      const histogram = monitorEventLoopDelay({ resolution: 1 });
      histogram.enable();
      const cpuBefore = process.cpuUsage();
      const { stdout } = await run("curl", ["-sS", "-o", "/dev/null", "-w", "%{http_code} %{time_total} %{size_download}", url]);
      histogram.disable();
      const cpu = process.cpuUsage(cpuBefore);
      const [status, seconds, bytes] = stdout.split(" ");
      if (status !== "200") throw new Error(`${url} answered ${status}`);
      return { ms: Number(seconds) * 1000, bytes: Number(bytes), stallMs: histogram.max / 1e6, cpuMs: Math.max(0, (cpu.user + cpu.system) / 1000 - idleCpuPerMs * Number(seconds) * 1000) };
    };
    await once();
    const runs = [];
    for (let round = 0; round < ROUNDS; round += 1) runs.push(await once());
    const { stdout } = await run("curl", ["-sS", url], { maxBuffer: 256 * 1024 * 1024 });
    const page = JSON.parse(stdout) as { numberMatched: number; numberReturned: number };
    rows.push({
      collection,
      limit,
      numberMatched: page.numberMatched,
      numberReturned: page.numberReturned,
      medianMs: Math.round(median(runs.map((r) => r.ms))),
      megabytes: Math.round((runs[0]?.bytes ?? 0) / 1e4) / 100,
      serverCpuMs: Math.round(median(runs.map((r) => r.cpuMs))),
      maxStallMs: Math.round(Math.max(...runs.map((r) => r.stallMs)) * 10) / 10,
    });
  }
  await mkdir(new URL("./results/", import.meta.url), { recursive: true });
  await writeFile(new URL("./results/ogc.json", import.meta.url), `${JSON.stringify({ measuredAt: new Date().toISOString(), rounds: ROUNDS, rows }, null, 2)}\n`);
  const load = (await import("node:os")).loadavg()[0]?.toFixed(1);
  console.log(`load average ${load}`);
  console.log("| collection | limit | matched | returned | MB | median time | server CPU | longest event-loop stall |\n|---|---|---|---|---|---|---|---|");
  for (const r of rows) {
    console.log(`| ${r.collection} | ${r.limit} | ${r.numberMatched} | ${r.numberReturned} | ${r.megabytes} | ${r.medianMs} ms | ${r.serverCpuMs} ms | ${r.maxStallMs} ms |`);
  }
} finally {
  await server.stop();
  await database.close();
}
