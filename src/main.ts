/**
 * `npm start`: runs the API. With DATABASE_URL it serves that PostgreSQL database; without it,
 * it starts the embedded database (PGlite in a child process, data in EMBEDDED_DATA_DIR),
 * migrates it and loads the demo data on first start. SIGTERM/SIGINT: stop accepting, finish
 * in-flight requests, close the pool, stop the embedded database, exit 0.
 */
import { ConfigError, parseConfig } from "./config.js";
import { createDatabase } from "./db/createDatabase.js";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./db/embedded/startEmbeddedDatabase.js";
import { migrateDatabase } from "./db/migrate.js";
import { createLogger } from "./logger.js";
import { startServer } from "./server/createServer.js";
import { prepareEmbeddedData } from "./db/seed/prepareEmbeddedData.js";

async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);

  let embedded: EmbeddedDatabase | undefined;
  let url: string;
  if (config.database.kind === "embedded") {
    logger.info({ dataDir: config.database.dataDir }, "no DATABASE_URL: starting the embedded database");
    embedded = await startEmbeddedDatabase(config.database.dataDir);
    url = embedded.url;
    const { appliedMigrationNames } = await migrateDatabase(url);
    if (appliedMigrationNames.length > 0) logger.info({ appliedMigrationNames }, "migrations applied");
  } else {
    url = config.database.url;
  }

  const database = createDatabase({
    url,
    poolMax: embedded ? Math.min(config.pool.max, 8) : config.pool.max,
    acquireTimeoutMs: config.pool.acquireTimeoutMs,
    statementTimeoutMs: embedded ? 0 : config.pool.statementTimeoutMs,
  });
  if (config.database.kind === "embedded" && config.database.seedDemo) {
    await prepareEmbeddedData(database.prisma, logger);
  }

  const server = await startServer({ config, database, logger });
  logger.info(
    { api: `${server.url}/graphql`, playground: config.graphql.playground ? `${server.url}/graphiql` : null },
    "ocotillo-graphql is ready",
  );
  console.log(`\n  API:        ${server.url}/graphql`);
  if (config.graphql.playground) console.log(`  Playground: ${server.url}/graphiql`);
  console.log(`  Health:     ${server.url}/health\n`);

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: draining in-flight requests");
    try {
      await server.stop();
      await database.close();
      await embedded?.stop();
      logger.info("shutdown complete");
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

process.on("unhandledRejection", (reason) => {
  console.error("unhandled rejection (kept running):", reason);
});

main().catch((error: unknown) => {
  console.error("ocotillo-graphql failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
