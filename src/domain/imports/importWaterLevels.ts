/**
 * Bulk import of manual groundwater levels from CSV (the reference's bulk upload), all or nothing.
 *
 * Columns (header names exact; other columns are ignored):
 * - required: field_staff, well_name_point_id, field_event_date_time, measurement_date_time,
 *   sampler, sample_method, mp_height, level_status, depth_to_water_ft, data_quality;
 * - optional: water_level_notes.
 * Rules per row (every failing one is reported):
 * - every required column has a value, except mp_height, which may be empty: then the well's
 *   measuring-point history on the measurement date applies (as in the series);
 * - field_event_date_time and measurement_date_time are ISO 8601 date-times with a UTC offset,
 *   not in the future;
 * - sampler is "groundwater team" or "consultant"; level_status is stable, rising or falling;
 *   data_quality is approved or provisional (any case); sample_method is a `sample_method`
 *   term ("electric tape" and "steel tape" are accepted aliases);
 * - mp_height and depth_to_water_ft are numbers; depth_to_water_ft is the reading below the
 *   measuring point, and the depth below ground surface (reading - measuring point height) must
 *   not exceed the well's depth when the well has one;
 * - well_name_point_id names exactly one water well;
 * - one level per well and instant: a second row for the same well and measurement time, or a
 *   level already stored then, is a DUPLICATE_VALUE.
 * Each row becomes a field event (notes "Field staff: ..."), a "groundwater level" activity
 * (notes "Sampler: ..."), a sample (the row's notes) and an observation in feet with the row's
 * measuring point height, level status and data quality (as its `data_maturity`). All rows are written in
 * one transaction with a constant number of statements (ids allocated up front, one
 * INSERT ... SELECT FROM unnest per table), under the per-well locks of recordGroundwaterLevel,
 * so an import and a single recording cannot both store the same well and instant.
 */
import { writeFieldEventNotes } from "../fieldWork/fieldEventNotes.js";
import { auditFields } from "../shared/audit.js";
import { groundwaterLevelSampleName } from "../waterLevels/groundwaterLevelSampleName.js";
import { GROUNDWATER_LEVEL_LOCK_NAMESPACE } from "../waterLevels/groundwaterLevelUniqueness.js";
import { GROUNDWATER_LEVEL_PARAMETER } from "../shared/series/groundwaterLevelParameter.js";
import type { SqlRunner } from "../shared/sqlRunner.js";
import { latestMeasurementTime } from "../shared/validation/latestMeasurementTime.js";
import { releaseStatusValues } from "../vocabulary/enumValues.js";
import { allocateIds } from "./bulkIds.js";
import { choiceCell, dateTimeCell, numberCell, termCell } from "./cellRules.js";
import type { ImportDeps, ImportOptions } from "./importOptions.js";
import { rejected, type ImportedWaterLevelModel, type WaterLevelImportResult } from "./importResult.js";
import { DEFAULT_MAX_IMPORT_ROWS, readCsvTable, type CsvRow } from "./readCsvTable.js";
import { RowProblems, textOf } from "./rowProblems.js";
import { writeAllOrNothing } from "./writeAllOrNothing.js";

export const WATER_LEVEL_REQUIRED_COLUMNS = [
  "field_staff",
  "well_name_point_id",
  "field_event_date_time",
  "measurement_date_time",
  "sampler",
  "sample_method",
  "mp_height",
  "level_status",
  "depth_to_water_ft",
  "data_quality",
] as const;
export const WATER_LEVEL_OPTIONAL_COLUMNS = ["water_level_notes"] as const;

export const SAMPLERS = ["groundwater team", "consultant"] as const;
export const LEVEL_STATUSES = ["stable", "rising", "falling"] as const;
export const DATA_QUALITIES = ["approved", "provisional"] as const;

interface CheckedLevel {
  row: CsvRow;
  wellName: string;
  fieldStaff: string;
  sampler: string;
  method: string;
  fieldEventAt: Date;
  measuredAt: Date;
  /** Measuring point height given in the row, feet; null = from the well's history. */
  mpHeight: number | null;
  /** Reading below the measuring point, feet. */
  reading: number;
  levelStatus: string;
  dataQuality: string;
  notes: string | null;
}

/** The rules that need no database; returns the rows that passed them all. */
function checkRows(rows: readonly CsvRow[], problems: RowProblems, options: ImportOptions, lexicon: ImportDeps["lexicon"]): CheckedLevel[] {
  const latest = latestMeasurementTime(options.now);
  const checked: CheckedLevel[] = [];
  const text = (text: string) => (text === "" ? null : text);
  for (const row of rows) {
    const before = problems.countFor(row);
    const wellName = problems.take(row, "well_name_point_id", text, true);
    const fieldStaff = problems.take(row, "field_staff", text, true);
    const fieldEventAt = problems.take(row, "field_event_date_time", dateTimeCell, true);
    const measuredAt = problems.take(row, "measurement_date_time", dateTimeCell, true);
    for (const [column, at] of [
      ["field_event_date_time", fieldEventAt],
      ["measurement_date_time", measuredAt],
    ] as const) {
      if (at && at.getTime() > latest.getTime()) problems.add(row, column, "INVALID_VALUE", `${column} cannot be in the future`);
    }
    const sampler = problems.take(row, "sampler", (t, c) => choiceCell(t, c, SAMPLERS), true);
    const method = problems.take(row, "sample_method", (t, c) => termCell(t, c, "sample_method", lexicon), true);
    const mpHeight = problems.take(row, "mp_height", numberCell);
    const levelStatus = problems.take(row, "level_status", (t, c) => choiceCell(t, c, LEVEL_STATUSES), true);
    const reading = problems.take(row, "depth_to_water_ft", numberCell, true);
    const dataQuality = problems.take(row, "data_quality", (t, c) => choiceCell(t, c, DATA_QUALITIES), true);
    if (problems.countFor(row) > before) continue;
    if (!wellName || !fieldStaff || !fieldEventAt || !measuredAt || !sampler || !method || !levelStatus || reading === null || !dataQuality) {
      continue;
    }
    checked.push({
      row,
      wellName,
      fieldStaff,
      sampler,
      method,
      fieldEventAt,
      measuredAt,
      mpHeight,
      reading,
      levelStatus,
      dataQuality,
      notes: textOf(row, "water_level_notes") || null,
    });
  }
  return checked;
}

/** Rows repeating the well and measurement time of an earlier row of the file. */
function checkDuplicatesInFile(levels: readonly CheckedLevel[], problems: RowProblems): void {
  const first = new Map<string, number>();
  for (const level of levels) {
    const key = `${level.wellName}\u0001${level.measuredAt.getTime()}`;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, level.row.row);
    else {
      problems.add(
        level.row,
        "measurement_date_time",
        "DUPLICATE_VALUE",
        `Row ${earlier} already has a level of well ${level.wellName} measured at ${level.measuredAt.toISOString()}`,
      );
    }
  }
}

interface WellRow {
  id: number;
  name: string;
  wellDepth: number | null;
}

/** The water wells named in the rows (by name; several when a name is shared). */
async function findWells(runner: SqlRunner, rows: readonly CsvRow[]): Promise<Map<string, WellRow[]>> {
  const names = [...new Set(rows.map((r) => textOf(r, "well_name_point_id")).filter((n) => n !== ""))];
  const found = await runner.query<WellRow>(
    `SELECT id, name, well_depth AS "wellDepth" FROM thing WHERE thing_type = 'water well' AND name = ANY($1::text[]) ORDER BY id`,
    [names],
  );
  const byName = new Map<string, WellRow[]>();
  for (const well of found) byName.set(well.name, [...(byName.get(well.name) ?? []), well]);
  return byName;
}

function checkWellNames(rows: readonly CsvRow[], wells: Map<string, WellRow[]>, problems: RowProblems): void {
  for (const row of rows) {
    const name = textOf(row, "well_name_point_id");
    if (name === "") continue;
    const matches = wells.get(name) ?? [];
    if (matches.length === 0) problems.add(row, "well_name_point_id", "UNKNOWN_REFERENCE", `No water well is named "${name}"`);
    if (matches.length > 1) {
      problems.add(row, "well_name_point_id", "INVALID_VALUE", `${matches.length} water wells are named "${name}" (ids ${matches.map((w) => w.id).join(", ")})`);
    }
  }
}

/** Serialises level writes per well with recordGroundwaterLevel (same advisory lock), in id order. */
async function lockWells(runner: SqlRunner, wellIds: readonly number[]): Promise<void> {
  await runner.query(
    `SELECT count(pg_advisory_xact_lock($1::int, id))::int AS locked FROM (SELECT DISTINCT id FROM unnest($2::int[]) AS id ORDER BY id) ids`,
    [GROUNDWATER_LEVEL_LOCK_NAMESPACE, [...wellIds]],
  );
}

interface Resolved extends CheckedLevel {
  well: WellRow;
}

/** Stored-level duplicates and the depth-below-ground rule, in two statements for all rows. */
async function checkAgainstStored(runner: SqlRunner, levels: readonly Resolved[], problems: RowProblems): Promise<void> {
  const stored = await runner.query<{ n: number }>(
    `SELECT u.n::int AS n
     FROM unnest($1::int[], $2::timestamptz[]) WITH ORDINALITY AS u(thing_id, at, n)
     WHERE EXISTS (
       SELECT 1 FROM observation o
       JOIN parameter p ON p.id = o.parameter_id
       JOIN sample s ON s.id = o.sample_id
       JOIN field_activity fa ON fa.id = s.field_activity_id
       JOIN field_event fe ON fe.id = fa.field_event_id
       WHERE p.parameter_name = $3 AND fe.thing_id = u.thing_id AND o.observation_datetime = u.at)`,
    [levels.map((l) => l.well.id), levels.map((l) => l.measuredAt), GROUNDWATER_LEVEL_PARAMETER],
  );
  for (const { n } of stored) {
    const level = levels[n - 1];
    if (level) {
      problems.add(
        level.row,
        "measurement_date_time",
        "DUPLICATE_VALUE",
        `Well ${level.wellName} already has a groundwater level measured at ${level.measuredAt.toISOString()}`,
      );
    }
  }
  const needHistory = levels.filter((l) => l.mpHeight === null && l.well.wellDepth !== null);
  const history = await runner.query<{ n: number; height: number | null }>(
    `SELECT u.n::int AS n, (
       SELECT m.measuring_point_height FROM measuring_point_history m
       WHERE m.thing_id = u.thing_id AND m.start_date <= u.day AND (m.end_date IS NULL OR m.end_date >= u.day)
       ORDER BY m.start_date DESC, m.id DESC LIMIT 1) AS height
     FROM unnest($1::int[], $2::date[]) WITH ORDINALITY AS u(thing_id, day, n)`,
    [needHistory.map((l) => l.well.id), needHistory.map((l) => l.measuredAt.toISOString().slice(0, 10))],
  );
  const historic = new Map(history.map((h) => [needHistory[h.n - 1], h.height]));
  for (const level of levels) {
    const depth = level.well.wellDepth;
    if (depth === null) continue;
    const mp = level.mpHeight ?? historic.get(level) ?? 0;
    const belowGround = Math.round((level.reading - mp) * 10_000) / 10_000;
    if (belowGround > depth) {
      problems.add(
        level.row,
        "depth_to_water_ft",
        "INVALID_VALUE",
        `Depth to water ${belowGround} ft below ground surface (reading ${level.reading} ft - measuring point ${mp} ft) exceeds the depth of well ${level.wellName} (${depth} ft)`,
      );
    }
  }
}

async function writeLevels(
  runner: SqlRunner,
  levels: readonly Resolved[],
  own: { releaseStatus: string; createdById: string | null; createdByName: string | null },
): Promise<ImportedWaterLevelModel[]> {
  const ids = await allocateIds(runner, ["field_event", "field_activity", "sample", "observation"], levels.length);
  const [parameter] = await runner.query<{ id: number }>(
    "SELECT id FROM parameter WHERE parameter_name = $1 AND matrix = 'groundwater'",
    [GROUNDWATER_LEVEL_PARAMETER],
  );
  if (!parameter) throw new Error(`The parameter "${GROUNDWATER_LEVEL_PARAMETER}" (groundwater) is not seeded`);
  const audit = [own.releaseStatus, own.createdById, own.createdByName];
  await runner.query(
    `INSERT INTO field_event (id, thing_id, event_date, notes, release_status, created_by_id, created_by_name)
     SELECT u.id, u.thing_id, u.at, u.notes, $5, $6, $7 FROM unnest($1::int[], $2::int[], $3::timestamptz[], $4::text[]) AS u(id, thing_id, at, notes)`,
    [ids.field_event, levels.map((l) => l.well.id), levels.map((l) => l.fieldEventAt), levels.map((l) => writeFieldEventNotes({ fieldStaff: { label: "Field staff", value: l.fieldStaff } })), ...audit],
  );
  await runner.query(
    `INSERT INTO field_activity (id, field_event_id, activity_type, notes, release_status, created_by_id, created_by_name)
     SELECT u.id, u.event_id, 'groundwater level', u.notes, $4, $5, $6 FROM unnest($1::int[], $2::int[], $3::text[]) AS u(id, event_id, notes)`,
    [ids.field_activity, ids.field_event, levels.map((l) => `Sampler: ${l.sampler}`), ...audit],
  );
  await runner.query(
    `INSERT INTO sample (id, field_activity_id, sample_date, sample_name, sample_matrix, sample_method, notes, release_status, created_by_id, created_by_name)
     SELECT u.id, u.activity_id, u.at, u.name, 'groundwater', u.method, u.notes, $7, $8, $9
     FROM unnest($1::int[], $2::int[], $3::timestamptz[], $4::text[], $5::text[], $6::text[]) AS u(id, activity_id, at, name, method, notes)`,
    [
      ids.sample,
      ids.field_activity,
      levels.map((l) => l.measuredAt),
      levels.map((l) => groundwaterLevelSampleName(l.well.id, l.measuredAt)),
      levels.map((l) => l.method),
      levels.map((l) => l.notes),
      ...audit,
    ],
  );
  await runner.query(
    `INSERT INTO observation (id, sample_id, parameter_id, observation_datetime, value, unit, measuring_point_height, level_status, data_maturity, release_status, created_by_id, created_by_name)
     SELECT u.id, u.sample_id, $8::int, u.at, u.value, 'ft', u.mp, u.level_status, u.data_maturity, $9, $10, $11
     FROM unnest($1::int[], $2::int[], $3::timestamptz[], $4::float8[], $5::float8[], $6::text[], $7::text[])
       AS u(id, sample_id, at, value, mp, level_status, data_maturity)`,
    [
      ids.observation,
      ids.sample,
      levels.map((l) => l.measuredAt),
      levels.map((l) => l.reading),
      levels.map((l) => l.mpHeight),
      levels.map((l) => l.levelStatus),
      levels.map((l) => l.dataQuality),
      parameter.id,
      ...audit,
    ],
  );
  return levels.map((l, i) => ({
    row: l.row.row,
    wellName: l.wellName,
    wellId: l.well.id,
    fieldEventId: ids.field_event[i] ?? 0,
    sampleId: ids.sample[i] ?? 0,
    observationId: ids.observation[i] ?? 0,
    measuredAt: l.measuredAt,
    levelStatus: l.levelStatus,
    dataQuality: l.dataQuality,
  }));
}

export async function importWaterLevels(deps: ImportDeps, csv: string, options: ImportOptions = {}): Promise<WaterLevelImportResult> {
  const progress = options.onProgress ?? (() => undefined);
  progress({ phase: "reading", done: 0, total: 0 });
  const read = await readCsvTable(csv, { required: WATER_LEVEL_REQUIRED_COLUMNS, maxRows: options.maxRows ?? DEFAULT_MAX_IMPORT_ROWS });
  if (!read.ok) return { ...rejected(read.problems, read.rowsRead), waterLevels: [] };
  const { rows } = read.table;
  progress({ phase: "validating", done: 0, total: rows.length });
  const problems = new RowProblems();
  const checked = checkRows(rows, problems, options, deps.lexicon);
  checkDuplicatesInFile(checked, problems);
  const audit = auditFields(deps, "create");
  const own = { releaseStatus: options.releaseStatus ?? releaseStatusValues.DRAFT, createdById: audit.createdById ?? null, createdByName: audit.createdByName ?? null };

  const { written, ...outcome } = await writeAllOrNothing(deps, rows.length, problems, progress, {
    check: async (runner) => {
      const wells = await findWells(runner, rows);
      checkWellNames(rows, wells, problems);
      const resolved: Resolved[] = checked.flatMap((level) => {
        const matches = wells.get(level.wellName) ?? [];
        const [well] = matches;
        return well && matches.length === 1 ? [{ ...level, well }] : [];
      });
      await lockWells(runner, resolved.map((l) => l.well.id));
      await checkAgainstStored(runner, resolved, problems);
      return resolved;
    },
    total: (resolved) => resolved.length,
    write: (runner, resolved) => writeLevels(runner, resolved, own),
  });
  return { ...outcome, waterLevels: written };
}
