/**
 * Runs once before the test files: makes sure a migrated template database with the
 * vocabulary (lexicon, parameters, regulatory limits) exists on the test server. Each test file
 * then clones it (`createTestDatabase`), so files run in parallel on databases of their own.
 *
 * Safe when several test runs start at once: an advisory lock serialises the builders, and a
 * template is built under a temporary name and renamed only when complete.
 */
import pg from "pg";

import { createDatabase } from "../../src/db/createDatabase.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { seedVocabulary } from "../../src/db/seed/seedVocabulary.js";
import { adminUrl, databaseUrl } from "./adminUrl.js";
import { templateName } from "./templateName.js";

const BUILD_LOCK_KEY = 7_340_117;
const TEMPLATES_KEPT = 6;

async function dropDatabase(admin: pg.Client, name: string): Promise<void> {
  await admin.query(`ALTER DATABASE "${name}" WITH IS_TEMPLATE false`).catch(() => undefined);
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}

async function buildTemplate(admin: pg.Client, name: string): Promise<void> {
  const building = `${name}_building`;
  await dropDatabase(admin, building);
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
}

export default async function globalSetup(): Promise<void> {
  const name = await templateName();
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query("SELECT pg_advisory_lock($1)", [BUILD_LOCK_KEY]);
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!exists.rowCount) await buildTemplate(admin, name);
    // Templates of earlier trees: keep the newest few (other runs may still be cloning them).
    const stale = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'ocotillo\\_tpl\\_%' AND datname <> $1 ORDER BY oid DESC OFFSET $2",
      [name, TEMPLATES_KEPT - 1],
    );
    for (const { datname } of stale.rows) await dropDatabase(admin, datname);
  } finally {
    await admin.query("SELECT pg_advisory_unlock($1)", [BUILD_LOCK_KEY]).catch(() => undefined);
    await admin.end();
  }
}
