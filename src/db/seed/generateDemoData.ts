/**
 * Generates a large, realistic-looking New Mexico demo data set with set-based SQL: water wells
 * with a current location, purposes, groups, status, monitoring frequency and measuring point
 * history, and manual groundwater levels (each one a field_event -> field_activity -> sample ->
 * observation chain, as written by the API).
 *
 * Contract:
 * - Requires the vocabulary (seedVocabulary); independent of the demo fixture.
 * - Deterministic: the same options on a database in the same state produce the same rows
 *   (values come from hashes of the row index and `seed`, never from the clock or Math.random).
 * - Well names are "NM-01000" upwards, skipping names that already exist; levels are spread as
 *   evenly as possible over the wells (the first `levels % wells` wells get one more), monthly
 *   at most, ending in November 2025; sample names follow `<well>-WL-<yyyymmddhhmm>`.
 * - One transaction: all rows or none. Generated rows carry created_by_name
 *   "seed:generateDemoData"; if such wells already exist the call throws (no top-up): drop the
 *   database or delete those wells to regenerate.
 * - Demo groups ("Demo: ...") are created if missing and reused otherwise.
 * - While it runs, other writers to the tables it fills wait (readers do not); 10,000 wells and
 *   1,000,000 levels take about 70 s on the 2-core development server.
 */
import type pg from "pg";

export interface GenerateDemoDataOptions {
  wells: number;
  levels: number;
  /** Varies the generated values; default 1. */
  seed?: number;
}

export interface GenerateDemoDataResult {
  wells: number;
  levels: number;
}

/** Audit name stamped on every generated row (created_by_name). */
export const DEMO_GENERATOR_NAME = "seed:generateDemoData";

/** Transaction-scoped advisory lock key serialising generators ("ocoseedg"). */
const GENERATOR_LOCK_KEY = "7985637813728519527";

const MAX_WELLS = 1_000_000;
const MAX_LEVELS = 100_000_000;

/** Geographic demo groups by quadrant of the state, plus a statewide monitoring plan. */
const DEMO_GROUPS = [
  { name: "Demo: San Juan Basin", type: "Geographic Area", description: "Generated wells, northwestern New Mexico" },
  { name: "Demo: Northeastern Plains", type: "Geographic Area", description: "Generated wells, northeastern New Mexico" },
  { name: "Demo: Southwestern Basins", type: "Geographic Area", description: "Generated wells, southwestern New Mexico" },
  { name: "Demo: Pecos Valley", type: "Geographic Area", description: "Generated wells, southeastern New Mexico" },
  { name: "Demo: Statewide Monitoring Network", type: "Monitoring Plan", description: "Generated wells under monthly monitoring" },
] as const;

const PURPOSES = ["Domestic", "Domestic", "Livestock", "Irrigation", "Monitoring", "Public supply", "Commercial", "Unused"];
const CONSTRUCTION_METHODS = ["Air-Rotary", "Air-Rotary", "Cable-tool", "Hydraulic rotary (mud or water)", "Driven", "Reverse rotary"];
const PUMP_TYPES = ["Submersible", "Submersible", "Submersible", "Jet", "Line Shaft"];
const FORMATIONS = ["110ALVM", "112SNTF", "121TSUQ", "112QTBF", "313SADR", "310GLOR", "110AVMB", "120SBLC"];
const DRILLERS = ["Rodgers Drilling Co.", "Sierra Well Service", "Mesa Pump & Drilling", "Rio Grande Drillers", "High Plains Water Wells"];

function sqlText(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function sqlArray(values: readonly string[]): string {
  return `ARRAY[${values.map(sqlText).join(", ")}]::text[]`;
}

/** Uniform pseudo-random number in [0, 1) from the integer expression `key` on `channel`. */
function rnd(seed: number, key: string, channel: number): string {
  return `pg_temp.demo_rnd((${key})::bigint, ${seed * 1000 + channel})`;
}

/** An element of `values` picked by `rnd`. */
function pick(values: readonly string[], random: string): string {
  return `(${sqlArray(values)})[1 + floor(${random} * ${values.length})::int]`;
}

function assertCount(name: string, value: number, max: number): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${name} must be an integer between 0 and ${max}, got ${value}`);
  }
}

/** Generates the demo data set described in the module contract. */
export async function generateDemoData(
  pool: pg.Pool,
  opts: GenerateDemoDataOptions,
): Promise<GenerateDemoDataResult> {
  const { wells, levels } = opts;
  const seed = opts.seed ?? 1;
  assertCount("wells", wells, MAX_WELLS);
  assertCount("levels", levels, MAX_LEVELS);
  assertCount("seed", seed, 1_000_000);
  if (levels > 0 && wells === 0) throw new RangeError("levels need at least one well");
  if (wells === 0) return { wells: 0, levels: 0 };

  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    try {
      await generate(client, wells, levels, seed);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    }
    // Fresh statistics so that the planner sees the new volumes right away; best effort, since
    // autovacuum computes them later anyway.
    try {
      await client.query("BEGIN");
      await client.query("SET LOCAL statement_timeout = 0");
      await client.query(
        "ANALYZE thing, location, location_thing_association, field_event, field_activity, sample, observation",
      );
      await client.query("COMMIT");
    } catch {
      await client.query("ROLLBACK").catch(() => undefined);
    }
  } finally {
    client.release();
  }
  return { wells, levels };
}

async function generate(client: pg.PoolClient, wells: number, levels: number, seed: number): Promise<void> {
  const r = (key: string, channel: number) => rnd(seed, key, channel);
  const gen = sqlText(DEMO_GENERATOR_NAME);

  await client.query("SET LOCAL statement_timeout = 0");
  await client.query("SET LOCAL work_mem = '64MB'");
  await client.query(`SELECT pg_advisory_xact_lock(${GENERATOR_LOCK_KEY})`);

  const existing = await client.query<{ n: string }>(
    "SELECT count(*) AS n FROM thing WHERE created_by_name = $1",
    [DEMO_GENERATOR_NAME],
  );
  if (Number(existing.rows[0]?.n ?? 0) > 0) {
    throw new Error(
      `demo data already generated (${existing.rows[0]?.n} wells with created_by_name '${DEMO_GENERATOR_NAME}'); ` +
        "use a fresh database or delete those wells first",
    );
  }
  const parameter = await client.query<{ id: number }>(
    "SELECT id FROM parameter WHERE parameter_name = 'groundwater level' AND matrix = 'groundwater'",
  );
  const parameterId = parameter.rows[0]?.id;
  if (parameterId === undefined) {
    throw new Error('parameter "groundwater level" (groundwater) is missing: run seedVocabulary first');
  }

  await client.query(`
    CREATE OR REPLACE FUNCTION pg_temp.demo_rnd(k bigint, salt bigint) RETURNS float8
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (hashint8extended(k, salt) & 2147483647)::float8 / 2147483648.0 $$`);

  // Names: NM-01000 upwards, skipping existing things of the same name.
  await client.query(
    `CREATE TEMP TABLE demo_name ON COMMIT DROP AS
     WITH candidate AS (
       SELECT n, CASE WHEN n < 100000 THEN 'NM-' || lpad(n::text, 5, '0') ELSE 'NM-' || n::text END AS name
       FROM generate_series(1000::bigint, 1000 + $1::bigint + (SELECT count(*) FROM thing)) AS n
     )
     SELECT (row_number() OVER (ORDER BY n) - 1)::bigint AS idx, name
     FROM candidate c
     WHERE NOT EXISTS (SELECT 1 FROM thing t WHERE t.name = c.name)
     ORDER BY n
     LIMIT $1`,
    [wells],
  );

  const thingBase = await reserveIds(client, "thing", wells);
  const locationBase = await reserveIds(client, "location", wells);
  const perWell = Math.floor(levels / wells);
  const extra = levels % wells;

  // Per-well attributes. Levels: well idx owns level rows [lvl_offset, lvl_offset + lvl_count),
  // one every lvl_step days from lvl_first; the well was completed before its first level.
  await client.query(`
    CREATE TEMP TABLE demo_well ON COMMIT DROP AS
    SELECT c.*,
      CASE WHEN c.lat0 < 32.0 AND c.lon > -108.2 THEN c.lat0 + 0.6 ELSE c.lat0 END AS lat,
      c.completion_date + CASE WHEN c.has_old_mp
        THEN 30 + floor(${r("c.idx", 27)} * GREATEST(0, c.lvl_first - c.completion_date - 30))::int ELSE 0 END AS mp_start
    FROM (
      SELECT b.*,
        ${thingBase} + b.idx AS thing_id,
        ${locationBase} + b.idx AS location_id,
        b.hole_extra + b.well_depth AS hole_depth,
        round(b.well_depth * (0.8 + 0.2 * ${r("b.idx", 6)}))::float8 AS casing_depth,
        CASE WHEN b.has_pump THEN round(b.well_depth * (0.5 + 0.4 * ${r("b.idx", 7)}))::float8 END AS pump_depth,
        round(LEAST(b.well_depth * 0.75, 15 + 500 * power(${r("b.idx", 8)}, 1.5))::numeric, 2)::float8 AS dtw_base,
        DATE '1950-01-01' + floor(${r("b.idx", 11)} * GREATEST(0, LEAST(b.lvl_first, DATE '2024-01-01') - DATE '1950-01-01' - 60))::int
          AS completion_date
      FROM (
        SELECT a.*, DATE '2025-11-15' - (GREATEST(a.lvl_count, 1) - 1) * a.lvl_step AS lvl_first
        FROM (
          SELECT n.idx, n.name,
            round((-109.0 + 6.0 * ${r("n.idx", 1)})::numeric, 5)::float8 AS lon,
            round((31.4 + 5.6 * ${r("n.idx", 2)})::numeric, 5)::float8 AS lat0,
            round((1000 + 2500 * power(${r("n.idx", 3)}, 1.8))::numeric, 1)::float8 AS elevation,
            round(50 + 1450 * power(${r("n.idx", 4)}, 2.2))::float8 AS well_depth,
            round(60 * ${r("n.idx", 5)})::float8 AS hole_extra,
            ${r("n.idx", 9)} < 0.75 AS has_pump,
            (ARRAY[4, 5, 6, 6, 8, 10, 12])[1 + floor(${r("n.idx", 10)} * 7)::int]::float8 AS casing_diameter,
            CASE WHEN ${r("n.idx", 12)} < 0.85 THEN 'public'
                 WHEN ${r("n.idx", 12)} < 0.95 THEN 'draft' ELSE 'private' END AS release_status,
            round((0.5 + 2.5 * ${r("n.idx", 13)})::numeric, 2)::float8 AS mp_height,
            floor(${r("n.idx", 14)} * ${PURPOSES.length})::int AS purpose_1,
            CASE WHEN ${r("n.idx", 15)} < 0.4 THEN floor(${r("n.idx", 16)} * ${PURPOSES.length - 1})::int END
              AS purpose_2_offset,
            ${r("n.idx", 17)} < 0.35 AS in_network,
            ${r("n.idx", 18)} < 0.4 AS has_old_mp,
            ${r("n.idx", 19)} < 0.5 AS has_pod,
            (${r("n.idx", 20)} - 0.4) * 20 AS trend,
            1 + 4 * ${r("n.idx", 21)} AS amplitude,
            ${pick(CONSTRUCTION_METHODS, r("n.idx", 22))} AS construction_method,
            ${pick(PUMP_TYPES, r("n.idx", 23))} AS pump_type,
            ${pick(FORMATIONS, r("n.idx", 24))} AS formation_code,
            ${pick(DRILLERS, r("n.idx", 25))} AS driller_name,
            ${r("n.idx", 26)} < 0.7 AS dem_elevation,
            (${perWell} + (n.idx < ${extra})::int)::int AS lvl_count,
            GREATEST(1, LEAST(30, 11000 / GREATEST(${perWell} + (n.idx < ${extra})::int, 1)))::int AS lvl_step,
            n.idx * ${perWell} + LEAST(n.idx, ${extra}) AS lvl_offset
          FROM demo_name n
        ) a
      ) b
    ) c`);
  await client.query("ANALYZE demo_well");

  await client.query(`
    INSERT INTO thing (id, name, thing_type, first_visit_date, well_depth, hole_depth, well_casing_depth,
      well_pump_depth, well_casing_diameter, well_completion_date, well_driller_name, well_construction_method,
      well_pump_type, formation_completion_code, release_status, created_by_name)
    SELECT thing_id, name, 'water well', CASE WHEN lvl_count > 0 THEN lvl_first END, well_depth, hole_depth, casing_depth,
      pump_depth, casing_diameter, completion_date, driller_name, construction_method,
      CASE WHEN has_pump THEN pump_type END, formation_code, release_status, ${gen}
    FROM demo_well ORDER BY idx`);

  await client.query(`
    INSERT INTO location (id, latitude, longitude, elevation, elevation_method, coordinate_method, state,
      release_status, created_by_name)
    SELECT location_id, lat, lon, elevation,
      CASE WHEN dem_elevation THEN 'Interpolated from digital elevation model (DEM)' ELSE 'Global positioning system (GPS)' END,
      CASE WHEN dem_elevation THEN 'Interpolated from map' ELSE 'GPS, uncorrected' END,
      'NM', release_status, ${gen}
    FROM demo_well ORDER BY idx`);
  await client.query(`
    INSERT INTO location_thing_association (location_id, thing_id, effective_start, created_by_name)
    SELECT location_id, thing_id, completion_date::timestamp AT TIME ZONE 'UTC', ${gen} FROM demo_well ORDER BY idx`);

  await client.query(`
    INSERT INTO well_purpose (thing_id, purpose, release_status, created_by_name)
    SELECT DISTINCT thing_id, (${sqlArray(PURPOSES)})[1 + p], release_status, ${gen}
    FROM demo_well CROSS JOIN LATERAL (
      SELECT purpose_1 AS p
      UNION ALL
      SELECT (purpose_1 + 1 + purpose_2_offset) % ${PURPOSES.length} WHERE purpose_2_offset IS NOT NULL
    ) x`);

  await client.query(`
    INSERT INTO "group" (name, description, group_type, release_status, created_by_name)
    SELECT g.name, g.description, g.type, 'public', ${gen}
    FROM unnest(${sqlArray(DEMO_GROUPS.map((g) => g.name))}, ${sqlArray(DEMO_GROUPS.map((g) => g.description))},
                ${sqlArray(DEMO_GROUPS.map((g) => g.type))}) AS g(name, description, type)
    ON CONFLICT (name) DO NOTHING`);
  const [sanJuan, northeast, southwest, pecos, network] = DEMO_GROUPS.map((g) => sqlText(g.name));
  await client.query(`
    INSERT INTO group_thing_association (group_id, thing_id, created_by_name)
    SELECT g.id, w.thing_id, ${gen}
    FROM demo_well w
    CROSS JOIN LATERAL (
      SELECT CASE WHEN w.lat >= 34.2 AND w.lon < -106.5 THEN ${sanJuan}
                  WHEN w.lat >= 34.2 THEN ${northeast}
                  WHEN w.lon < -106.5 THEN ${southwest}
                  ELSE ${pecos} END AS group_name
      UNION ALL
      SELECT ${network} WHERE w.in_network
    ) m
    JOIN "group" g ON g.name = m.group_name
    ORDER BY w.idx`);

  await client.query(`
    INSERT INTO measuring_point_history (thing_id, measuring_point_height, measuring_point_description, start_date,
      end_date, reason, release_status, created_by_name)
    SELECT thing_id, mp_height, 'Top of casing', mp_start, NULL, NULL, release_status, ${gen}
    FROM demo_well
    UNION ALL
    SELECT thing_id, round((mp_height - 0.4)::numeric, 2)::float8, 'Top of original casing', completion_date,
      mp_start - 1, 'Casing extended', release_status, ${gen}
    FROM demo_well WHERE mp_start > completion_date`);

  await client.query(`
    INSERT INTO status_history (thing_id, status_type, status_value, start_date, release_status, created_by_name)
    SELECT thing_id, 'Well Status',
      CASE WHEN has_pump THEN 'Active, pumping well' ELSE 'Inactive, exists but not used' END,
      completion_date, release_status, ${gen}
    FROM demo_well
    UNION ALL
    SELECT thing_id, 'Monitoring Status',
      CASE WHEN lvl_count > 0 THEN 'Currently monitored' ELSE 'Not currently monitored' END,
      CASE WHEN lvl_count > 0 THEN lvl_first ELSE completion_date END, release_status, ${gen}
    FROM demo_well`);
  await client.query(`
    INSERT INTO monitoring_frequency_history (thing_id, monitoring_frequency, start_date, release_status, created_by_name)
    SELECT thing_id, 'Monthly', lvl_first, release_status, ${gen}
    FROM demo_well WHERE lvl_count > 0`);
  await client.query(`
    INSERT INTO thing_id_link (thing_id, relation, alternate_id, alternate_organization, release_status, created_by_name)
    SELECT thing_id, 'OSEPOD', 'RG-' || (10000 + idx)::text || '-POD1', 'NMOSE', release_status, ${gen}
    FROM demo_well WHERE has_pod`);

  if (levels > 0) await generateLevels(client, levels, perWell, extra, parameterId, seed);
  await client.query("DROP FUNCTION pg_temp.demo_rnd(bigint, bigint)");
}

/** Reserves `count` consecutive ids of `table` (explicit ids let dependent rows be set-based). */
async function reserveIds(client: pg.PoolClient, table: string, count: number): Promise<number> {
  // Blocks concurrent inserts (not reads) until commit, so the reserved range stays ours.
  await client.query(`LOCK TABLE "${table}" IN SHARE ROW EXCLUSIVE MODE`);
  const { rows } = await client.query<{ base: string }>(
    `SELECT GREATEST(nextval(pg_get_serial_sequence($1, 'id')), (SELECT COALESCE(max(id), 0) + 1 FROM "${table}")) AS base`,
    [table],
  );
  const base = Number(rows[0]?.base);
  await client.query("SELECT setval(pg_get_serial_sequence($1, 'id'), $2)", [table, base + count - 1]);
  return base;
}

async function generateLevels(
  client: pg.PoolClient,
  levels: number,
  perWell: number,
  extra: number,
  parameterId: number,
  seed: number,
): Promise<void> {
  const r = (key: string, channel: number) => rnd(seed, key, channel);
  const gen = sqlText(DEMO_GENERATOR_NAME);
  const eventBase = await reserveIds(client, "field_event", levels);
  const activityBase = await reserveIds(client, "field_activity", levels);
  const sampleBase = await reserveIds(client, "sample", levels);
  const observationBase = await reserveIds(client, "observation", levels);

  // Level j belongs to well widx, and is that well's k-th measurement (oldest first), taken
  // between 08:00 and 16:00 Mountain Standard Time.
  const firstBlock = extra * (perWell + 1);
  const level = `
    SELECT j, w.thing_id, w.name, w.release_status, w.mp_height, t.ts,
      round(GREATEST(0.5, LEAST(w.well_depth - 1,
        w.dtw_base + w.trend * (j - w.lvl_offset) / GREATEST(w.lvl_count, 1)
        + w.amplitude * cos(2 * pi() * (extract(doy FROM t.ts) - 200) / 365.0)
        + (${r("j", 31)} - 0.5)))::numeric, 2)::float8 AS depth
    FROM generate_series(0::bigint, ${levels - 1}::bigint) AS j
    JOIN demo_well w ON w.idx = CASE WHEN j < ${firstBlock} THEN j / ${perWell + 1}
                                     ELSE ${extra} + (j - ${firstBlock}) / ${Math.max(perWell, 1)} END
    CROSS JOIN LATERAL (
      SELECT ((w.lvl_first + ((j - w.lvl_offset) * w.lvl_step)::int)::timestamp
              + make_interval(mins => 900 + floor(${r("j", 30)} * 480)::int)) AT TIME ZONE 'UTC' AS ts
    ) t`;

  await client.query(`
    INSERT INTO field_event (id, thing_id, event_date, release_status, created_by_name)
    SELECT ${eventBase} + j, thing_id, ts, release_status, ${gen} FROM (${level}) l ORDER BY j`);
  await client.query(`
    INSERT INTO field_activity (id, field_event_id, activity_type, release_status, created_by_name)
    SELECT ${activityBase} + j, ${eventBase} + j, 'groundwater level', release_status, ${gen}
    FROM (${level}) l ORDER BY j`);
  await client.query(`
    INSERT INTO sample (id, field_activity_id, sample_date, sample_name, sample_matrix, sample_method, qc_type,
      release_status, created_by_name)
    SELECT ${sampleBase} + j, ${activityBase} + j, ts,
      name || '-WL-' || to_char(ts AT TIME ZONE 'UTC', 'YYYYMMDDHH24MI'), 'groundwater',
      CASE WHEN ${r("j", 32)} < 0.7 THEN 'Electric tape measurement (E-probe)'
           WHEN ${r("j", 32)} < 0.95 THEN 'Steel-tape measurement'
           ELSE 'Sonic water level meter (acoustic pulse)' END,
      'Normal', release_status, ${gen}
    FROM (${level}) l ORDER BY j`);
  await client.query(`
    INSERT INTO observation (id, sample_id, parameter_id, observation_datetime, value, unit, measuring_point_height,
      groundwater_level_reason, level_status, data_maturity, release_status, created_by_name)
    SELECT ${observationBase} + j, ${sampleBase} + j, ${parameterId}, ts, round((depth + mp_height)::numeric, 2)::float8,
      'ft', mp_height,
      CASE WHEN ${r("j", 33)} < 0.95 THEN 'Water level not affected'
           WHEN ${r("j", 33)} < 0.98 THEN 'Site was pumped recently'
           ELSE 'Site was being pumped' END,
      CASE WHEN ${r("j", 34)} < 0.8 THEN 'stable' WHEN ${r("j", 34)} < 0.9 THEN 'rising' ELSE 'falling' END,
      CASE WHEN ${r("j", 35)} < 0.7 THEN 'approved' ELSE 'provisional' END,
      release_status, ${gen}
    FROM (${level}) l ORDER BY j`);
}
