/**
 * Collects the problems of the rows of one import, with the cell value each is about.
 */
import type { CsvRow } from "./readCsvTable.js";
import { isFailure, type Cell } from "./cellRules.js";
import type { ImportProblem, ImportProblemKind } from "./importResult.js";

export class RowProblems {
  readonly list: ImportProblem[] = [];

  add(row: CsvRow, field: string | null, kind: ImportProblemKind, message: string): void {
    const value = field === null ? null : (row.values.get(field) ?? null);
    this.list.push({ kind, row: row.row, field, message, value: value === "" ? null : value });
  }

  /** The parsed cell, or null after recording its failure as INVALID_VALUE (or MISSING_VALUE when required and empty). */
  take<T>(row: CsvRow, column: string, parse: (text: string, column: string) => Cell<T>, required = false): T | null {
    const text = row.values.get(column) ?? "";
    if (required && text === "") {
      this.add(row, column, "MISSING_VALUE", `${column} is required`);
      return null;
    }
    const cell = parse(text, column);
    if (isFailure(cell)) {
      this.add(row, column, "INVALID_VALUE", cell.failure);
      return null;
    }
    return cell;
  }

  /** Number of problems recorded for `row` so far. */
  countFor(row: CsvRow): number {
    return this.list.filter((p) => p.row === row.row).length;
  }

  get isEmpty(): boolean {
    return this.list.length === 0;
  }
}

/** The trimmed text of a column ("" when absent). */
export function textOf(row: CsvRow, column: string): string {
  return row.values.get(column) ?? "";
}
