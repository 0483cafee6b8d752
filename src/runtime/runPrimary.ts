/**
 * The primary process: prepares the database (prepareDatabase.ts), checks the connection budget
 * (refusing a configuration that does not fit, with the numbers, exit 78), then serves: itself
 * when WEB_CONCURRENCY is 1, else through that many workers (serveWithWorkers.ts). On
 * SIGTERM/SIGINT: stops serving (in-flight requests finish), stops the embedded database, exits 0.
 */
import { announceAuthMode } from "../auth/announceAuthMode.js";
import type { Config } from "../config.js";
import { evaluateConnectionBudget } from "../db/enforceConnectionBudget.js";
import type { Logger } from "../logger.js";
import { executorConnections } from "./executor/startExecutor.js";
import { EXIT_CONFIG } from "./exitCodes.js";
import { onShutdownSignal } from "./onShutdownSignal.js";
import { prepareDatabase } from "./prepareDatabase.js";
import { serveWithWorkers } from "./serveWithWorkers.js";

export async function runPrimary(config: Config, logger: Logger): Promise<void> {
  announceAuthMode(config.auth, logger);
  const { url, embedded } = await prepareDatabase(config, logger);
  const isEmbeddedServer = embedded !== undefined || (config.database.kind === "external" && config.database.isEmbeddedServer);

  const verdict = await evaluateConnectionBudget(config, url, isEmbeddedServer, executorConnections(config));
  if (!verdict.ok) {
    logger.fatal({ needed: verdict.needed, budget: verdict.budget }, verdict.message);
    console.error(verdict.message);
    await embedded?.stop();
    process.exit(EXIT_CONFIG);
  }
  logger.info({ needed: verdict.needed, budget: verdict.budget, workers: config.workers }, verdict.message);
  if (!isEmbeddedServer && config.databaseServers.direct !== null) {
    const { checkPooledStatementTimeout } = await import("../db/databaseServers.js");
    const mismatch = await checkPooledStatementTimeout(url, config.pool.statementTimeoutMs);
    if (mismatch) logger.warn(mismatch);
  }

  let stopServing: () => Promise<void>;
  let urlShown: string;
  if (config.workers === 1) {
    // Imported only here: a primary with workers serves nothing, and each module graph costs it memory (ADR 26).
    const { runServerProcess } = await import("./runServerProcess.js");
    const serving = await runServerProcess(config, url, isEmbeddedServer, logger);
    stopServing = serving.stop;
    urlShown = serving.server.url;
  } else {
    const workers = await serveWithWorkers(config, url, isEmbeddedServer, logger);
    stopServing = workers.stop;
    urlShown = workers.url;
  }

  logger.info(
    { api: `${urlShown}/graphql`, playground: config.graphql.playground ? `${urlShown}/graphiql` : null, workers: config.workers },
    "ocotillo-graphql is ready",
  );
  console.log(`\n  API:        ${urlShown}/graphql`);
  if (config.graphql.playground) console.log(`  Playground: ${urlShown}/graphiql`);
  console.log(`  Health:     ${urlShown}/health\n`);

  onShutdownSignal(config.http.shutdownGraceMs, logger, async (signal) => {
    logger.info({ signal }, "shutting down: draining in-flight requests");
    try {
      await stopServing();
      await embedded?.stop();
      logger.info("shutdown complete");
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  });
}
