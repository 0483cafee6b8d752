/**
 * Bulk import of a well inventory from CSV (acceptance criteria "Bulk upload well inventory from
 * CSV"), all or nothing.
 *
 * Contract:
 * - structural problems reject the file (see readCsvTable), with the 11 required columns of
 *   WELL_INVENTORY_REQUIRED_COLUMNS;
 * - every row is checked (checkWellInventoryRow) and every problem of every row is listed;
 * - well_name_point_id must be unique in the file and must not name a stored water well
 *   (DUPLICATE_VALUE); "XY-" / "XY-XXXX" requests get the next free numbers of that prefix
 *   ("XY-0001", "XY-0002", ... after the highest stored or listed "XY-<digits>");
 * - when every row is valid, every row is written in ONE transaction (writeWellInventory);
 *   otherwise nothing is written. Inventory imports are serialised (an advisory lock), so two
 *   imports cannot generate the same name.
 */
import { auditFields } from "../shared/audit.js";
import type { SqlRunner } from "../shared/sqlRunner.js";
import { latestMeasurementTime } from "../shared/validation/latestMeasurementTime.js";
import { releaseStatusValues } from "../vocabulary/enumValues.js";
import { checkWellInventoryRow, type WellInventoryEntry } from "./checkWellInventoryRow.js";
import type { ImportDeps, ImportOptions } from "./importOptions.js";
import { rejected, type WellInventoryImportResult } from "./importResult.js";
import { DEFAULT_MAX_IMPORT_ROWS, readCsvTable, type CsvRow } from "./readCsvTable.js";
import { RowProblems, textOf } from "./rowProblems.js";
import { WELL_INVENTORY_REQUIRED_COLUMNS } from "./wellInventoryColumns.js";
import { writeAllOrNothing } from "./writeAllOrNothing.js";
import { writeWellInventory, type NamedEntry } from "./writeWellInventory.js";

/** Advisory lock serialising well-inventory imports ("WI", 0). */
export const WELL_INVENTORY_LOCK = [0x5749, 0] as const;

/** Literal names repeated in the file: every occurrence after the first is a problem. */
function checkNamesInFile(rows: readonly CsvRow[], literal: (row: CsvRow) => string | null, problems: RowProblems): void {
  const first = new Map<string, number>();
  for (const row of rows) {
    const name = literal(row);
    if (name === null) continue;
    const earlier = first.get(name);
    if (earlier === undefined) first.set(name, row.row);
    else problems.add(row, "well_name_point_id", "DUPLICATE_VALUE", `well_name_point_id "${name}" is already used by row ${earlier}`);
  }
}

async function checkStoredNames(runner: SqlRunner, rows: readonly CsvRow[], literal: (row: CsvRow) => string | null, problems: RowProblems): Promise<void> {
  const names = [...new Set(rows.map(literal).filter((n): n is string => n !== null))];
  const stored = new Set(
    (await runner.query<{ name: string }>("SELECT DISTINCT name FROM thing WHERE thing_type = 'water well' AND name = ANY($1::text[])", [names])).map(
      (r) => r.name,
    ),
  );
  for (const row of rows) {
    const name = literal(row);
    if (name !== null && stored.has(name)) {
      problems.add(row, "well_name_point_id", "DUPLICATE_VALUE", `A water well named "${name}" already exists`);
    }
  }
}

/** Names for every entry: literal ones as given, generated ones numbered after the highest in use. */
async function nameEntries(runner: SqlRunner, entries: readonly WellInventoryEntry[]): Promise<NamedEntry[]> {
  const prefixes = [...new Set(entries.flatMap((e) => (e.wellName.kind === "generated" ? [e.wellName.prefix] : [])))];
  const next = new Map<string, number>();
  if (prefixes.length > 0) {
    const stored = await runner.query<{ prefix: string; highest: number }>(
      `SELECT p.prefix, COALESCE(max(substring(t.name FROM length(p.prefix) + 1)::int), 0)::int AS highest
       FROM unnest($1::text[]) AS p(prefix)
       LEFT JOIN thing t ON t.name LIKE p.prefix || '%' AND substring(t.name FROM length(p.prefix) + 1) ~ '^[0-9]{1,9}$'
       GROUP BY p.prefix`,
      [prefixes],
    );
    for (const { prefix, highest } of stored) next.set(prefix, highest + 1);
    for (const e of entries) {
      if (e.wellName.kind !== "literal") continue;
      for (const prefix of prefixes) {
        const rest = e.wellName.name.startsWith(prefix) ? e.wellName.name.slice(prefix.length) : "";
        if (/^[0-9]{1,9}$/.test(rest)) next.set(prefix, Math.max(next.get(prefix) ?? 1, Number(rest) + 1));
      }
    }
  }
  return entries.map((e) => {
    if (e.wellName.kind === "literal") return { ...e, name: e.wellName.name };
    const number = next.get(e.wellName.prefix) ?? 1;
    next.set(e.wellName.prefix, number + 1);
    return { ...e, name: `${e.wellName.prefix}${String(number).padStart(4, "0")}` };
  });
}

export async function importWellInventory(deps: ImportDeps, csv: string, options: ImportOptions = {}): Promise<WellInventoryImportResult> {
  const progress = options.onProgress ?? (() => undefined);
  progress({ phase: "reading", done: 0, total: 0 });
  const read = await readCsvTable(csv, { required: WELL_INVENTORY_REQUIRED_COLUMNS, maxRows: options.maxRows ?? DEFAULT_MAX_IMPORT_ROWS });
  if (!read.ok) return { ...rejected(read.problems, read.rowsRead), wells: [] };
  const { rows } = read.table;
  progress({ phase: "validating", done: 0, total: rows.length });
  const problems = new RowProblems();
  const latest = latestMeasurementTime(options.now);
  const entries: WellInventoryEntry[] = [];
  for (const row of rows) {
    const entry = checkWellInventoryRow(row, problems, deps.lexicon, latest);
    if (entry) entries.push(entry);
  }
  const literal = (row: CsvRow): string | null => {
    const name = textOf(row, "well_name_point_id");
    return name === "" || /^[A-Za-z]{2,3}\s*-\s*(?:x{4})?$/i.test(name) ? null : name;
  };
  checkNamesInFile(rows, literal, problems);
  const audit = auditFields(deps, "create");
  const own = { releaseStatus: options.releaseStatus ?? releaseStatusValues.DRAFT, audit };

  const { written, ...outcome } = await writeAllOrNothing(deps, rows.length, problems, progress, {
    check: async (runner) => {
      await runner.query("SELECT 1 AS locked FROM pg_advisory_xact_lock($1::int, $2::int)", [...WELL_INVENTORY_LOCK]);
      await checkStoredNames(runner, rows, literal, problems);
      return entries;
    },
    total: (checked) => checked.length,
    write: async (runner, checked) => writeWellInventory(runner, await nameEntries(runner, checked), own, deps.lexicon),
  });
  return { ...outcome, wells: written };
}
