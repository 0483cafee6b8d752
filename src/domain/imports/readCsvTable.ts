/**
 * Reads CSV text into a header and data rows, reporting structural problems of the file.
 *
 * Contract:
 * - input is UTF-8 text, comma-delimited, with a header row; a leading BOM is ignored; blank lines
 *   and lines of empty cells are skipped; cells and column names are trimmed;
 * - structural problems, each a problem of its own kind (see ImportProblemKind), all found ones
 *   reported together: EMPTY_FILE (nothing but whitespace), MALFORMED_CSV (NUL bytes, unbalanced
 *   quotes, a row with more cells than the header), WRONG_DELIMITER (a header split by semicolons
 *   or tabs rather than commas), DUPLICATE_COLUMN (one per repeated name), MISSING_COLUMNS (one per
 *   required column absent), NO_DATA_ROWS, REPEATED_HEADER (one per data row equal to the header),
 *   TOO_MANY_ROWS (reading stops after `maxRows` + 1 rows);
 * - rows with fewer cells than the header read the missing cells as empty;
 * - the text is parsed in chunks with a yield to the event loop between them, so a large file
 *   does not stall other requests.
 */
import { Readable } from "node:stream";
import { setImmediate } from "node:timers/promises";

import { parse } from "csv-parse";

import { textProblem } from "../shared/validation/inputPolicy.js";
import type { ImportProblem } from "./importResult.js";

/** Default largest number of data rows an import accepts. */
export const DEFAULT_MAX_IMPORT_ROWS = 10_000;

export interface CsvRow {
  /** Data row number: 1 is the first row after the header. */
  row: number;
  /** Trimmed cell of each header column ("" when absent). */
  values: ReadonlyMap<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

export type CsvReadResult = { ok: true; table: CsvTable } | { ok: false; problems: ImportProblem[]; rowsRead: number };

export interface CsvSpec {
  /** Columns that must be present in the header. */
  required: readonly string[];
  /** Largest number of data rows accepted. */
  maxRows: number;
}

const CHUNK = 64 * 1024;

function structural(kind: ImportProblem["kind"], message: string, extra: Partial<ImportProblem> = {}): ImportProblem {
  return { kind, row: null, field: null, value: null, message, ...extra };
}

/** The text in chunks, yielding to the event loop between them (parsing never holds it long). */
async function* chunks(text: string): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += CHUNK) {
    yield text.slice(i, i + CHUNK);
    await setImmediate();
  }
}

/** The header line, unparsed (up to the first line break). */
function firstLine(text: string): string {
  const end = text.search(/\r?\n/);
  return end === -1 ? text : text.slice(0, end);
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

export async function readCsvTable(input: string, spec: CsvSpec): Promise<CsvReadResult> {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  if (text.trim() === "") return { ok: false, problems: [structural("EMPTY_FILE", "The file is empty")], rowsRead: 0 };
  if (textProblem(text) !== null) {
    // The input policy (NUL bytes; a decoded UTF-8 body has no unpaired surrogate).
    return { ok: false, problems: [structural("MALFORMED_CSV", "The file is not UTF-8 text (it contains NUL bytes)")], rowsRead: 0 };
  }
  const headerLine = firstLine(text.trimStart());
  const commas = count(headerLine, ",");
  for (const [char, name] of [
    [";", "semicolons"],
    ["\t", "tabs"],
  ] as const) {
    if (count(headerLine, char) > commas) {
      return {
        ok: false,
        problems: [structural("WRONG_DELIMITER", `The header is delimited by ${name}; use commas`, { value: char })],
        rowsRead: 0,
      };
    }
  }

  const parser = Readable.from(chunks(text)).pipe(
    parse({ bom: true, relax_column_count: true, skip_empty_lines: true, skip_records_with_empty_values: true, info: true }),
  );
  let header: string[] | null = null;
  const problems: ImportProblem[] = [];
  const rows: CsvRow[] = [];
  let normalisedHeader = "";
  let dataRows = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const cells = record.map((c) => c.trim());
      if (header === null) {
        header = cells;
        normalisedHeader = cells.map((c) => c.toLowerCase()).join("\u0001");
        continue;
      }
      dataRows += 1;
      if (dataRows > spec.maxRows) {
        problems.push(structural("TOO_MANY_ROWS", `The file has more than ${spec.maxRows} data rows, the most one import accepts; split it`));
        break;
      }
      if (cells.map((c) => c.toLowerCase()).join("\u0001") === normalisedHeader) {
        problems.push(structural("REPEATED_HEADER", `Data row ${dataRows} (line ${info.lines}) repeats the header row`, { row: dataRows }));
        continue;
      }
      if (cells.length > header.length) {
        problems.push(
          structural("MALFORMED_CSV", `Data row ${dataRows} (line ${info.lines}) has ${cells.length} cells, more than the ${header.length} columns of the header`, {
            row: dataRows,
          }),
        );
        continue;
      }
      const values = new Map<string, string>();
      header.forEach((column, i) => {
        if (!values.has(column)) values.set(column, cells[i] ?? "");
      });
      rows.push({ row: dataRows, values });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [structural("MALFORMED_CSV", `The file is not valid CSV: ${message}`)], rowsRead: dataRows };
  }

  const columns = header ?? [];
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const column of columns) {
    if (seen.has(column)) duplicates.add(column);
    seen.add(column);
  }
  const headerProblems: ImportProblem[] = [
    ...[...duplicates].map((column) =>
      structural("DUPLICATE_COLUMN", `The column "${column}" appears more than once in the header`, { field: column, value: column }),
    ),
    ...spec.required
      .filter((column) => !seen.has(column))
      .map((column) => structural("MISSING_COLUMNS", `The required column "${column}" is missing from the header`, { field: column })),
  ];
  if (dataRows === 0) headerProblems.push(structural("NO_DATA_ROWS", "The file has a header but no data rows"));
  const all = [...headerProblems, ...problems];
  if (all.length > 0) return { ok: false, problems: all, rowsRead: Math.min(dataRows, spec.maxRows) };
  return { ok: true, table: { header: columns, rows } };
}
