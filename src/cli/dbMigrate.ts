/**
 * npm run db:migrate (compiled: node dist/cli/dbMigrate.js)
 *
 * Applies pending migrations to DATABASE_URL (or, without it, to the embedded database in
 * EMBEDDED_DATA_DIR), as `prisma migrate deploy` does. Safe to repeat and to run concurrently.
 */
import { parseConfig } from "../config.js";
import { startEmbeddedDatabase } from "../runtime/embeddedDatabase/startEmbeddedDatabase.js";
import { migrateDatabase } from "../db/migrate.js";

const config = parseConfig();
const embedded = config.database.kind === "embedded"
  ? await startEmbeddedDatabase(config.database.dataDir)
  : undefined;
try {
  const url = config.database.kind === "external" ? config.database.url : embedded!.url;
  const { appliedMigrationNames } = await migrateDatabase(url);
  console.log(
    appliedMigrationNames.length === 0
      ? "Database is up to date: no migration applied."
      : `Applied ${appliedMigrationNames.length} migration(s):\n  ${appliedMigrationNames.join("\n  ")}`,
  );
} finally {
  await embedded?.stop();
}
