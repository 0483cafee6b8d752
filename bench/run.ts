/**
 * npm run bench [-- <scenario ids...>]
 *
 * Runs the benchmark scenarios (default: all, in order) against the bench database (created
 * and filled on first use, reused after; see lib/benchDatabase.ts), writes each scenario's
 * measurements to bench/results/<id>.json, prints the summary table and writes it into
 * bench/README.md between the summary markers. Settings: BENCH_SECONDS (each measurement,
 * default 5), BENCH_ROUNDS (alternating rounds of side-by-side comparisons, default 2),
 * BENCH_ADMIN_URL / BENCH_DATABASE (where the bench database lives).
 */
import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import pg from "pg";

import { prepareBenchDatabase } from "./lib/benchDatabase.js";
import { benchNode } from "./lib/benchNode.js";
import { startBenchIdentityProvider } from "./lib/benchIdentityProvider.js";
import type { Scenario, ScenarioResult } from "./lib/scenario.js";
import { summaryTable, writeSummaryIntoReadme } from "./lib/summaryTable.js";
import { isolation } from "./scenarios/isolation.js";
import { mapLayer } from "./scenarios/mapLayer.js";
import { memory } from "./scenarios/memory.js";
import { peer } from "./scenarios/peer.js";
import { pointLookup } from "./scenarios/pointLookup.js";
import { scaling } from "./scenarios/scaling.js";
import { wellPage } from "./scenarios/wellPage.js";

const SCENARIOS: Scenario[] = [pointLookup, wellPage, isolation, scaling, peer, memory, mapLayer];
const RESULTS_DIR = fileURLToPath(new URL("./results/", import.meta.url));
const README = fileURLToPath(new URL("./README.md", import.meta.url));

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

async function postgresVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version: string }>("SHOW server_version");
    return rows[0]?.server_version ?? "?";
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((id) => !SCENARIOS.some((s) => s.id === id));
  if (unknown.length > 0) throw new Error(`unknown scenario ${unknown.join(", ")}; known: ${SCENARIOS.map((s) => s.id).join(", ")}`);
  const selected = wanted.length > 0 ? SCENARIOS.filter((s) => wanted.includes(s.id)) : SCENARIOS;
  const seconds = positiveInt("BENCH_SECONDS", 5);
  const rounds = positiveInt("BENCH_ROUNDS", 2);
  const log = (line: string) => console.log(line);

  const started = performance.now();
  log("bench database:");
  const data = await prepareBenchDatabase((line) => log(`  ${line}`));
  const machine = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? "?",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    serverNode: (await promisify(execFile)(await benchNode(), ["--version"])).stdout.trim(),
    postgres: await postgresVersion(data.url),
    loadAverageAtStart: loadavg().map((v) => Math.round(v * 100) / 100),
  };
  log(`machine: ${machine.cpus} CPUs (${machine.cpuModel}), servers on Node ${machine.serverNode} (bench on ${machine.node}), PostgreSQL ${machine.postgres}, load average ${machine.loadAverageAtStart.join(" ")}`);

  await mkdir(RESULTS_DIR, { recursive: true });
  const identity = await startBenchIdentityProvider();
  const adminHeaders = { authorization: `Bearer ${await identity.token(["Admin"])}` };
  const results: ScenarioResult[] = [];
  for (const scenario of selected) {
    log(`\n${scenario.title}`);
    const scenarioStarted = performance.now();
    const result = await scenario.run({ data, authEnv: identity.serverEnv, adminHeaders, seconds, rounds, log });
    results.push(result);
    const record = {
      ...result,
      measuredAt: new Date().toISOString(),
      durationSeconds: Math.round((performance.now() - scenarioStarted) / 1000),
      machine,
      loadAverageAtEnd: loadavg().map((v) => Math.round(v * 100) / 100),
    };
    await writeFile(`${RESULTS_DIR}${result.id}.json`, `${JSON.stringify(record, null, 2)}\n`);
  }

  await identity.stop();
  const table = summaryTable(results);
  log(`\n${table}\n`);
  const header =
    `Run of ${new Date().toISOString().slice(0, 10)} on ${machine.cpus} CPUs (${machine.cpuModel}), servers on Node ${machine.serverNode} (ours compiled), ` +
    `PostgreSQL ${machine.postgres}; ${seconds} s per measurement, ${rounds} rounds; load average at start ${machine.loadAverageAtStart.join(" ")}` +
    (selected.length < SCENARIOS.length ? `; scenarios: ${selected.map((s) => s.id).join(", ")}` : "") +
    ".";
  await writeSummaryIntoReadme(README, `${header}\n\n${table}`);
  log(`results in bench/results/, summary in bench/README.md (${Math.round((performance.now() - started) / 1000)} s)`);
}

try {
  await main();
} catch (error) {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
}
