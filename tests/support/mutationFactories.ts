/**
 * Helpers for the mutation tests: the GraphQL selection of the typed errors, row counts of tables
 * (to prove that a failed mutation wrote nothing), and calendar dates relative to today.
 */
import type { PrismaClient } from "../../src/generated/prisma/client.js";

const ERROR_SELECTIONS = {
  ValidationError: "... on ValidationError { message fieldErrors { path message } }",
  ConflictError: "... on ConflictError { message constraint fields }",
  NotFoundError: "... on NotFoundError { message entity id }",
} as const;

/**
 * Selects `__typename` and every field of the given typed errors (all three by default); a union
 * may only be spread with the error types it has.
 */
export function errorFields(...kinds: (keyof typeof ERROR_SELECTIONS)[]): string {
  const chosen = kinds.length > 0 ? kinds : (Object.keys(ERROR_SELECTIONS) as (keyof typeof ERROR_SELECTIONS)[]);
  return `__typename ${chosen.map((k) => ERROR_SELECTIONS[k]).join(" ")}`;
}

/** Selects every field of the three typed errors (for unions that have all three). */
export const ERROR_FIELDS = errorFields();

/** Row count of each table (table names as in the database). */
export async function countRows(prisma: PrismaClient, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const rows = await prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table}"`);
    counts[table] = Number(rows[0]?.n ?? -1);
  }
  return counts;
}

/** The UTC calendar date `days` from today, "YYYY-MM-DD". */
export function isoDay(days = 0): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days)).toISOString().slice(0, 10);
}

/** A calendar date as Prisma returns `@db.Date` values (UTC midnight). */
export function utcDay(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/**
 * Adds a CHECK constraint to `table` of the test database that rejects rows whose `column` equals
 * `value`: a database-level failure the API does not anticipate, to prove that a nested write
 * rolls back as a whole.
 */
export async function rejectValueInDatabase(prisma: PrismaClient, table: string, column: string, value: string): Promise<string> {
  const name = `test_reject_${table}_${column}`;
  await prisma.$executeRawUnsafe(
    `ALTER TABLE "${table}" ADD CONSTRAINT "${name}" CHECK ("${column}" IS DISTINCT FROM '${value.replace(/'/g, "''")}')`,
  );
  return name;
}
