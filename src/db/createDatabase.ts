/**
 * The database handle of one server process: a `pg` pool owned by us (so its usage can be
 * reported) and the Prisma client running over it through `@prisma/adapter-pg`.
 *
 * Contract: every statement runs with the configured `statement_timeout` and without JIT
 * compilation (startup parameters; behind a transaction pooler, which refuses them, both are role
 * or database settings: docs/replicas-and-pgbouncer.md); a request that cannot get a connection
 * within `acquireTimeoutMs` fails instead of queueing indefinitely. A lost or unobtainable
 * connection fails with a SQLSTATE of class 08 (lostConnections.ts).
 * `statementCount` counts the SQL statements Prisma has sent, for tests and diagnostics.
 * Each statement is also counted into the current request's tally (`statementCounter.ts`).
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { PrismaClient } from "../generated/prisma/client.js";
import { createObservedPool } from "./lostConnections.js";
import { preparedStatementName } from "./preparedStatements.js";
import { recordStatement } from "./statementCounter.js";

export interface DatabaseOptions {
  url: string;
  poolMax: number;
  acquireTimeoutMs: number;
  statementTimeoutMs: number;
  /** Send session settings as startup parameters (default true; false behind a transaction pooler). */
  startupParameters?: boolean;
}

export interface Database {
  prisma: PrismaClient;
  pool: pg.Pool;
  /** Number of SQL statements sent by `prisma` since the handle was created. */
  statementCount(): number;
  close(): Promise<void>;
}

export function createDatabase(options: DatabaseOptions): Database {
  const pool = createObservedPool({
    connectionString: options.url,
    max: options.poolMax,
    connectionTimeoutMillis: options.acquireTimeoutMs,
    idleTimeoutMillis: 30_000,
    ...(options.startupParameters === false
      ? {}
      : {
          ...(options.statementTimeoutMs > 0 ? { statement_timeout: options.statementTimeoutMs } : {}),
          // No JIT compilation: on the API's large single statements (map layers, lists)
          // PostgreSQL's LLVM JIT spent 4-9 s compiling plans that run in 0.5-4.5 s (ADR 31).
          options: "-c jit=off",
        }),
  });
  // An idle client losing its server connection must not crash the process; the pool drops it.
  pool.on("error", () => undefined);

  const prisma = new PrismaClient({
    // Marked statements are prepared, except through a transaction pooler (preparedStatements.ts).
    adapter: new PrismaPg(pool, options.startupParameters === false ? {} : { statementNameGenerator: preparedStatementName }),
    log: [{ emit: "event", level: "query" }],
  });
  let statements = 0;
  prisma.$on("query", () => {
    statements += 1;
    // Prisma emits the event in the async context of the call that sent the statement.
    recordStatement();
  });

  return {
    prisma,
    pool,
    statementCount: () => statements,
    close: async () => {
      await prisma.$disconnect();
      if (!pool.ended) await pool.end();
    },
  };
}
