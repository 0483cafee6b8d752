/**
 * Start-up check: refuses a configuration whose processes could open more connections than the
 * database allows this service (ADR 14; with a replica or a pooler, ADR 33). Reads each server's
 * limit over one short connection.
 *
 * Contract: every server the processes connect to is checked on its own and all must fit
 * (`executorConnections` is what the executor threads of one process open together, given by the
 * caller that starts them, and counted only on a real server):
 * - the primary: pool + lexicon listener (+ executor pools when there is no replica);
 * - the read replica (DATABASE_READ_URL): its pool + the executor pools;
 * - behind a transaction pooler (DATABASE_DIRECT_URL): the pooled connections against the pooler's
 *   client limit (DATABASE_CONNECTION_BUDGET, else DATABASE_POOLER_MAX_CLIENT_CONN, else PgBouncer's
 *   default 100), the listeners against the server's own limit read over the direct URL.
 */
import pg from "pg";

import type { Config } from "../config.js";
import { checkConnectionBudget, combineVerdicts, readServerLimit, type BudgetInput, type BudgetVerdict, type ServerLimit } from "./connectionBudget.js";

/** Pool limit of a process on the embedded database, which multiplexes few connections (ADR 3). */
export const EMBEDDED_POOL_MAX = 8;

/** Connections each process holds outside its pool: the lexicon LISTEN connection. */
export const DEDICATED_CONNECTIONS_PER_PROCESS = 1;

/** PgBouncer's default `max_client_conn`, the pooler limit assumed when none is configured. */
export const PGBOUNCER_DEFAULT_MAX_CLIENT_CONN = 100;

async function serverLimit(url: string): Promise<ServerLimit> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await readServerLimit(client);
  } finally {
    await client.end();
  }
}

export async function evaluateConnectionBudget(
  config: Config,
  url: string,
  isEmbeddedServer: boolean,
  executorConnections: number,
): Promise<BudgetVerdict> {
  const poolMax = isEmbeddedServer ? Math.min(config.pool.max, EMBEDDED_POOL_MAX) : config.pool.max;
  // Executor threads run only against a real server, with pools of their own.
  const executor = isEmbeddedServer ? 0 : executorConnections;
  const { read, direct, poolerMaxClientConn } = isEmbeddedServer ? { read: null, direct: null, poolerMaxClientConn: null } : config.databaseServers;
  const explicit = config.connectionBudget.explicit;
  const common = { workers: config.workers, reserve: config.connectionBudget.reserve };
  const check = async (input: Omit<BudgetInput, "workers" | "reserve">, limitUrl: string) =>
    checkConnectionBudget({ ...common, ...input }, input.explicitBudget === null ? await serverLimit(limitUrl) : null);

  const verdicts: BudgetVerdict[] = [];
  const primaryExecutor = read === null ? executor : 0;
  if (direct === null) {
    verdicts.push(await check({
      poolMax,
      extraPerProcess: DEDICATED_CONNECTIONS_PER_PROCESS,
      executorPerProcess: primaryExecutor,
      explicitBudget: explicit,
      ...(read === null ? {} : { server: "primary" }),
    }, url));
  } else {
    verdicts.push(await check({
      poolMax,
      extraPerProcess: 0,
      executorPerProcess: primaryExecutor,
      explicitBudget: explicit ?? poolerMaxClientConn ?? PGBOUNCER_DEFAULT_MAX_CLIENT_CONN,
      explicitSource: explicit !== null ? "DATABASE_CONNECTION_BUDGET" : poolerMaxClientConn !== null ? "DATABASE_POOLER_MAX_CLIENT_CONN" : "PgBouncer's default max_client_conn",
      server: "pooler",
    }, url));
    verdicts.push(await check({
      poolMax: 0,
      extraPerProcess: DEDICATED_CONNECTIONS_PER_PROCESS,
      explicitBudget: null,
      server: "primary, direct",
    }, direct));
  }
  if (read !== null) {
    verdicts.push(await check({
      poolMax,
      extraPerProcess: 0,
      executorPerProcess: executor,
      explicitBudget: null,
      server: "read replica",
    }, read));
  }
  return combineVerdicts(verdicts);
}
