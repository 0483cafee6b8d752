/**
 * SQL fragments shared by the series queries. Column names passed in are fixed identifiers of
 * this code base, never user input; every value is a bound parameter.
 */
import { Prisma } from "../../../generated/prisma/client.js";
import type { SeriesWindow, TimeRange } from "./seriesWindow.js";

/** `time` within [from, to); TRUE when the range is unbounded. */
export function inTimeRange(time: Prisma.Sql, range: TimeRange): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (range.from) conditions.push(Prisma.sql`${time} >= ${range.from}::timestamptz`);
  if (range.to) conditions.push(Prisma.sql`${time} < ${range.to}::timestamptz`);
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
}

/**
 * Rows strictly after the window's cursor in the window's order; TRUE on the first page. The
 * plain bound on `time` repeats what the row comparison implies so that an index on time can
 * serve it.
 */
export function afterPosition(time: Prisma.Sql, id: Prisma.Sql, window: SeriesWindow): Prisma.Sql {
  if (!window.after) return Prisma.sql`TRUE`;
  const at = Prisma.sql`${window.after.at}::timestamptz`;
  const position = Prisma.sql`(${at}, ${window.after.id}::int)`;
  return window.order === "NEWEST_FIRST"
    ? Prisma.sql`${time} <= ${at} AND (${time}, ${id}) < ${position}`
    : Prisma.sql`${time} >= ${at} AND (${time}, ${id}) > ${position}`;
}

/** `ORDER BY` keys of a series in the window's order: time, then id. */
export function seriesOrderBy(time: Prisma.Sql, id: Prisma.Sql, window: SeriesWindow): Prisma.Sql {
  const direction = Prisma.raw(window.order === "NEWEST_FIRST" ? "DESC" : "ASC");
  return Prisma.sql`${time} ${direction}, ${id} ${direction}`;
}

/** The parent ids as a bound int[] parameter. */
export function idArray(ids: readonly number[]): Prisma.Sql {
  return Prisma.sql`${[...ids]}::int[]`;
}
