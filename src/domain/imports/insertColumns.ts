/**
 * Set-based inserts: ONE `INSERT ... SELECT FROM unnest(...)` statement for any number of rows,
 * given column by column (each column an array of the same length, with its PostgreSQL type).
 */
import type { SqlRunner } from "../shared/sqlRunner.js";

export interface InsertColumn {
  /** Column name (a fixed identifier of this code base, never input). */
  name: string;
  /** PostgreSQL element type of the array parameter, e.g. "int", "text", "timestamptz". */
  type: string;
  values: readonly unknown[];
}

/** Inserts the rows; nothing is sent when there are none. Returns the number of rows. */
export async function insertColumns(runner: SqlRunner, table: string, columns: readonly InsertColumn[]): Promise<number> {
  const rows = columns[0]?.values.length ?? 0;
  if (rows === 0) return 0;
  for (const column of columns) {
    if (column.values.length !== rows) throw new Error(`Column ${table}.${column.name} has ${column.values.length} values, expected ${rows}`);
  }
  const names = columns.map((c) => `"${c.name}"`).join(", ");
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(", ");
  await runner.query(`WITH added AS (INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays}) RETURNING 1) SELECT count(*)::int AS n FROM added`, columns.map((c) => c.values));
  return rows;
}

/** The same value for each of `count` rows. */
export function repeat<T>(value: T, count: number): T[] {
  return Array.from({ length: count }, () => value);
}
