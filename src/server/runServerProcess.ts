/**
 * One serving process: its pool, its Prisma client and its HTTP server on a database that is
 * already migrated. Resolves with a `stop()` that drains in-flight requests, then closes the pool
 * (idempotent: every call returns the one shutdown's promise).
 */
import type { Config } from "../config.js";
import { createDatabase } from "../db/createDatabase.js";
import { startExecutor } from "../execution/startExecutor.js";
import type { Logger } from "../logger.js";
import { startServer, type RunningServer } from "./createServer.js";
import { once } from "./once.js";

/** Pool limits of the embedded database, which multiplexes few connections (ADR 3). */
export const EMBEDDED_POOL_MAX = 8;

export interface ServingProcess {
  server: RunningServer;
  stop(): Promise<void>;
}

export async function runServerProcess(
  config: Config,
  url: string,
  isEmbeddedServer: boolean,
  logger: Logger,
): Promise<ServingProcess> {
  const database = createDatabase({
    url,
    poolMax: isEmbeddedServer ? Math.min(config.pool.max, EMBEDDED_POOL_MAX) : config.pool.max,
    acquireTimeoutMs: config.pool.acquireTimeoutMs,
    statementTimeoutMs: isEmbeddedServer ? 0 : config.pool.statementTimeoutMs,
  });
  // Heavy queries run on executor threads (not on the embedded database, which has few connections).
  const executor = isEmbeddedServer ? null : await startExecutor(config, url, logger);
  const server = await startServer({
    config,
    database,
    logger,
    ...(executor ? { executor: { pool: executor, minCost: config.executor.minCost } } : {}),
  });
  return {
    server,
    stop: once(async () => {
      await server.stop();
      await executor?.stop(config.http.shutdownGraceMs);
      await database.close();
    }),
  };
}
