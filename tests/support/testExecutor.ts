/**
 * Executor threads (src/runtime/executor) for a test server, over the test's own database (the
 * URL of `db`, statement timeouts and startup parameters as on a plain PostgreSQL server), with
 * everything else from `config` and silent logs. Fails when `config` asks for no threads.
 */
import { pino } from "pino";

import type { Config } from "../../src/config.js";
import type { ExecutorPool } from "../../src/runtime/executor/executorPool.js";
import { startExecutor } from "../../src/runtime/executor/startExecutor.js";

export async function startTestExecutor(db: { url: string }, config: Config): Promise<ExecutorPool> {
  const pool = await startExecutor(
    config,
    { url: db.url, statementTimeoutMs: config.pool.statementTimeoutMs, startupParameters: true },
    pino({ level: "silent" }),
  );
  if (!pool) throw new Error("the configuration starts no executor threads");
  return pool;
}
