/**
 * Bulk import of laboratory chemistry results from CSV, all or nothing, through the import
 * machinery of importWaterLevels (readCsvTable, RowProblems, cell rules, writeAllOrNothing).
 *
 * Columns (header names exact; other columns are ignored):
 * - required: parameter, value, unit;
 * - the sample: `sample_name`, or `well_name_point_id` and `sample_date_time` (both) when the
 *   sample name is empty (the columns must exist in the header either way they are used);
 * - optional: analysis_method (code, e.g. "EPA 200.8", or name), analysis_date_time (when the
 *   value was obtained; the sample's date when empty), detection_flag, notes.
 * Rules per row (every failing one is reported):
 * - the sample exists: by name, or as the one sample of that water well taken at that instant;
 * - parameter is a `parameter_name` term (aliases accepted) with a parameter in the sample's
 *   matrix, other than "groundwater level" (levels are imported with importWaterLevels);
 * - value is a number; it may be empty only with a detection flag (a non-detect reported without
 *   a number); unit is a `unit` term (μg/L, ug/L, mg/L, ...);
 * - analysis_date_time is an ISO 8601 date-time with a UTC offset, not in the future;
 * - analysis_method, when given, names a stored method by code or name;
 * - detection_flag is kept exactly as written (at most 50 characters): "<", "ND", "J", "U", ...
 * Each row becomes one observation of its sample (release status of the import, "draft" by
 * default), all in one transaction with one INSERT ... SELECT FROM unnest.
 */
import { insertColumns, repeat } from "../imports/insertColumns.js";
import { dateTimeCell, numberCell, termCell } from "../imports/cellRules.js";
import type { ImportDeps, ImportOptions } from "../imports/importOptions.js";
import { rejected, type ImportOutcome } from "../imports/importResult.js";
import { DEFAULT_MAX_IMPORT_ROWS, readCsvTable, type CsvRow } from "../imports/readCsvTable.js";
import { RowProblems, textOf } from "../imports/rowProblems.js";
import { writeAllOrNothing } from "../imports/writeAllOrNothing.js";
import { allocateIds } from "../imports/bulkIds.js";
import { auditFields } from "../shared/audit.js";
import { GROUNDWATER_LEVEL_PARAMETER } from "../shared/series/groundwaterLevelParameter.js";
import type { SqlRunner } from "../shared/sqlRunner.js";
import { latestMeasurementTime } from "../shared/validation/latestMeasurementTime.js";
import type { LexiconCache } from "../vocabulary/lexiconCache.js";
import { releaseStatusValues } from "../vocabulary/enumValues.js";

export const CHEMISTRY_REQUIRED_COLUMNS = ["parameter", "value", "unit"] as const;
export const CHEMISTRY_OPTIONAL_COLUMNS = [
  "sample_name",
  "well_name_point_id",
  "sample_date_time",
  "analysis_method",
  "analysis_date_time",
  "detection_flag",
  "notes",
] as const;

const MAX_FLAG_LENGTH = 50;

/** One chemistry result written by the import. */
export interface ImportedChemistryResultModel {
  row: number;
  sampleId: number;
  sampleName: string;
  observationId: number;
  parameterId: number;
  value: number | null;
  unit: string;
  detectionFlag: string | null;
}

export interface ChemistryImportResult extends ImportOutcome {
  results: ImportedChemistryResultModel[];
}

type SampleRef = { name: string } | { wellName: string; at: Date };

interface CheckedResult {
  row: CsvRow;
  sample: SampleRef;
  parameterName: string;
  value: number | null;
  unit: string;
  methodText: string | null;
  analysedAt: Date | null;
  detectionFlag: string | null;
  notes: string | null;
}

function checkRows(rows: readonly CsvRow[], problems: RowProblems, lexicon: LexiconCache, now: Date | undefined): CheckedResult[] {
  const latest = latestMeasurementTime(now);
  const checked: CheckedResult[] = [];
  for (const row of rows) {
    const before = problems.countFor(row);
    const sampleName = textOf(row, "sample_name");
    let sample: SampleRef | null = null;
    if (sampleName !== "") sample = { name: sampleName };
    else {
      const wellName = problems.take(row, "well_name_point_id", (t) => t || null, true);
      const at = problems.take(row, "sample_date_time", dateTimeCell, true);
      if (wellName && at) sample = { wellName, at };
    }
    const parameterName = problems.take(row, "parameter", (t, c) => termCell(t, c, "parameter_name", lexicon), true);
    if (parameterName === GROUNDWATER_LEVEL_PARAMETER) {
      problems.add(row, "parameter", "INVALID_VALUE", "Groundwater levels are not chemistry results; import them with importWaterLevels");
    }
    const detectionFlag = textOf(row, "detection_flag") || null;
    if (detectionFlag !== null && detectionFlag.length > MAX_FLAG_LENGTH) {
      problems.add(row, "detection_flag", "INVALID_VALUE", `detection_flag must be at most ${MAX_FLAG_LENGTH} characters`);
    }
    const value = problems.take(row, "value", numberCell, detectionFlag === null);
    const unit = problems.take(row, "unit", (t, c) => termCell(t, c, "unit", lexicon), true);
    const analysedAt = problems.take(row, "analysis_date_time", dateTimeCell);
    if (analysedAt && analysedAt.getTime() > latest.getTime()) {
      problems.add(row, "analysis_date_time", "INVALID_VALUE", "analysis_date_time cannot be in the future");
    }
    if (problems.countFor(row) > before || !sample || !parameterName || !unit) continue;
    checked.push({
      row,
      sample,
      parameterName,
      value,
      unit,
      methodText: textOf(row, "analysis_method") || null,
      analysedAt,
      detectionFlag,
      notes: textOf(row, "notes") || null,
    });
  }
  return checked;
}

interface Resolved extends CheckedResult {
  sampleId: number;
  sampleName: string;
  sampleDate: Date;
  parameterId: number;
  analysisMethodId: number | null;
}

interface Lookup {
  n: number;
  sample_ids: number[] | null;
  sample_name: string | null;
  sample_date: Date | null;
  parameter_id: number | null;
  method_ids: number[] | null;
}

/** Samples, parameters (in the sample's matrix) and methods of every row, in one statement. */
async function resolveRows(runner: SqlRunner, results: readonly CheckedResult[], problems: RowProblems): Promise<Resolved[]> {
  const name = (r: CheckedResult) => ("name" in r.sample ? r.sample.name : null);
  const well = (r: CheckedResult) => ("wellName" in r.sample ? r.sample.wellName : null);
  const at = (r: CheckedResult) => ("at" in r.sample ? r.sample.at : null);
  const found = await runner.query<Lookup>(
    `SELECT u.n::int AS n, smp.ids AS sample_ids, s.sample_name, s.sample_date, p.id AS parameter_id, m.ids AS method_ids
     FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::text[], $5::text[]) WITH ORDINALITY AS u(sample_name, well_name, at, parameter, method, n)
     CROSS JOIN LATERAL (
       SELECT array_agg(s.id ORDER BY s.id) AS ids FROM sample s
       WHERE (u.sample_name IS NOT NULL AND s.sample_name = u.sample_name)
          OR (u.sample_name IS NULL AND s.sample_date = u.at AND EXISTS (
                SELECT 1 FROM field_activity fa JOIN field_event fe ON fe.id = fa.field_event_id JOIN thing t ON t.id = fe.thing_id
                WHERE fa.id = s.field_activity_id AND t.name = u.well_name AND t.thing_type = 'water well'))
     ) smp
     LEFT JOIN sample s ON s.id = smp.ids[1] AND cardinality(smp.ids) = 1
     LEFT JOIN parameter p ON p.parameter_name = u.parameter AND p.matrix = s.sample_matrix
     CROSS JOIN LATERAL (
       SELECT array_agg(am.id ORDER BY am.id) AS ids FROM analysis_method am
       WHERE u.method IS NOT NULL AND (am.analysis_method_code = u.method OR am.analysis_method_name = u.method)
     ) m
     ORDER BY u.n`,
    [results.map(name), results.map(well), results.map(at), results.map((r) => r.parameterName), results.map((r) => r.methodText)],
  );
  const resolved: Resolved[] = [];
  for (const f of found) {
    const result = results[f.n - 1];
    if (!result) continue;
    const samples = f.sample_ids ?? [];
    const column = "name" in result.sample ? "sample_name" : "sample_date_time";
    const which = "name" in result.sample ? `named "${result.sample.name}"` : `of well ${result.sample.wellName} taken at ${result.sample.at.toISOString()}`;
    if (samples.length === 0) problems.add(result.row, column, "UNKNOWN_REFERENCE", `No sample ${which}`);
    if (samples.length > 1) problems.add(result.row, column, "INVALID_VALUE", `${samples.length} samples ${which} (ids ${samples.join(", ")}); give sample_name`);
    if (samples.length === 1 && f.parameter_id === null) {
      problems.add(result.row, "parameter", "UNKNOWN_REFERENCE", `No parameter "${result.parameterName}" is measured in the sample's matrix`);
    }
    const methods = f.method_ids ?? [];
    if (result.methodText !== null && methods.length !== 1) {
      problems.add(
        result.row,
        "analysis_method",
        methods.length === 0 ? "UNKNOWN_REFERENCE" : "INVALID_VALUE",
        methods.length === 0 ? `No analysis method has the code or name "${result.methodText}"` : `${methods.length} analysis methods match "${result.methodText}"`,
      );
    }
    if (samples.length !== 1 || f.parameter_id === null || f.sample_name === null || f.sample_date === null) continue;
    if (result.methodText !== null && methods.length !== 1) continue;
    resolved.push({
      ...result,
      sampleId: samples[0] ?? 0,
      sampleName: f.sample_name,
      sampleDate: new Date(f.sample_date),
      parameterId: f.parameter_id,
      analysisMethodId: methods[0] ?? null,
    });
  }
  return resolved;
}

async function writeResults(
  runner: SqlRunner,
  results: readonly Resolved[],
  own: { releaseStatus: string; createdById: string | null; createdByName: string | null },
): Promise<ImportedChemistryResultModel[]> {
  const ids = await allocateIds(runner, ["observation"], results.length);
  await insertColumns(runner, "observation", [
    { name: "id", type: "int", values: ids.observation },
    { name: "sample_id", type: "int", values: results.map((r) => r.sampleId) },
    { name: "parameter_id", type: "int", values: results.map((r) => r.parameterId) },
    { name: "analysis_method_id", type: "int", values: results.map((r) => r.analysisMethodId) },
    { name: "observation_datetime", type: "timestamptz", values: results.map((r) => (r.analysedAt ?? r.sampleDate).toISOString()) },
    { name: "value", type: "float8", values: results.map((r) => r.value) },
    { name: "unit", type: "text", values: results.map((r) => r.unit) },
    { name: "detection_flag", type: "text", values: results.map((r) => r.detectionFlag) },
    { name: "notes", type: "text", values: results.map((r) => r.notes) },
    { name: "release_status", type: "text", values: repeat(own.releaseStatus, results.length) },
    { name: "created_by_id", type: "text", values: repeat(own.createdById, results.length) },
    { name: "created_by_name", type: "text", values: repeat(own.createdByName, results.length) },
  ]);
  return results.map((r, i) => ({
    row: r.row.row,
    sampleId: r.sampleId,
    sampleName: r.sampleName,
    observationId: ids.observation[i] ?? 0,
    parameterId: r.parameterId,
    value: r.value,
    unit: r.unit,
    detectionFlag: r.detectionFlag,
  }));
}

export async function importChemistryResults(deps: ImportDeps, csv: string, options: ImportOptions = {}): Promise<ChemistryImportResult> {
  const progress = options.onProgress ?? (() => undefined);
  progress({ phase: "reading", done: 0, total: 0 });
  const read = await readCsvTable(csv, { required: CHEMISTRY_REQUIRED_COLUMNS, maxRows: options.maxRows ?? DEFAULT_MAX_IMPORT_ROWS });
  if (!read.ok) return { ...rejected(read.problems, read.rowsRead), results: [] };
  const { rows } = read.table;
  progress({ phase: "validating", done: 0, total: rows.length });
  const problems = new RowProblems();
  const checked = checkRows(rows, problems, deps.lexicon, options.now);
  const audit = auditFields(deps, "create");
  const own = { releaseStatus: options.releaseStatus ?? releaseStatusValues.DRAFT, createdById: audit.createdById ?? null, createdByName: audit.createdByName ?? null };

  const { written, ...outcome } = await writeAllOrNothing(deps, rows.length, problems, progress, {
    check: (runner) => resolveRows(runner, checked, problems),
    total: (resolved) => resolved.length,
    write: (runner, resolved) => writeResults(runner, resolved, own),
  });
  return { ...outcome, results: written };
}
