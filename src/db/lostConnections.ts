/**
 * A `pg` pool whose failures say what they are. The pg driver reports a connection that died
 * ("Connection terminated unexpectedly", "Client has encountered a connection error and is not
 * queryable") and a connection it could not open with plain Errors that carry no code; this pool
 * gives them one, so that every layer above (the Prisma adapter, classifyError) recognises a lost
 * database by its SQLSTATE and never by message text.
 *
 * Contract of `createObservedPool(config)`:
 * - an error of a query (on a client or through `pool.query`) on a connection that has failed (the
 *   client emitted `error`) and that carries no code of its own becomes a ConnectionLostError with
 *   SQLSTATE 08006 (connection_failure);
 * - an error without a code while opening a connection or acquiring one from the pool (the
 *   connection dropped during start-up, the acquire timeout, a pool that is closing) becomes a
 *   ConnectionLostError with SQLSTATE 08001 (unable to establish a connection);
 * - errors the server sent (with their own SQLSTATE) and socket errors (with their code) pass
 *   unchanged; promise and callback calls alike;
 * - a client that loses its connection while checked out and idle never crashes the process
 *   with an unhandled `error` event.
 */
import pg from "pg";

export class ConnectionLostError extends Error {
  readonly code: "08001" | "08006";
  /** Shaped like a server error, so the Prisma adapter passes the SQLSTATE on. */
  readonly severity = "ERROR";

  constructor(code: "08001" | "08006", cause: unknown) {
    super(code === "08001" ? "Could not get a connection to the database" : "The connection to the database was lost", { cause });
    this.name = "ConnectionLostError";
    this.code = code;
  }
}

type Translate = (error: unknown) => unknown;
type AnyCall = (this: unknown, ...args: unknown[]) => unknown;

function isThenable(value: unknown): value is Promise<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === "function";
}

function hasCode(error: unknown): boolean {
  return typeof (error as { code?: unknown } | null)?.code === "string";
}

/** Replaces `target[method]` with the same call whose errors (promise or callback) pass through `translate`. */
function translateErrors(target: object, method: "query" | "connect", translate: Translate): void {
  const slots = target as Record<string, unknown>;
  const original = slots[method] as AnyCall;
  slots[method] = function (this: unknown, ...args: unknown[]): unknown {
    const last = args.at(-1);
    if (typeof last === "function") {
      const callback = last as (error: unknown, ...rest: unknown[]) => void;
      args[args.length - 1] = (error: unknown, ...rest: unknown[]) => callback(error ? translate(error) : error, ...rest);
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    return isThenable(result)
      ? result.then(undefined, (error: unknown) => {
          throw translate(error);
        })
      : result;
  };
}

const unableToConnect: Translate = (error) => (hasCode(error) ? error : new ConnectionLostError("08001", error));

/** Errors a client emitted because its connection failed (what `pool.query` may hand on as they are). */
const connectionFailures = new WeakSet<object>();

/** A code-less error of a failed connection as ConnectionLostError 08006; anything else unchanged. */
const lostConnection: Translate = (error) =>
  typeof error === "object" && error !== null && connectionFailures.has(error) && !hasCode(error) ? new ConnectionLostError("08006", error) : error;

class ObservedClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    let lost = false;
    // Registered first, so the error is known before the pool's own listeners see it.
    this.on("error", (error: unknown) => {
      lost = true;
      if (typeof error === "object" && error !== null) connectionFailures.add(error);
    });
    translateErrors(this, "query", (error) => (lost && !(error instanceof pg.DatabaseError) && !hasCode(error) ? new ConnectionLostError("08006", error) : error));
    translateErrors(this, "connect", unableToConnect);
  }
}

export function createObservedPool(config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool({ ...config, Client: ObservedClient });
  translateErrors(pool, "connect", unableToConnect);
  // pool.query hands a client's connection error to its caller directly (not through client.query).
  translateErrors(pool, "query", lostConnection);
  return pool;
}
