/**
 * Applies the committed migrations to a PostgreSQL database (real server or embedded PGlite
 * behind its socket), as `prisma migrate deploy` would.
 *
 * Contract: idempotent (a second run applies nothing) and safe to run from several processes
 * at once: a session-level advisory lock serialises them, so only the first applies anything.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { noSchemaFilter, openSchemaEngine, readMigrationList } from "./schemaEngine.js";

/** Key of the advisory lock held while migrating ("ocotillo" in ASCII, truncated to int8). */
const MIGRATION_LOCK_KEY = 0x6f636f74696c6c6fn;

export interface MigrateResult {
  appliedMigrationNames: string[];
}

/** Applies every pending migration to the database at `connectionString`. */
export async function migrateDatabase(connectionString: string): Promise<MigrateResult> {
  const lockClient = new pg.Client({ connectionString });
  await lockClient.connect();
  try {
    await lockClient.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY.toString()]);
    const pool = new pg.Pool({ connectionString, max: 2 });
    const engine = await openSchemaEngine(new PrismaPg(pool));
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({
        migrationsList: await readMigrationList(),
        filters: noSchemaFilter,
      });
      return { appliedMigrationNames };
    } finally {
      engine.free();
      await pool.end();
    }
  } finally {
    await lockClient
      .query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY.toString()])
      .catch(() => undefined);
    await lockClient.end();
  }
}
