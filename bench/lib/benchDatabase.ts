/**
 * The benchmark database: created once, reused by every run.
 *
 * Contract: `prepareBenchDatabase()` returns the URL of a migrated database (default
 * `ocotillo_bench` on the server of BENCH_ADMIN_URL, 127.0.0.1:5432) holding the vocabulary, the
 * acceptance fixture, exactly BENCH_WELLS generated wells with BENCH_LEVELS manual water levels
 * (src/db/seed/generateDemoData.ts) and one well with a continuous series of SERIES_POINTS
 * transducer readings. Each part is checked by a row count and created only when missing, so the
 * ~100 s generation runs once; a database holding a different number of generated wells is
 * refused (drop it to regenerate). The returned ids are facts read from the database.
 */
import pg from "pg";

import { createDatabase } from "../../src/db/createDatabase.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { DEMO_GENERATOR_NAME, generateDemoData } from "../../src/db/seed/generateDemoData.js";
import { FIXTURE_WELL_NAMES } from "../../src/db/seed/demoFixtureData.js";
import { seedDemoFixture } from "../../src/db/seed/seedDemoFixture.js";
import { seedVocabulary } from "../../src/db/seed/seedVocabulary.js";

export const BENCH_WELLS = 10_000;
export const BENCH_LEVELS = 1_000_000;
/** Points of the continuous series used by the heavy hydrograph request. */
export const SERIES_POINTS = 100_000;
/** Serial number of the sensor whose deployment carries the benchmark series. */
const SERIES_SENSOR_SERIAL = "BENCH-SERIES-100K";
/** The series: one reading every 5 minutes from this instant (100,000 readings ≈ 347 days). */
export const SERIES_START = new Date("2024-01-01T00:00:00Z");
const SERIES_STEP_MINUTES = 5;

export interface BenchData {
  url: string;
  /** Public generated wells, for point lookups (same order on every run). */
  pointWellIds: number[];
  /** The fixture well NM-00001 (contacts, deployments, notes, levels): the well page. */
  pageWellId: number;
  /** The well holding the SERIES_POINTS-reading continuous series. */
  seriesWellId: number;
  /** The window [from, to) covering the whole series. */
  seriesFrom: Date;
  seriesTo: Date;
}

export function benchAdminUrl(): string {
  return process.env.BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

export function benchDatabaseUrl(): string {
  const url = new URL(benchAdminUrl());
  url.pathname = `/${process.env.BENCH_DATABASE ?? "ocotillo_bench"}`;
  return url.toString();
}

async function ensureDatabaseExists(url: string, log: (line: string) => void): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: benchAdminUrl() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      log(`creating database ${name}`);
      await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    }
  } finally {
    await admin.end();
  }
}

async function count(pool: pg.Pool, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(sql, params);
  return Number(rows[0]?.n ?? 0);
}

/** Adds the benchmark series (a sensor deployed at a public generated well) unless it is there. */
async function ensureSeries(pool: pg.Pool, log: (line: string) => void): Promise<number> {
  const existing = await pool.query<{ thing_id: number; n: string }>(
    `SELECT d.thing_id, (SELECT count(*) FROM transducer_observation r WHERE r.deployment_id = d.id) AS n
     FROM deployment d JOIN sensor s ON s.id = d.sensor_id WHERE s.serial_no = $1`,
    [SERIES_SENSOR_SERIAL],
  );
  const row = existing.rows[0];
  if (row && Number(row.n) === SERIES_POINTS) return row.thing_id;
  if (row) throw new Error(`benchmark series has ${row.n} readings, expected ${SERIES_POINTS}: drop the bench database`);

  log(`adding a continuous series of ${SERIES_POINTS.toLocaleString("en-US")} transducer readings`);
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SET LOCAL statement_timeout = 0");
    const well = await client.query<{ id: number }>(
      `SELECT id FROM thing WHERE created_by_name = $1 AND release_status = 'public' ORDER BY id LIMIT 1`,
      [DEMO_GENERATOR_NAME],
    );
    const wellId = well.rows[0]?.id;
    if (wellId === undefined) throw new Error("no public generated well to carry the benchmark series");
    const sensor = await client.query<{ id: number }>(
      `INSERT INTO sensor (name, sensor_type, model, serial_no, sensor_status, release_status, created_by_name)
       VALUES ('Bench transducer', 'Pressure Transducer', 'Bench-100K', $1, 'In Service', 'public', 'bench')
       RETURNING id`,
      [SERIES_SENSOR_SERIAL],
    );
    const deployment = await client.query<{ id: number }>(
      `INSERT INTO deployment (thing_id, sensor_id, installation_date, recording_interval, recording_interval_units,
         release_status, created_by_name)
       VALUES ($1, $2, $3::date, $4, 'minute', 'public', 'bench') RETURNING id`,
      [wellId, sensor.rows[0]?.id, SERIES_START.toISOString().slice(0, 10), SERIES_STEP_MINUTES],
    );
    await client.query(
      `INSERT INTO transducer_observation (deployment_id, parameter_id, observation_datetime, value, release_status,
         created_by_name)
       SELECT $1, p.id, $2::timestamptz + make_interval(mins => (i * $3)::int),
         round((120 + 3 * sin(i / 288.0 * 2 * pi()) + i / 20000.0)::numeric, 3)::float8, 'public', 'bench'
       FROM generate_series(0, $4::int - 1) AS i
       CROSS JOIN (SELECT id FROM parameter WHERE parameter_name = 'groundwater level' AND matrix = 'groundwater') p`,
      [deployment.rows[0]?.id, SERIES_START.toISOString(), SERIES_STEP_MINUTES, SERIES_POINTS],
    );
    await client.query("COMMIT");
    await client.query("ANALYZE transducer_observation");
    return wellId;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Creates, migrates and fills the benchmark database where needed; see the module contract. */
export async function prepareBenchDatabase(log: (line: string) => void = console.log): Promise<BenchData> {
  const url = benchDatabaseUrl();
  await ensureDatabaseExists(url, log);
  const { appliedMigrationNames } = await migrateDatabase(url);
  if (appliedMigrationNames.length > 0) log(`applied ${appliedMigrationNames.length} migrations`);

  const db = createDatabase({ url, poolMax: 2, acquireTimeoutMs: 30_000, statementTimeoutMs: 0 });
  try {
    const fixtureWells = await count(db.pool, "SELECT count(*) AS n FROM thing WHERE name = $1", [FIXTURE_WELL_NAMES[0]]);
    if (fixtureWells === 0) {
      log("seeding vocabulary and fixture");
      await seedVocabulary(db.prisma);
      await seedDemoFixture(db.prisma);
    }
    const generated = await count(db.pool, "SELECT count(*) AS n FROM thing WHERE created_by_name = $1", [DEMO_GENERATOR_NAME]);
    if (generated === 0) {
      log(`generating ${BENCH_WELLS.toLocaleString("en-US")} wells and ${BENCH_LEVELS.toLocaleString("en-US")} water levels (about 100 s, once)`);
      const started = performance.now();
      await generateDemoData(db.pool, { wells: BENCH_WELLS, levels: BENCH_LEVELS });
      log(`generated in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    } else if (generated !== BENCH_WELLS) {
      throw new Error(`bench database holds ${generated} generated wells, expected ${BENCH_WELLS}: drop it to regenerate`);
    }
    const levels = await count(db.pool, "SELECT count(*) AS n FROM observation WHERE created_by_name = $1", [DEMO_GENERATOR_NAME]);
    if (levels !== BENCH_LEVELS) throw new Error(`bench database holds ${levels} generated levels, expected ${BENCH_LEVELS}`);
    const seriesWellId = await ensureSeries(db.pool, log);

    const points = await db.pool.query<{ id: number }>(
      `SELECT id FROM thing WHERE created_by_name = $1 AND release_status = 'public' ORDER BY hashint4(id) LIMIT 500`,
      [DEMO_GENERATOR_NAME],
    );
    const page = await db.pool.query<{ id: number }>("SELECT id FROM thing WHERE name = $1 ORDER BY id LIMIT 1", [FIXTURE_WELL_NAMES[0]]);
    const pageWellId = page.rows[0]?.id;
    if (pageWellId === undefined) throw new Error(`fixture well ${FIXTURE_WELL_NAMES[0]} is missing`);
    const seriesTo = new Date(SERIES_START.getTime() + SERIES_POINTS * SERIES_STEP_MINUTES * 60_000);
    return { url, pointWellIds: points.rows.map((r) => r.id), pageWellId, seriesWellId, seriesFrom: SERIES_START, seriesTo };
  } finally {
    await db.close();
  }
}
