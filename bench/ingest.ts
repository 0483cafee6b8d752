/**
 * npm run bench:ingest [-- --rows N --rounds R]
 *
 * Ingest of transducer readings: our import path (src/domain/transducerSeries/ingestTransducerCsv.ts:
 * COPY into a temporary staging table, validation in SQL, move into transducer_observation with
 * a review block, one transaction) against `psql \copy` of THE SAME CSV file straight into the
 * same table, in the same run, on a throwaway database (`ocotillo_bench_ingest_<pid>`,
 * bench/lib/scratchDatabase.ts).
 *
 * The file (default 1,000,000 rows) has the columns deployment_id, parameter_id,
 * observation_datetime, value: psql copies all four, our importer reads observation_datetime and
 * value (the well and parameter come from its arguments) and ignores the others. Before every
 * timed run the table is truncated and a CHECKPOINT is taken; the two paths alternate (R rounds,
 * default 3) and the medians are compared. Also measured for our path: its phases and the event
 * loop's delay while it runs (the importer must keep the process responsive). The end-to-end CLI
 * (`npm run import -- transducer`, a fresh process) is timed once for reference.
 *
 * Writes bench/results/ingest.json and prints a Markdown table for bench/README.md.
 */
import { execFile } from "node:child_process";
import { createReadStream } from "node:fs";
import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { open } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { promisify } from "node:util";
import { parseArgs } from "node:util";

import type { Database } from "../src/db/createDatabase.js";
import { ingestTransducerCsv } from "../src/domain/transducerSeries/ingestTransducerCsv.js";
import { withScratchDatabase } from "./lib/scratchDatabase.js";

const run = promisify(execFile);
const { values } = parseArgs({ options: { rows: { type: "string", default: "1000000" }, rounds: { type: "string", default: "3" } } });
const ROWS = Number(values.rows);
const ROUNDS = Number(values.rounds);
const T0 = Date.parse("2020-01-01T00:00:00Z");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const seconds = (ms: number) => Math.round(ms) / 1000;

/** Writes the CSV in 1 MiB chunks (no array of rows in memory). */
async function writeCsv(file: string, deploymentId: number, parameterId: number): Promise<void> {
  const handle = await open(file, "w");
  try {
    let chunk = "deployment_id,parameter_id,observation_datetime,value\n";
    for (let i = 0; i < ROWS; i += 1) {
      chunk += `${deploymentId},${parameterId},${new Date(T0 + i * 60_000).toISOString()},${(100 + 5 * Math.sin(i / 500)).toFixed(3)}\n`;
      if (chunk.length > 1 << 20) {
        await handle.write(chunk);
        chunk = "";
      }
    }
    await handle.write(chunk);
  } finally {
    await handle.close();
  }
}

async function reset(db: Database): Promise<void> {
  await db.pool.query("TRUNCATE transducer_observation, transducer_observation_block");
  await db.pool.query("CHECKPOINT");
}

async function timePsqlCopy(dbUrl: string, file: string): Promise<number> {
  const started = performance.now();
  await run("psql", [dbUrl, "-v", "ON_ERROR_STOP=1", "-c", `\\copy transducer_observation (deployment_id, parameter_id, observation_datetime, value) FROM '${file}' WITH (FORMAT csv, HEADER true)`]);
  return performance.now() - started;
}

async function timeOurs(db: Database, file: string, wellName: string) {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const started = performance.now();
  const result = await ingestTransducerCsv({
    pool: db.pool,
    well: { name: wellName },
    parameter: "groundwater level",
    source: createReadStream(file, { highWaterMark: 1 << 20 }),
    sourceFile: "bench.csv",
  });
  const ms = performance.now() - started;
  delay.disable();
  if (result.status !== "IMPORTED" || result.readingCount !== ROWS) throw new Error(`import failed: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return { ms, timings: result.timings, loopMaxMs: delay.max / 1e6, loopP99Ms: delay.percentile(99) / 1e6 };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "ocotillo-ingest-"));
  const file = join(dir, "readings.csv");
  try {
    await withScratchDatabase("ocotillo_bench_ingest", { poolMax: 4 }, async (db, dbUrl) => {
      const wellName = "BENCH-INGEST-1";
      const { rows } = await db.pool.query<{ deployment: number; parameter: number }>(
        `WITH w AS (INSERT INTO thing (name, thing_type) VALUES ($1, 'water well') RETURNING id),
              s AS (INSERT INTO sensor (name, sensor_type) VALUES ('bench transducer', 'Pressure Transducer') RETURNING id),
              d AS (INSERT INTO deployment (thing_id, sensor_id) SELECT w.id, s.id FROM w, s RETURNING id)
         SELECT d.id AS deployment, p.id AS parameter FROM d, parameter p WHERE p.parameter_name = 'groundwater level' AND p.matrix = 'groundwater'`,
        [wellName],
      );
      const ids = rows[0];
      if (!ids) throw new Error("setup failed");
      console.log(`generating ${ROWS.toLocaleString("en-US")} readings ...`);
      await writeCsv(file, ids.deployment, ids.parameter);
      const bytes = (await stat(file)).size;

      const copyRuns: number[] = [];
      const ourRuns: Awaited<ReturnType<typeof timeOurs>>[] = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const order = round % 2 === 0 ? (["copy", "ours"] as const) : (["ours", "copy"] as const);
        for (const which of order) {
          await reset(db);
          if (which === "copy") copyRuns.push(await timePsqlCopy(dbUrl, file));
          else ourRuns.push(await timeOurs(db, file, wellName));
          console.log(`  round ${round + 1} ${which}: ${seconds(which === "copy" ? (copyRuns.at(-1) ?? 0) : (ourRuns.at(-1)?.ms ?? 0))} s`);
        }
      }
      await reset(db);
      const cliStarted = performance.now();
      await run("npx", ["tsx", "scripts/import.ts", "transducer", "--well", wellName, "--parameter", "groundwater level", file], {
        env: { ...process.env, DATABASE_URL: dbUrl },
        maxBuffer: 1 << 24,
      });
      const cliMs = performance.now() - cliStarted;

      const copyMs = median(copyRuns);
      const oursMs = median(ourRuns.map((r) => r.ms));
      const best = ourRuns.find((r) => r.ms === oursMs) ?? ourRuns[0];
      const results = {
        date: new Date().toISOString(),
        rows: ROWS,
        fileBytes: bytes,
        rounds: ROUNDS,
        psqlCopySeconds: copyRuns.map(seconds),
        importSeconds: ourRuns.map((r) => seconds(r.ms)),
        medianPsqlCopySeconds: seconds(copyMs),
        medianImportSeconds: seconds(oursMs),
        ratio: Math.round((oursMs / copyMs) * 100) / 100,
        target: "<= 2",
        importPhasesMs: best?.timings,
        eventLoopDelayDuringImportMs: { p99: Math.round((best?.loopP99Ms ?? 0) * 10) / 10, max: Math.round((best?.loopMaxMs ?? 0) * 10) / 10 },
        cliEndToEndSeconds: seconds(cliMs),
        rowsPerSecondImport: Math.round(ROWS / (oursMs / 1000)),
        rowsPerSecondCopy: Math.round(ROWS / (copyMs / 1000)),
      };
      await mkdir(new URL("./results/", import.meta.url), { recursive: true });
      await writeFile(new URL("./results/ingest.json", import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
      console.log(JSON.stringify(results, null, 2));
      console.log(
        [
          "| rows | psql \\copy (median) | our import (median) | ratio | phases (copy / validate / write / commit) | event loop p99 / max | CLI end to end |",
          "|---|---|---|---|---|---|---|",
          `| ${ROWS.toLocaleString("en-US")} | ${results.medianPsqlCopySeconds} s | ${results.medianImportSeconds} s | ${results.ratio}× | ` +
            `${[best?.timings.copy, best?.timings.validate, best?.timings.write, best?.timings.commit].map((ms) => seconds(ms ?? 0)).join(" / ")} s | ` +
            `${results.eventLoopDelayDuringImportMs.p99} / ${results.eventLoopDelayDuringImportMs.max} ms | ${results.cliEndToEndSeconds} s |`,
        ].join("\n"),
      );
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
