/**
 * One serving process: its pool (and its read replica's, databaseServers.ts), its Prisma clients,
 * its executor threads (on a real server; handed to the HTTP server as its GraphQL offload) and
 * its HTTP server on a database that is already migrated. Resolves with a `stop()` that
 * drains in-flight requests, then closes the pools (idempotent: every call returns the one
 * shutdown's promise).
 */
import type { Config } from "../config.js";
import { createDatabase } from "../db/createDatabase.js";
import { databaseServers, poolOptions } from "../db/databaseServers.js";
import { EMBEDDED_POOL_MAX } from "../db/enforceConnectionBudget.js";
import type { Logger } from "../logger.js";
import { startServer, type RunningServer } from "../server/createServer.js";
import { once } from "../server/once.js";
import { startTracing } from "../tracing/startTracing.js";
import { executorOffload } from "./executor/executorOffload.js";
import { startExecutor } from "./executor/startExecutor.js";

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
  const tracing = await startTracing(config.tracing);
  if (isEmbeddedServer) {
    const database = createDatabase({ url, poolMax: Math.min(config.pool.max, EMBEDDED_POOL_MAX), acquireTimeoutMs: config.pool.acquireTimeoutMs, statementTimeoutMs: 0 });
    const server = await startServer({ config, database, logger, ...(tracing ? { tracer: tracing.tracer } : {}) });
    return {
      server,
      stop: once(async () => {
        await server.stop();
        await database.close();
        await tracing?.shutdown();
      }),
    };
  }
  const servers = databaseServers(config, url);
  const database = createDatabase(poolOptions(servers.primary, config, config.pool.max));
  const readDatabase = servers.read ? createDatabase(poolOptions(servers.read, config, config.pool.max)) : null;
  // Heavy queries run on executor threads (not on the embedded database, which has few connections).
  const executor = await startExecutor(config, servers.read ?? servers.primary, logger);
  const server = await startServer({
    config,
    database,
    ...(readDatabase ? { readDatabase } : {}),
    ...(servers.listenerUrl ? { listenerUrl: servers.listenerUrl } : {}),
    ...(tracing ? { tracer: tracing.tracer } : {}),
    logger,
    ...(executor ? { offload: executorOffload(executor, config.executor.minCost) } : {}),
  });
  return {
    server,
    stop: once(async () => {
      await server.stop();
      await executor?.stop(config.http.shutdownGraceMs);
      await database.close();
      await readDatabase?.close();
      await tracing?.shutdown();
    }),
  };
}
