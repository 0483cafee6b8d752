/**
 * The arguments of a series field (time window, order, page) parsed into one value.
 *
 * Contract: `from` is inclusive and `to` exclusive; `from` after `to` is an InvalidArgumentError,
 * as are a bad `first` or a cursor that is not a series cursor; nothing reaches the database
 * then. Two windows with equal `key` select exactly the same rows.
 */
import { InvalidArgumentError } from "../domainErrors.js";
import { cursorTime, decodeCursor, parsePageRequest, type PageRequest } from "../pagination/pageArgs.js";

/** Order of a series page: by measurement time, then by id, in the same direction. */
export type SeriesOrder = "NEWEST_FIRST" | "OLDEST_FIRST";

/** A half-open time interval [from, to); a null bound is unbounded. */
export interface TimeRange {
  from: Date | null;
  to: Date | null;
}

/** The sort key of one series entry: its time, then its id. */
export interface SeriesPosition {
  at: Date;
  id: number;
}

export interface SeriesWindow {
  range: TimeRange;
  order: SeriesOrder;
  /** Number of entries of the page. */
  take: number;
  /** Position after which the page starts (in `order`), or null for the first page. */
  after: SeriesPosition | null;
}

export interface SeriesArgs {
  from?: Date | null;
  to?: Date | null;
  first?: number | null;
  after?: string | null;
  order?: SeriesOrder | null;
}

export function parseTimeRange(args: { from?: Date | null; to?: Date | null }): TimeRange {
  const range = { from: args.from ?? null, to: args.to ?? null };
  if (range.from && range.to && range.from.getTime() > range.to.getTime()) {
    throw new InvalidArgumentError(
      `Argument "from" (${range.from.toISOString()}) must not be after "to" (${range.to.toISOString()})`,
      { argument: "from" },
    );
  }
  return range;
}

export function parseSeriesWindow(args: SeriesArgs): SeriesWindow {
  const range = parseTimeRange(args);
  const page = parsePageRequest({ first: args.first, after: null });
  return {
    range,
    order: args.order ?? "NEWEST_FIRST",
    take: page.take,
    after: args.after ? decodeSeriesCursor(args.after) : null,
  };
}

function decodeSeriesCursor(cursor: string): SeriesPosition {
  const [at, id, ...rest] = decodeCursor(cursor);
  const time = cursorTime(at);
  if (time && typeof id === "number" && rest.length === 0) {
    return { at: time, id };
  }
  throw new InvalidArgumentError('Argument "after" is not a valid cursor', { argument: "after" });
}

/** A string that is equal for two ranges exactly when they select the same times. */
export function timeRangeKey(range: TimeRange): string {
  return JSON.stringify([range.from?.toISOString() ?? null, range.to?.toISOString() ?? null]);
}

/** A string that is equal for two windows exactly when they select the same page. */
export function seriesWindowKey(window: SeriesWindow): string {
  return JSON.stringify([
    timeRangeKey(window.range),
    window.order,
    window.take,
    window.after ? [window.after.at.toISOString(), window.after.id] : null,
  ]);
}

/** The window as the generic `PageRequest` that `toConnection` takes. */
export function seriesPageRequest(window: SeriesWindow): PageRequest {
  return { take: window.take, after: window.after ? [window.after.at.toISOString(), window.after.id] : null };
}
