/**
 * Start-up check: refuses a configuration whose processes could open more connections than the
 * database allows this service (ADR "Connection budget"). Reads the server's limit over one short connection.
 */
import pg from "pg";

import type { Config } from "../config.js";
import { executorConnections } from "../execution/startExecutor.js";
import { checkConnectionBudget, readServerLimit, type BudgetVerdict } from "./connectionBudget.js";

/** Connections each process holds outside its pool: the lexicon LISTEN connection. */
export const DEDICATED_CONNECTIONS_PER_PROCESS = 1;

export async function evaluateConnectionBudget(config: Config, url: string, isEmbeddedServer: boolean): Promise<BudgetVerdict> {
  const poolMax = isEmbeddedServer ? Math.min(config.pool.max, 8) : config.pool.max;
  let limit = null;
  if (config.connectionBudget.explicit === null) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      limit = await readServerLimit(client);
    } finally {
      await client.end();
    }
  }
  return checkConnectionBudget(
    {
      workers: config.workers,
      poolMax,
      extraPerProcess: DEDICATED_CONNECTIONS_PER_PROCESS,
      // Executor threads run only against a real server (runServerProcess), with pools of their own.
      executorPerProcess: isEmbeddedServer ? 0 : executorConnections(config),
      reserve: config.connectionBudget.reserve,
      explicitBudget: config.connectionBudget.explicit,
    },
    limit,
  );
}
