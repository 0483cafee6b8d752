/**
 * Which server each connection of a serving process goes to (ADR 33, docs/replicas-and-pgbouncer.md).
 *
 * Contract: `primary` (DATABASE_URL, possibly a transaction pooler) takes mutations, imports and
 * the serving thread's lexicon; `read` (DATABASE_READ_URL, else null) takes GraphQL queries, the
 * read-only routes and the executor threads (which run only queries); `listener` is where the
 * lexicon LISTEN connects: the server itself (DATABASE_DIRECT_URL) when DATABASE_URL is a pooler.
 * Behind a transaction pooler no session setting is sent: the pooled handles get no
 * `statement_timeout` or `jit` startup parameter (PgBouncer refuses unknown ones), which then is a role or
 * database setting on the server (`checkPooledStatementTimeout`).
 */
import pg from "pg";

import type { Config } from "../config.js";
import type { DatabaseOptions } from "./createDatabase.js";

export interface ServerTarget {
  url: string;
  /** The `statement_timeout` to send when connecting (0: none, the server's setting applies). */
  statementTimeoutMs: number;
  /** Whether session settings may be sent as startup parameters (not to a transaction pooler). */
  startupParameters: boolean;
}

export interface DatabaseServers {
  primary: ServerTarget;
  read: ServerTarget | null;
  /** The connection settings of the lexicon LISTEN, or null for the primary handle's. */
  listenerUrl: string | null;
  /** Whether DATABASE_URL is a transaction pooler (DATABASE_DIRECT_URL given). */
  behindPooler: boolean;
}

export function databaseServers(config: Pick<Config, "pool" | "databaseServers">, url: string): DatabaseServers {
  const { read, direct } = config.databaseServers;
  const behindPooler = direct !== null;
  const timeout = config.pool.statementTimeoutMs;
  return {
    primary: { url, statementTimeoutMs: behindPooler ? 0 : timeout, startupParameters: !behindPooler },
    read: read === null ? null : { url: read, statementTimeoutMs: timeout, startupParameters: true },
    listenerUrl: direct,
    behindPooler,
  };
}

/** Pool options of a server target with the process's pool size and acquire timeout. */
export function poolOptions(target: ServerTarget, config: Pick<Config, "pool">, poolMax: number): DatabaseOptions {
  return {
    url: target.url,
    poolMax,
    acquireTimeoutMs: config.pool.acquireTimeoutMs,
    statementTimeoutMs: target.statementTimeoutMs,
    startupParameters: target.startupParameters,
  };
}

/**
 * Behind a transaction pooler: the `statement_timeout` a pooled connection really has, compared with
 * DATABASE_STATEMENT_TIMEOUT_MS. Returns null when they agree, else the message that says what to run.
 */
export async function checkPooledStatementTimeout(url: string, expectedMs: number): Promise<string | null> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let rows: { ms: string }[];
  try {
    ({ rows } = await client.query<{ ms: string }>("SELECT setting AS ms FROM pg_settings WHERE name = 'statement_timeout'"));
  } finally {
    await client.end();
  }
  const actual = Number(rows[0]?.ms ?? 0);
  if (actual === expectedMs) return null;
  return `statement_timeout through the pooler is ${actual} ms, DATABASE_STATEMENT_TIMEOUT_MS is ${expectedMs}: ` +
    `a transaction pooler keeps no session settings, so make it a role setting on the server ` +
    `(ALTER ROLE <user> SET statement_timeout = ${expectedMs})`;
}
