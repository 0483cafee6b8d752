/**
 * The arguments of `hydrograph` parsed into one value.
 *
 * Contract: `from` is inclusive, `to` exclusive, `from` after `to` is an InvalidArgumentError (as for
 * the series fields); `maxPoints`, when given, is an integer in [2, HYDROGRAPH_POINT_LIMIT], else
 * InvalidArgumentError naming the argument and the bounds. Nothing reaches the database on a bad
 * argument.
 */
import { InvalidArgumentError } from "../shared/domainErrors.js";
import { parseTimeRange, type TimeRange } from "../shared/series/seriesWindow.js";

/**
 * Most points one series of a hydrograph may return. Without `maxPoints`, a series with more
 * points in the window is an InvalidArgumentError naming this limit; `maxPoints` may not exceed it.
 */
export const HYDROGRAPH_POINT_LIMIT = 200_000;

/** Fewest points a downsampled series may be asked for (one bucket: its minimum and maximum). */
export const HYDROGRAPH_MIN_POINTS = 2;

export interface HydrographArgs {
  range: TimeRange;
  /** Largest number of points per series, or null for every point (up to the limit). */
  maxPoints: number | null;
}

export function parseHydrographArgs(args: { from?: Date | null; to?: Date | null; maxPoints?: number | null }): HydrographArgs {
  const range = parseTimeRange(args);
  const maxPoints = args.maxPoints ?? null;
  if (
    maxPoints !== null &&
    (!Number.isInteger(maxPoints) || maxPoints < HYDROGRAPH_MIN_POINTS || maxPoints > HYDROGRAPH_POINT_LIMIT)
  ) {
    throw new InvalidArgumentError(
      `Argument "maxPoints" must be between ${HYDROGRAPH_MIN_POINTS} and ${HYDROGRAPH_POINT_LIMIT} (got ${maxPoints})`,
      { argument: "maxPoints" },
    );
  }
  return { range, maxPoints };
}
