/**
 * The migration history: it produces exactly what prisma/schema.prisma describes, applying it is
 * idempotent, and concurrent appliers do not collide.
 */
import { readFile } from "node:fs/promises";

import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

import { migrateDatabase } from "../src/db/migrate.js";
import { diffMigrationsAgainstSchema } from "../src/db/schemaDiff.js";
import { prismaPaths, readMigrationList } from "../src/db/schemaEngine.js";
import { adminUrl, databaseUrl } from "./support/adminUrl.js";
import { uniqueName } from "./support/factories.js";

const created: string[] = [];

async function emptyDatabase(): Promise<string> {
  const name = uniqueName("ocotillo_t_mig").replace(/-/g, "_");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  created.push(name);
  return databaseUrl(name);
}

afterAll(async () => {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

describe("schema drift", () => {
  it("the migrations produce exactly what schema.prisma describes", async () => {
    const diff = await diffMigrationsAgainstSchema();
    expect(diff.script).toBe("");
    expect(diff.inSync).toBe(true);
  }, 60_000);

  it("detects a schema change that has no migration", async () => {
    const schema = await readFile(prismaPaths.schema, "utf8");
    const edited = schema.replace(/model Thing \{\n/, "model Thing {\n  driftProbe String? @map(\"drift_probe\")\n");
    expect(edited).not.toBe(schema);
    const diff = await diffMigrationsAgainstSchema(edited);
    expect(diff.inSync).toBe(false);
    expect(diff.script).toContain('ALTER TABLE "thing" ADD COLUMN     "drift_probe" TEXT');
  }, 60_000);
});

describe("npm run db:migrate", () => {
  it("creates the full model on an empty database, records it as prisma does, and a second run does nothing", async () => {
    const url = await emptyDatabase();
    const { migrationDirectories } = await readMigrationList();
    const first = await migrateDatabase(url);
    expect(first.appliedMigrationNames).toEqual(migrationDirectories.map((d) => d.path));
    const second = await migrateDatabase(url);
    expect(second.appliedMigrationNames).toEqual([]);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const applied = await client.query(
        "SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at FROM _prisma_migrations ORDER BY migration_name",
      );
      expect(applied.rows.map((r) => r.migration_name)).toEqual(migrationDirectories.map((d) => d.path));
      expect(applied.rows.every((r) => r.finished && r.rolled_back_at === null && /^[0-9a-f]{64}$/.test(r.checksum))).toBe(true);
      const tables = await client.query(
        "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'",
      );
      expect(tables.rows[0].n).toBe(51); // 49 + latest_manual_level (ADR 27) + api_key (ADR 29)
      // Prisma creates unique constraints as unique indexes; FKs and CHECKs are constraints.
      const named = await client.query(
        `SELECT conname AS name FROM pg_constraint WHERE conname IN ('thing_thing_type_fkey', 'check_transuder_block_time_order')
         UNION ALL
         SELECT indexname FROM pg_indexes WHERE indexname IN ('uq_contact_name_organization', 'uq_parameter_name_matrix')
         ORDER BY 1`,
      );
      expect(named.rows.map((r) => r.name)).toEqual([
        "check_transuder_block_time_order",
        "thing_thing_type_fkey",
        "uq_contact_name_organization",
        "uq_parameter_name_matrix",
      ]);
    } finally {
      await client.end();
    }
  }, 120_000);

  it("lets two processes migrate the same database at once: one applies, the other finds nothing to do", async () => {
    const url = await emptyDatabase();
    const results = await Promise.all([migrateDatabase(url), migrateDatabase(url)]);
    const counts = results.map((r) => r.appliedMigrationNames.length).sort();
    const { migrationDirectories } = await readMigrationList();
    expect(counts).toEqual([0, migrationDirectories.length]);
  }, 120_000);
});
