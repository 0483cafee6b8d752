/**
 * The "current" row of a dated history (status, monitoring frequency, measuring point, consent).
 *
 * Contract: a row is current on `today` when `startDate <= today` and (`endDate` is null or
 * `endDate >= today`); among several current rows the one with the newest start date wins, then
 * the highest id. `today` is the UTC calendar date, as a Date at UTC midnight (the form Prisma
 * uses for `@db.Date` columns); one request uses one `today` throughout.
 */
import type { Prisma } from "../../generated/prisma/client.js";

export interface Period {
  id: number;
  startDate: Date;
  endDate: Date | null;
}

/** The UTC calendar date of `now`, at UTC midnight. */
export function todayUtc(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Prisma condition selecting the rows current on `today` (any history model with start/end dates). */
export function currentPeriodWhere(today: Date): {
  startDate: Prisma.DateTimeFilter;
  OR: [{ endDate: null }, { endDate: { gte: Date } }];
} {
  return { startDate: { lte: today }, OR: [{ endDate: null }, { endDate: { gte: today } }] };
}

export function isCurrentPeriod(row: Period, today: Date): boolean {
  return row.startDate.getTime() <= today.getTime() && (row.endDate === null || row.endDate.getTime() >= today.getTime());
}

/** The current row of one history (rows in any order), or null. */
export function currentOf<R extends Period>(rows: readonly R[], today: Date): R | null {
  let best: R | null = null;
  for (const row of rows) {
    if (!isCurrentPeriod(row, today)) continue;
    if (
      best === null ||
      row.startDate.getTime() > best.startDate.getTime() ||
      (row.startDate.getTime() === best.startDate.getTime() && row.id > best.id)
    ) {
      best = row;
    }
  }
  return best;
}
