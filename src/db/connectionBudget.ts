/**
 * The connection budget: every server process may open `poolMax` pooled connections plus
 * `extraPerProcess` dedicated ones (the vocabulary listener) plus `executorPerProcess` in the
 * pools of its executor threads, and all processes together must fit what the database allows
 * this service.
 *
 * Contract: `checkConnectionBudget` is pure and returns either the numbers that fit or a refusal
 * whose message gives every number, so start-up can stop with it.
 */
import type pg from "pg";

export interface BudgetInput {
  /** Server processes that will run (WEB_CONCURRENCY). */
  workers: number;
  /** Pool size of each process (DATABASE_POOL_MAX). */
  poolMax: number;
  /** Connections each process holds outside its pool (e.g. LISTEN). */
  extraPerProcess: number;
  /** Connections of each process's executor threads (their own pools; 0 or absent when none). */
  executorPerProcess?: number;
  /** Connections to leave for administrators, migrations and other clients. */
  reserve: number;
  /** An explicit budget (DATABASE_CONNECTION_BUDGET); when set, the server's limit is not consulted. */
  explicitBudget: number | null;
  /** The setting the explicit budget comes from (default DATABASE_CONNECTION_BUDGET). */
  explicitSource?: string;
  /** Which server this budget is about, when there are several (e.g. "read replica"). */
  server?: string;
}

export interface ServerLimit {
  maxConnections: number;
  superuserReserved: number;
}

export type BudgetVerdict =
  | { ok: true; needed: number; budget: number; message: string }
  | { ok: false; needed: number; budget: number; message: string };

export function checkConnectionBudget(input: BudgetInput, limit: ServerLimit | null): BudgetVerdict {
  const executor = input.executorPerProcess ?? 0;
  const needed = input.workers * (input.poolMax + input.extraPerProcess + executor);
  const budget = input.explicitBudget ?? (limit ? limit.maxConnections - limit.superuserReserved - input.reserve : Infinity);
  const source = input.explicitBudget !== null
    ? `${input.explicitSource ?? "DATABASE_CONNECTION_BUDGET"}=${input.explicitBudget}`
    : limit
      ? `max_connections ${limit.maxConnections} - superuser_reserved_connections ${limit.superuserReserved} - DATABASE_RESERVED_CONNECTIONS ${input.reserve} = ${budget}`
      : "no limit known";
  const parts = [
    ...(input.poolMax > 0 ? [`DATABASE_POOL_MAX ${input.poolMax}`] : []),
    ...(input.extraPerProcess > 0 ? [`${input.extraPerProcess} listener`] : []),
    ...(executor > 0 ? [`${executor} executor`] : []),
  ];
  const demand = `WEB_CONCURRENCY ${input.workers} x (${parts.join(" + ")}) = ${needed}`;
  const server = input.server ? ` (${input.server})` : "";
  return needed <= budget
    ? { ok: true, needed, budget, message: `connection budget${server}: ${demand} <= ${source}` }
    : {
        ok: false,
        needed,
        budget,
        message: `Connection budget exceeded${server}: ${demand} connections needed, but the budget is ${source}. ` +
          (executor > 0
            ? "Lower WEB_CONCURRENCY, DATABASE_POOL_MAX, EXECUTOR_THREADS or EXECUTOR_POOL_MAX, or raise the database's max_connections."
            : "Lower WEB_CONCURRENCY or DATABASE_POOL_MAX, or raise the database's max_connections."),
      };
}

/** Reads the server's connection limit. */
export async function readServerLimit(client: pg.Client | pg.Pool): Promise<ServerLimit> {
  const result = await client.query<{ name: string; setting: string }>(
    "SELECT name, setting FROM pg_settings WHERE name IN ('max_connections', 'superuser_reserved_connections')",
  );
  const setting = (name: string): number => Number(result.rows.find((r) => r.name === name)?.setting ?? 0);
  return { maxConnections: setting("max_connections"), superuserReserved: setting("superuser_reserved_connections") };
}

/** One verdict for several servers: ok when every one is; the numbers of the first refusal (else the first). */
export function combineVerdicts(verdicts: BudgetVerdict[]): BudgetVerdict {
  const first = verdicts.find((v) => !v.ok) ?? verdicts[0];
  if (!first) throw new Error("combineVerdicts needs at least one verdict");
  const message = verdicts.map((v) => v.message).join("; ");
  return first.ok ? { ...first, ok: true, message } : { ...first, ok: false, message };
}
