/**
 * The database a primary process serves: the one of DATABASE_URL as it is, or with no
 * DATABASE_URL the embedded database, started, migrated, and loaded with the vocabulary and the
 * demo data on first start. The caller stops `embedded` when it shuts down.
 */
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { EmbeddedDatabase } from "./embeddedDatabase/startEmbeddedDatabase.js";

export interface PreparedDatabase {
  url: string;
  /** The embedded database this process started (absent with DATABASE_URL). */
  embedded?: EmbeddedDatabase;
}

export async function prepareDatabase(config: Config, logger: Logger): Promise<PreparedDatabase> {
  if (config.database.kind === "external") return { url: config.database.url };
  logger.info({ dataDir: config.database.dataDir }, "no DATABASE_URL: starting the embedded database");
  // Imported only here: a primary on an external database loads neither Prisma nor the migration engine (ADR 26).
  const [{ startEmbeddedDatabase }, { migrateDatabase }, { createDatabase }, { prepareEmbeddedData }] = await Promise.all([
    import("./embeddedDatabase/startEmbeddedDatabase.js"),
    import("../db/migrate.js"),
    import("../db/createDatabase.js"),
    import("../db/seed/prepareEmbeddedData.js"),
  ]);
  const embedded = await startEmbeddedDatabase(config.database.dataDir);
  const { appliedMigrationNames } = await migrateDatabase(embedded.url);
  if (appliedMigrationNames.length > 0) logger.info({ appliedMigrationNames }, "migrations applied");
  if (config.database.seedDemo) {
    const database = createDatabase({ url: embedded.url, poolMax: 2, acquireTimeoutMs: 30_000, statementTimeoutMs: 0 });
    try {
      await prepareEmbeddedData(database.prisma, logger);
    } finally {
      await database.close();
    }
  }
  return { url: embedded.url, embedded };
}
