/**
 * npm run db:seed [-- [--demo] [--wells N] [--levels M] [--seed S]] (compiled: node dist/cli/dbSeed.js ...)
 *
 * Migrates DATABASE_URL (or, without it, the embedded database in EMBEDDED_DATA_DIR), then seeds
 * the vocabulary and the acceptance fixture (both idempotent). With --demo, --wells or --levels
 * it also generates demo wells and water levels (refused if generated wells already exist).
 * Prints row counts and timings; exits with status 1 and a one-line reason on failure.
 */
import { parseArgs } from "node:util";

import { parseConfig } from "../config.js";
import { createDatabase, type Database } from "../db/createDatabase.js";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../runtime/embeddedDatabase/startEmbeddedDatabase.js";
import { migrateDatabase } from "../db/migrate.js";
import { generateDemoData } from "../db/seed/generateDemoData.js";
import { seedDemoFixture } from "../db/seed/seedDemoFixture.js";
import { seedVocabulary } from "../db/seed/seedVocabulary.js";

const USAGE = `usage: npm run db:seed [-- [--demo] [--wells N] [--levels M] [--seed S]]
  (no option)  migrate, then seed the vocabulary and the acceptance fixture
  --demo       also generate demo data: ${1_000} wells and ${100_000} water levels unless --wells/--levels say otherwise
  --wells N    also generate N demo wells (default with --levels: 1000)
  --levels M   also generate M demo water levels spread over the wells (default: 100 per well)
  --seed S     variant of the generated values (default 1)`;

class UsageError extends Error {}

interface Options {
  generate?: { wells: number; levels: number; seed: number };
}

function parseCount(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a non-negative integer, got "${value}"`);
  return Number(value);
}

function parseOptions(argv: string[]): Options | "help" {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        demo: { type: "boolean", default: false },
        wells: { type: "string" },
        levels: { type: "string" },
        seed: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values } = parsed;
  if (values.help) return "help";
  const wells = parseCount("wells", values.wells);
  const levels = parseCount("levels", values.levels);
  const seed = parseCount("seed", values.seed) ?? 1;
  if (!values.demo && wells === undefined && levels === undefined) return {};
  const wellCount = wells ?? 1_000;
  return { generate: { wells: wellCount, levels: levels ?? wellCount * 100, seed } };
}

async function timed<T>(label: string, run: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`  ${label.padEnd(22)} ${((performance.now() - started) / 1000).toFixed(2).padStart(7)} s`);
  return result;
}

const COUNTED_TABLES = [
  "lexicon_category",
  "lexicon_term",
  "parameter",
  "regulatory_limit",
  "thing",
  "location",
  "contact",
  "group",
  "sensor",
  "deployment",
  "field_event",
  "sample",
  "observation",
  "transducer_observation",
] as const;

async function printCounts(db: Database): Promise<void> {
  const select = COUNTED_TABLES.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(", ");
  const { rows } = await db.pool.query<Record<string, string>>(`SELECT ${select}`);
  const counts = rows[0] ?? {};
  console.log("Row counts:");
  for (const table of COUNTED_TABLES) {
    console.log(`  ${table.padEnd(22)} ${Number(counts[table] ?? 0).toLocaleString("en-US").padStart(12)}`);
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options === "help") {
    console.log(USAGE);
    return;
  }
  const config = parseConfig();
  let embedded: EmbeddedDatabase | undefined;
  let db: Database | undefined;
  try {
    if (config.database.kind === "embedded") {
      embedded = await startEmbeddedDatabase(config.database.dataDir);
    }
    const url = config.database.kind === "external" ? config.database.url : (embedded?.url ?? "");
    console.log(`Seeding ${config.database.kind === "external" ? "DATABASE_URL" : `embedded database in ${config.database.dataDir}`}:`);
    const migrated = await timed("migrations", () => migrateDatabase(url));
    db = createDatabase({
      url,
      poolMax: config.pool.max,
      acquireTimeoutMs: config.pool.acquireTimeoutMs,
      statementTimeoutMs: config.pool.statementTimeoutMs,
    });
    const database = db;
    const vocabulary = await timed("vocabulary", () => seedVocabulary(database.prisma));
    await timed("fixture", () => seedDemoFixture(database.prisma));
    const generate = options.generate;
    if (generate) {
      await timed(`demo data (${generate.wells}/${generate.levels})`, () => generateDemoData(database.pool, generate));
    }
    console.log(`Migrations applied: ${migrated.appliedMigrationNames.length}`);
    console.log(
      "Vocabulary inserted: " +
        Object.entries(vocabulary)
          .map(([name, count]) => `${name} ${count.inserted}/${count.total}`)
          .join(", "),
    );
    await printCounts(database);
  } finally {
    await db?.close();
    await embedded?.stop();
  }
}

try {
  await main();
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`db:seed: ${error.message}\n${USAGE}`);
  } else {
    console.error(`db:seed failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}
