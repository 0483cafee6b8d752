/**
 * `npm start`: runs the API.
 *
 * The primary process prepares the database (with no DATABASE_URL: starts the embedded database,
 * migrates it and loads the demo data on first start), checks the connection budget (refusing a
 * configuration that does not fit, with the numbers), then serves: itself when WEB_CONCURRENCY is
 * 1, else through that many worker processes sharing the port (node:cluster), restarted if they
 * crash. SIGTERM/SIGINT: stop accepting, finish in-flight requests, close pools, stop the embedded
 * database, exit 0.
 */
import cluster from "node:cluster";

import { announceAuthMode } from "./auth/announceAuthMode.js";
import { ConfigError, parseConfig, type Config } from "./config.js";
import type { EmbeddedDatabase } from "./db/embedded/startEmbeddedDatabase.js";
import { evaluateConnectionBudget } from "./db/enforceConnectionBudget.js";
import { createLogger, type Logger } from "./logger.js";
import { serveClusterMetrics } from "./server/clusterMetrics.js";

// The schema, resolvers, Prisma and the migration engine are imported only by the process that
// needs them: a cluster primary serves nothing, and each module graph costs it memory (ADR 26).
const importServing = () => import("./server/runServerProcess.js");

const EXIT_CONFIG = 78;
/** Time past the grace period that closing pools and threads may take before the process exits regardless. */
const SHUTDOWN_MARGIN_MS = 2_000;

function loadConfig(): Config {
  try {
    return parseConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(EXIT_CONFIG);
    }
    throw error;
  }
}

/** Starts, migrates and seeds the embedded database when there is no DATABASE_URL. */
async function prepareDatabase(config: Config, logger: Logger): Promise<{ url: string; embedded?: EmbeddedDatabase }> {
  if (config.database.kind === "external") return { url: config.database.url };
  logger.info({ dataDir: config.database.dataDir }, "no DATABASE_URL: starting the embedded database");
  const [{ startEmbeddedDatabase }, { migrateDatabase }, { createDatabase }, { prepareEmbeddedData }] = await Promise.all([
    import("./db/embedded/startEmbeddedDatabase.js"),
    import("./db/migrate.js"),
    import("./db/createDatabase.js"),
    import("./db/seed/prepareEmbeddedData.js"),
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

/**
 * Owns SIGTERM/SIGINT for the process (Apollo's own handlers are off: stopOnTerminationSignals):
 * the first signal runs `run` once, later signals are ignored; if `run` has not exited the process
 * when `graceMs` plus a margin has passed (a pool stuck reconnecting, a thread that will not
 * end), the process exits 0 anyway: the HTTP server has drained or closed its connections by then.
 */
function onShutdownSignal(graceMs: number, logger: Logger, run: (signal: string) => Promise<void>): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => {
      logger.warn({ signal, graceMs }, "shutdown did not finish within the grace period: exiting");
      process.exit(0);
    }, graceMs + SHUTDOWN_MARGIN_MS).unref();
    void run(signal);
  };
  process.on("SIGTERM", () => handler("SIGTERM"));
  process.on("SIGINT", () => handler("SIGINT"));
}

async function runWorker(config: Config, logger: Logger): Promise<void> {
  if (config.database.kind !== "external") throw new Error("a worker needs the database URL of its primary");
  const { runServerProcess } = await importServing();
  const serving = await runServerProcess(config, config.database.url, config.database.isEmbeddedServer, logger);
  onShutdownSignal(config.http.shutdownGraceMs, logger, async () => {
    try {
      await serving.stop();
    } catch (error) {
      logger.error({ err: error }, "worker shutdown failed");
    }
    process.exit(0);
  });
}

async function runPrimary(config: Config, logger: Logger): Promise<void> {
  announceAuthMode(config.auth, logger);
  const { url, embedded } = await prepareDatabase(config, logger);
  const isEmbeddedServer = embedded !== undefined || (config.database.kind === "external" && config.database.isEmbeddedServer);

  const verdict = await evaluateConnectionBudget(config, url, isEmbeddedServer);
  if (!verdict.ok) {
    logger.fatal({ needed: verdict.needed, budget: verdict.budget }, verdict.message);
    console.error(verdict.message);
    await embedded?.stop();
    process.exit(EXIT_CONFIG);
  }
  logger.info({ needed: verdict.needed, budget: verdict.budget, workers: config.workers }, verdict.message);
  if (!isEmbeddedServer && config.databaseServers.direct !== null) {
    const { checkPooledStatementTimeout } = await import("./db/databaseServers.js");
    const mismatch = await checkPooledStatementTimeout(url, config.pool.statementTimeoutMs);
    if (mismatch) logger.warn(mismatch);
  }

  let stopWorkers: () => Promise<void>;
  let urlShown: string;
  if (config.workers === 1) {
    const { runServerProcess } = await importServing();
    const serving = await runServerProcess(config, url, isEmbeddedServer, logger);
    stopWorkers = serving.stop;
    urlShown = serving.server.url;
  } else {
    const env = { DATABASE_URL: url, OCOTILLO_EMBEDDED_DATABASE: String(isEmbeddedServer) };
    let stopping = false;
    serveClusterMetrics(); // GET /metrics of any worker reports all workers
    const fork = () => cluster.fork(env);
    for (let i = 0; i < config.workers; i += 1) fork();
    await new Promise<void>((resolve) => {
      let listening = 0;
      cluster.on("listening", () => {
        listening += 1;
        if (listening === config.workers) resolve();
      });
    });
    cluster.on("exit", (worker, code, signal) => {
      if (stopping) return;
      logger.error({ pid: worker.process.pid, code, signal }, "worker died: starting a replacement");
      fork();
    });
    stopWorkers = async () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
      await Promise.all(
        workers.map((w) => new Promise<void>((resolve) => {
          w.once("exit", () => resolve());
          w.process.kill("SIGTERM");
        })),
      );
    };
    const host = config.http.host.includes(":") ? `[${config.http.host}]` : config.http.host;
    urlShown = `http://${host}:${config.http.port}`;
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
      await stopWorkers();
      await embedded?.stop();
      logger.info("shutdown complete");
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  });
}

process.on("unhandledRejection", (reason) => {
  console.error("unhandled rejection (kept running):", reason);
});

const config = loadConfig();
const logger = createLogger(config.logLevel);
(cluster.isPrimary ? runPrimary(config, logger) : runWorker(config, logger)).catch((error: unknown) => {
  console.error("ocotillo-graphql failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
