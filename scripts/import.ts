/**
 * npm run import -- <kind> [options] <file.csv>
 *
 * Bulk imports from the command line, through the same library functions as the GraphQL
 * mutations and the HTTP routes, with a progress bar on stderr:
 *   water-levels <file.csv>      manual groundwater levels (all or nothing)
 *   well-inventory <file.csv>    a well inventory (all or nothing)
 *   chemistry <file.csv>         laboratory chemistry results of existing samples (all or nothing)
 *   transducer --well <name> --parameter <term> <file.csv>
 *                                transducer readings, streamed with COPY (a million rows in seconds)
 * Targets DATABASE_URL, or the embedded database without it. Prints the summary and the problems;
 * exit status 0 when imported, 1 when rows were rejected, 2 when the file was rejected, 3 on a
 * usage error or failure.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { userInfo } from "node:os";
import { basename } from "node:path";
import { parseArgs } from "node:util";

import cliProgress from "cli-progress";

import { parseConfig } from "../src/config.js";
import type { Database } from "../src/db/createDatabase.js";
import { withConfiguredDatabase } from "../src/runtime/withConfiguredDatabase.js";
import type { ImportProgress } from "../src/domain/imports/importOptions.js";
import type { ImportOutcome } from "../src/domain/imports/importResult.js";
import { importChemistryResults } from "../src/domain/chemistry/importChemistryResults.js";
import { importWaterLevels } from "../src/domain/imports/importWaterLevels.js";
import { importWellInventory } from "../src/domain/imports/importWellInventory.js";
import { ingestTransducerCsv } from "../src/domain/transducerSeries/ingestTransducerCsv.js";
import { LexiconCache } from "../src/domain/vocabulary/lexiconCache.js";
import { reviewStatusValues } from "../src/domain/vocabulary/enumValues.js";

const USAGE = `usage:
  npm run import -- water-levels [--max-rows N] [--release-status TERM] <file.csv>
  npm run import -- well-inventory [--max-rows N] [--release-status TERM] <file.csv>
  npm run import -- chemistry [--max-rows N] [--release-status TERM] <file.csv>
  npm run import -- transducer --well NAME|--well-id ID --parameter TERM [--deployment ID] [--replace]
                     [--review-status approved|"not reviewed"] [--release-status TERM] <file.csv>`;

class UsageError extends Error {}

const EXIT = { IMPORTED: 0, REJECTED_ROWS: 1, REJECTED_FILE: 2, FAILURE: 3 } as const;
const SHOWN_PROBLEMS = 50;

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        well: { type: "string" },
        "well-id": { type: "string" },
        parameter: { type: "string" },
        deployment: { type: "string" },
        replace: { type: "boolean", default: false },
        "review-status": { type: "string" },
        "release-status": { type: "string" },
        "max-rows": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9][0-9]*$/.test(value)) throw new UsageError(`--${name} must be a positive integer, got "${value}"`);
  return Number(value);
}

function report(outcome: ImportOutcome, extra: Record<string, unknown> = {}): number {
  const { summary } = outcome;
  console.log(
    `${outcome.status}: ${summary.totalRowsImported} of ${summary.totalRowsProcessed} rows imported, ${summary.validationErrors} problem(s)`,
  );
  for (const [key, value] of Object.entries(extra)) console.log(`  ${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`);
  for (const p of outcome.problems.slice(0, SHOWN_PROBLEMS)) {
    const where = [p.row === null ? null : `row ${p.row}`, p.field].filter(Boolean).join(", ");
    console.log(`  [${p.kind}]${where ? ` ${where}:` : ""} ${p.message}${p.value !== null ? ` (value: ${JSON.stringify(p.value)})` : ""}`);
  }
  if (outcome.problems.length > SHOWN_PROBLEMS) console.log(`  ... and ${outcome.problems.length - SHOWN_PROBLEMS} more problems`);
  return EXIT[outcome.status];
}

function phaseBar(): { onProgress: (p: ImportProgress) => void; stop: () => void } {
  const bar = new cliProgress.SingleBar({ format: "{phase} [{bar}] {value}/{total} rows", stream: process.stderr }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    onProgress: (p) => {
      if (!started) {
        bar.start(Math.max(p.total, 1), p.done, { phase: p.phase.padEnd(10) });
        started = true;
      }
      bar.setTotal(Math.max(p.total, 1));
      bar.update(p.done, { phase: p.phase.padEnd(10) });
    },
    stop: () => bar.stop(),
  };
}

async function run(db: Database, kind: string, file: string, values: ReturnType<typeof parse>["values"]): Promise<number> {
  const name = userInfo().username;
  const user = { id: `cli:${name}`, name };
  const releaseStatus = values["release-status"];
  if (kind === "transducer") {
    const parameterText = values.parameter;
    if (!parameterText || (values.well === undefined) === (values["well-id"] === undefined)) {
      throw new UsageError("transducer needs --parameter and one of --well or --well-id");
    }
    const lexicon = await LexiconCache.load(db.prisma);
    const parameter = lexicon.resolve("parameter_name", parameterText);
    if (!parameter.ok) throw new UsageError(parameter.message);
    const review = values["review-status"];
    if (review !== undefined && review !== reviewStatusValues.APPROVED && review !== reviewStatusValues.NOT_REVIEWED) {
      throw new UsageError(`--review-status must be "approved" or "not reviewed"`);
    }
    const size = (await stat(file)).size;
    const bar = new cliProgress.SingleBar(
      { format: "copying [{bar}] {percentage}% {value}/{total} MB | {duration_formatted}", stream: process.stderr },
      cliProgress.Presets.shades_classic,
    );
    const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
    bar.start(mb(size), 0);
    const started = performance.now();
    const result = await ingestTransducerCsv({
      pool: db.pool,
      well: values["well-id"] !== undefined ? { id: positiveInt("well-id", values["well-id"]) ?? 0 } : { name: values.well ?? "" },
      parameter: parameter.term,
      deploymentId: positiveInt("deployment", values.deployment) ?? null,
      source: createReadStream(file, { highWaterMark: 1 << 20 }),
      sourceFile: basename(file),
      sourceKind: "csv import",
      reviewStatus: review,
      releaseStatus,
      replaceOverlapping: values.replace,
      user,
      onBytes: (bytes) => bar.update(mb(bytes)),
    });
    bar.update(mb(size));
    bar.stop();
    return report(result, {
      readings: result.readingCount,
      block: result.blockId,
      deployment: result.deploymentId,
      span: result.span ? `${result.span.start.toISOString()} .. ${result.span.end.toISOString()}` : null,
      replaced: result.replaced,
      seconds: ((performance.now() - started) / 1000).toFixed(2),
      "phase ms": result.timings,
    });
  }
  if (kind !== "water-levels" && kind !== "well-inventory" && kind !== "chemistry") throw new UsageError(`unknown import "${kind}"`);
  const csv = await readFile(file, "utf8");
  const lexicon = await LexiconCache.load(db.prisma);
  const bar = phaseBar();
  const options = { maxRows: positiveInt("max-rows", values["max-rows"]), releaseStatus, onProgress: bar.onProgress };
  const deps = { prisma: db.prisma, user, lexicon };
  if (kind === "chemistry") {
    const outcome = await importChemistryResults(deps, csv, options);
    bar.stop();
    return report(outcome, { results: outcome.results.length });
  }
  if (kind === "water-levels") {
    const outcome = await importWaterLevels(deps, csv, options);
    bar.stop();
    return report(outcome, { waterLevels: outcome.waterLevels.length });
  }
  const outcome = await importWellInventory(deps, csv, options);
  bar.stop();
  return report(outcome, { wells: outcome.wells.map((w) => `${w.name} (id ${w.wellId})`).join(", ") });
}

async function main(): Promise<number> {
  const { values, positionals } = parse(process.argv.slice(2));
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [kind, file, ...extra] = positionals;
  if (!kind || !file || extra.length > 0) throw new UsageError("give the kind of import and one file");
  return withConfiguredDatabase(parseConfig(), 4, (db) => run(db, kind, file, values));
}

try {
  process.exitCode = await main();
} catch (error) {
  if (error instanceof UsageError) console.error(`import: ${error.message}\n${USAGE}`);
  else console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = EXIT.FAILURE;
}
