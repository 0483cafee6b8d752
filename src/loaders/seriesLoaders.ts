/**
 * Loaders of the water-level series of things, keyed by thing id.
 *
 * A series field takes arguments (window, order, page), and all parents of one field selection
 * share them: there is one loader per distinct argument set, so the series of every parent in
 * a list load in one statement per field, however many parents there are.
 */
import DataLoader from "dataloader";

import { countSeriesEntries } from "../domain/shared/series/countSeriesEntries.js";
import { findSeriesPages } from "../domain/shared/series/findSeriesPages.js";
import { groundwaterLevelSeries } from "../domain/waterLevels/groundwaterLevelSeries.js";
import { findWaterLevelStats } from "../domain/waterLevels/findWaterLevelStats.js";
import { transducerReadingSeries } from "../domain/transducerSeries/transducerReadingSeries.js";
import {
  seriesWindowKey,
  timeRangeKey,
  type SeriesWindow,
  type TimeRange,
} from "../domain/shared/series/seriesWindow.js";
import type { Viewer } from "../domain/visibility/viewer.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { loaderPerArgument } from "./loaderPerArgument.js";

/** Every series is read as `viewer` may see it (released levels and readings of released sites for callers without a role). */
export function createSeriesLoaders(prisma: PrismaClient, viewer: Viewer) {
  const groundwaterLevelCounts = loaderPerArgument(timeRangeKey, (range: TimeRange) =>
    new DataLoader((ids: readonly number[]) => countSeriesEntries(prisma, groundwaterLevelSeries, ids, range, viewer)),
  );
  const transducerReadingCounts = loaderPerArgument(timeRangeKey, (range: TimeRange) =>
    new DataLoader((ids: readonly number[]) => countSeriesEntries(prisma, transducerReadingSeries, ids, range, viewer)),
  );
  return {
    /** A page of each thing's manual groundwater levels in `window`; totalCount counts the window. */
    groundwaterLevelPages: loaderPerArgument(seriesWindowKey, (window: SeriesWindow) =>
      new DataLoader((ids: readonly number[]) =>
        findSeriesPages(prisma, groundwaterLevelSeries, ids, window, (id) => groundwaterLevelCounts(window.range).load(id), viewer),
      ),
    ),
    /** A page of each thing's transducer readings in `window`; totalCount counts the window. */
    transducerReadingPages: loaderPerArgument(seriesWindowKey, (window: SeriesWindow) =>
      new DataLoader((ids: readonly number[]) =>
        findSeriesPages(prisma, transducerReadingSeries, ids, window, (id) => transducerReadingCounts(window.range).load(id), viewer),
      ),
    ),
    /** The number of each thing's manual levels in a time range (the `totalCount` of their pages). */
    groundwaterLevelCounts,
    /** Count, min, max, mean and latest of each thing's manual depths to water. */
    waterLevelStatsByThingId: new DataLoader((ids: readonly number[]) => findWaterLevelStats(prisma, ids, viewer)),
  };
}
