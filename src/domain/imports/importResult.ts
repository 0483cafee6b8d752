/**
 * The outcome of a bulk CSV import, shared by every importer, the GraphQL mutations, the HTTP
 * route and the command line.
 *
 * Contract: an import is all or nothing. `status` is
 * - IMPORTED: every row was written (in one transaction); `problems` is empty;
 * - REJECTED_ROWS: at least one row is invalid; nothing was written; `problems` lists EVERY
 *   problem found (row, field, message, value), not only the first;
 * - REJECTED_FILE: the file itself is unusable (a structural problem, each of its own `kind`);
 *   nothing was read further and nothing was written.
 * `summary.validationErrors` is the number of problems listed.
 */

/** What kind of problem a file or a row has. */
export type ImportProblemKind =
  // structural: the file as a whole
  | "EMPTY_FILE"
  | "NO_DATA_ROWS"
  | "WRONG_DELIMITER"
  | "REPEATED_HEADER"
  | "DUPLICATE_COLUMN"
  | "TOO_MANY_ROWS"
  | "MISSING_COLUMNS"
  | "MALFORMED_CSV"
  // one row
  | "MISSING_VALUE"
  | "INVALID_VALUE"
  | "DUPLICATE_VALUE"
  | "UNKNOWN_REFERENCE"
  | "CONFLICT";

export const STRUCTURAL_PROBLEM_KINDS: ReadonlySet<ImportProblemKind> = new Set([
  "EMPTY_FILE",
  "NO_DATA_ROWS",
  "WRONG_DELIMITER",
  "REPEATED_HEADER",
  "DUPLICATE_COLUMN",
  "TOO_MANY_ROWS",
  "MISSING_COLUMNS",
  "MALFORMED_CSV",
]);

export interface ImportProblem {
  kind: ImportProblemKind;
  /** Data row number (1 = the first row after the header); null for problems of the whole file. */
  row: number | null;
  /** CSV column the problem is about, or null. */
  field: string | null;
  message: string;
  /** The offending value as written in the file, or null. */
  value: string | null;
}

export type ImportStatus = "IMPORTED" | "REJECTED_ROWS" | "REJECTED_FILE";

export interface ImportSummary {
  /** Data rows read from the file (0 when the file was rejected before its rows were read). */
  totalRowsProcessed: number;
  /** Data rows written (0 unless every row was valid). */
  totalRowsImported: number;
  /** Number of problems listed. */
  validationErrors: number;
}

export interface ImportOutcome {
  status: ImportStatus;
  summary: ImportSummary;
  problems: ImportProblem[];
}

/** One manual water level written by an import. */
export interface ImportedWaterLevelModel {
  row: number;
  wellName: string;
  wellId: number;
  fieldEventId: number;
  sampleId: number;
  observationId: number;
  measuredAt: Date;
  levelStatus: string;
  dataQuality: string;
}

/** One well written by a well-inventory import. */
export interface ImportedWellModel {
  row: number;
  name: string;
  wellId: number;
  locationId: number;
  contactIds: number[];
}

export interface WaterLevelImportResult extends ImportOutcome {
  waterLevels: ImportedWaterLevelModel[];
}

export interface WellInventoryImportResult extends ImportOutcome {
  wells: ImportedWellModel[];
}

/** An outcome that rejects the file or its rows with `problems`; `rows` were read. */
export function rejected(problems: ImportProblem[], rows: number): ImportOutcome {
  const structural = problems.some((p) => STRUCTURAL_PROBLEM_KINDS.has(p.kind));
  return {
    status: structural ? "REJECTED_FILE" : "REJECTED_ROWS",
    summary: { totalRowsProcessed: rows, totalRowsImported: 0, validationErrors: problems.length },
    problems,
  };
}

/** An outcome of `rows` rows all written. */
export function imported(rows: number): ImportOutcome {
  return { status: "IMPORTED", summary: { totalRowsProcessed: rows, totalRowsImported: rows, validationErrors: 0 }, problems: [] };
}

/** HTTP status of an outcome: 201 written, 422 invalid rows, 400 unusable file. */
export function httpStatusOf(outcome: ImportOutcome): 201 | 400 | 422 {
  if (outcome.status === "IMPORTED") return 201;
  return outcome.status === "REJECTED_FILE" ? 400 : 422;
}
