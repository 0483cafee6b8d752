/**
 * Allocates ids for rows about to be inserted set-based, in ONE statement: `count` values of each
 * table's id sequence, so that parent and child rows can be linked before they are written.
 */
import type { SqlRunner } from "../shared/sqlRunner.js";

/** `count` new ids of each of `tables` (their serial `id` sequence), as columns by table name. */
export async function allocateIds<T extends string>(runner: SqlRunner, tables: readonly T[], count: number): Promise<Record<T, number[]>> {
  const result = Object.fromEntries(tables.map((t) => [t, [] as number[]])) as Record<T, number[]>;
  if (count === 0) return result;
  const select = tables.map((table, i) => `nextval(pg_get_serial_sequence('"${table}"', 'id'))::int AS c${i}`).join(", ");
  const rows = await runner.query<Record<string, number>>(`SELECT ${select} FROM generate_series(1, $1::int) AS n ORDER BY n`, [count]);
  for (const row of rows) tables.forEach((table, i) => result[table].push(row[`c${i}`] ?? 0));
  return result;
}
