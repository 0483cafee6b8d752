/**
 * Per-request SQL statement counting that stays exact when requests overlap.
 *
 * Contract: code running inside `countingStatements(tally, fn)` (and everything it awaits or
 * schedules, including DataLoader batches it triggers) adds one to `tally.count` for every
 * statement the database handle reports through `recordStatement()`. A statement sent outside
 * any counting scope (start-up, background listeners) is counted nowhere. Scopes do not nest:
 * an inner scope counts only into its own tally. See ADR 15.
 */
import { AsyncLocalStorage } from "node:async_hooks";

export interface StatementTally {
  /** SQL statements sent so far in this scope. */
  count: number;
}

const scope = new AsyncLocalStorage<StatementTally>();

/** Runs `fn` with `tally` as the statement counter of everything it starts. */
export function countingStatements<T>(tally: StatementTally, fn: () => T): T {
  return scope.run(tally, fn);
}

/** The tally of the current scope, or undefined outside any counting scope. */
export function currentStatementTally(): StatementTally | undefined {
  return scope.getStore();
}

/** Counts one statement into the current scope's tally (no-op outside a scope). */
export function recordStatement(): void {
  const tally = scope.getStore();
  if (tally) tally.count += 1;
}

