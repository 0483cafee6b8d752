/**
 * Diffs the committed migration history against `prisma/schema.prisma`.
 *
 * The history is replayed into a throwaway in-memory PGlite and the engine diffs that database
 * against the datamodel (diffing a real PostgreSQL server fails inside the wasm engine, see
 * ADR 2). An empty script means the migrations produce exactly what the schema describes.
 */
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";

import {
  noSchemaFilter,
  openSchemaEngine,
  prismaPaths,
  readMigrationList,
  readSchemaFiles,
} from "./schemaEngine.js";

export interface SchemaDiff {
  /** SQL that would bring a database built from the migrations to the schema; "" when in sync. */
  script: string;
  inSync: boolean;
}

/**
 * Replays the migrations on an empty embedded database and diffs it against the schema
 * (`prisma/schema.prisma`, or `schemaOverride` — the text of another schema — for tests).
 */
export async function diffMigrationsAgainstSchema(schemaOverride?: string): Promise<SchemaDiff> {
  const db = await PGlite.create("memory://", { extensions: { pg_trgm } });
  try {
    const engine = await openSchemaEngine(new PrismaPGlite(db));
    try {
      const migrationsList = await readMigrationList();
      if (migrationsList.migrationDirectories.length > 0) {
        await engine.applyMigrations({ migrationsList, filters: noSchemaFilter });
      }
      const files = schemaOverride === undefined
        ? await readSchemaFiles()
        : [{ path: prismaPaths.schema, content: schemaOverride }];
      const from = migrationsList.migrationDirectories.length > 0
        ? { tag: "schemaDatasource" as const, files, configDir: prismaPaths.configDir }
        : { tag: "empty" as const };
      const result = await engine.diff({
        from,
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: true,
        filters: noSchemaFilter,
      });
      const script = result.exitCode === 0 ? "" : (result.stdout ?? "");
      return { script, inSync: result.exitCode === 0 };
    } finally {
      engine.free();
    }
  } finally {
    await db.close();
  }
}
