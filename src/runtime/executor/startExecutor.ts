/**
 * The executor pool of one serving process, from the configuration.
 *
 * Contract: returns null when the configuration asks for no executor threads (EXECUTOR_THREADS=0,
 * the default on the embedded database); otherwise a started pool whose threads use the process's
 * database URL, timeouts, limits and log level, each with EXECUTOR_POOL_MAX connections of its
 * own (counted in the connection budget), at nice value EXECUTOR_NICENESS.
 */
import type { Config } from "../../config.js";
import type { ServerTarget } from "../../db/databaseServers.js";
import type { Logger } from "../../logger.js";
import { ExecutorPool } from "./executorPool.js";

/** How much lower than the serving thread an executor thread is scheduled (Linux nice value). */
export const EXECUTOR_NICENESS = 10;

/** Connections the executor threads of one process may open together. */
export function executorConnections(config: Pick<Config, "executor">): number {
  return config.executor.threads * config.executor.poolMax;
}

/**
 * `server` is where the threads' pools connect: the read replica when there is one (executor
 * threads run only queries), else the primary (ServerTarget of databaseServers.ts).
 */
export async function startExecutor(config: Config, server: ServerTarget, logger: Logger): Promise<ExecutorPool | null> {
  if (config.executor.threads === 0) return null;
  return ExecutorPool.start(
    {
      databaseUrl: server.url,
      poolMax: config.executor.poolMax,
      acquireTimeoutMs: config.pool.acquireTimeoutMs,
      statementTimeoutMs: server.statementTimeoutMs,
      startupParameters: server.startupParameters,
      introspection: config.graphql.introspection,
      slowOperationMs: config.observability.slowOperationMs,
      limits: config.limits,
      logLevel: config.logLevel,
      niceness: EXECUTOR_NICENESS,
      tracing: config.tracing,
      assets: config.assets,
    },
    config.executor.threads,
    logger,
  );
}
