/**
 * Runs once before the test files: makes sure a migrated template database with the
 * vocabulary (lexicon, parameters, regulatory limits) exists on the test server. Each test file
 * then clones it (`createTestDatabase`), so files run in parallel on databases of their own.
 */
import pg from "pg";

import { createDatabase } from "../../src/db/createDatabase.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { seedVocabulary } from "../../src/db/seed/seedVocabulary.js";
import { adminUrl, databaseUrl } from "./adminUrl.js";
import { templateName } from "./templateName.js";

export default async function globalSetup(): Promise<void> {
  const name = await templateName();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount) return;
    // Remove templates of earlier trees, then build this one under a temporary name so that a
    // crash half-way never leaves a broken template behind.
    const stale = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'ocotillo_tpl_%' OR datname LIKE 'ocotillo_t_%'",
    );
    for (const { datname } of stale.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    const building = `${name}_building`;
    await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${building}"`);
    await migrateDatabase(databaseUrl(building));
    const db = createDatabase({ url: databaseUrl(building), poolMax: 4, acquireTimeoutMs: 10_000, statementTimeoutMs: 0 });
    try {
      await seedVocabulary(db.prisma);
    } finally {
      await db.close();
    }
    await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [building],
    );
    await admin.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
    await admin.query(`ALTER DATABASE "${name}" WITH IS_TEMPLATE true`);
  } finally {
    await admin.end();
  }
}
