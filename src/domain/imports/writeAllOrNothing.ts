/**
 * The transaction of a CSV import, shared by every importer.
 *
 * Contract: `check` runs inside the transaction (so checks against stored rows see what the
 * write will see, under the importer's locks) and records row problems in `problems`. If any
 * problem was recorded, by then or before, the transaction rolls back and the outcome is
 * REJECTED_ROWS with every problem, by row. Otherwise `write` runs in the same transaction and
 * its rows are returned with an IMPORTED outcome. A database constraint violated anyway (a
 * concurrent writer) rolls back too and is reported as one CONFLICT problem; any other error
 * propagates. Either way, nothing is written unless every row is.
 */
import { mapDatabaseError } from "../shared/mapDatabaseError.js";
import { prismaRunner, type SqlRunner } from "../shared/sqlRunner.js";
import { IMPORT_TRANSACTION_TIMEOUT_MS, type ImportDeps, type ImportProgress } from "./importOptions.js";
import { imported, rejected, type ImportOutcome } from "./importResult.js";
import type { RowProblems } from "./rowProblems.js";

/** Thrown inside the transaction to roll it back and report row problems. */
class RowsRejected extends Error {
  constructor() {
    super("rows rejected");
    this.name = "RowsRejected";
  }
}

export interface AllOrNothingSteps<C, T> {
  /** Checks against stored data; returns what `write` needs. */
  check(runner: SqlRunner): Promise<C>;
  /** How many rows `write` will write, for progress reports. */
  total(checked: C): number;
  write(runner: SqlRunner, checked: C): Promise<T[]>;
}

export async function writeAllOrNothing<C, T>(
  deps: Pick<ImportDeps, "prisma">,
  rows: number,
  problems: RowProblems,
  progress: (progress: ImportProgress) => void,
  steps: AllOrNothingSteps<C, T>,
): Promise<ImportOutcome & { written: T[] }> {
  try {
    const written = await deps.prisma.$transaction(
      async (tx) => {
        const runner = prismaRunner(tx);
        const checked = await steps.check(runner);
        progress({ phase: "validating", done: rows, total: rows });
        if (!problems.isEmpty) throw new RowsRejected();
        const total = steps.total(checked);
        progress({ phase: "writing", done: 0, total });
        const result = await steps.write(runner, checked);
        progress({ phase: "writing", done: result.length, total });
        return result;
      },
      { timeout: IMPORT_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
    );
    progress({ phase: "done", done: rows, total: rows });
    return { ...imported(rows), written };
  } catch (error) {
    if (error instanceof RowsRejected) return { ...rejected(sortProblems(problems.list), rows), written: [] };
    const mapped = mapDatabaseError(error);
    if (mapped === null) throw error;
    return { ...rejected([{ kind: "CONFLICT", row: null, field: null, value: null, message: mapped.message }], rows), written: [] };
  }
}

/** Problems by row (file-level first), keeping the order rules ran within a row. */
export function sortProblems<T extends { row: number | null }>(problems: readonly T[]): T[] {
  return problems.map((p, i) => ({ p, i })).sort((a, b) => (a.p.row ?? 0) - (b.p.row ?? 0) || a.i - b.i).map((x) => x.p);
}
