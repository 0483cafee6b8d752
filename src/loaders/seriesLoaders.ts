/**
 * Loaders of the water-level series of things, keyed by thing id.
 *
 * A series field takes arguments (window, order, page), and all parents of one field selection
 * share them: there is one loader per distinct argument set, so the series of every parent in
 * a list load in one statement per field, however many parents there are.
 */
import DataLoader from "dataloader";

import { countGroundwaterLevels } from "../domain/series/countGroundwaterLevels.js";
import { countTransducerReadings } from "../domain/series/countTransducerReadings.js";
import { findGroundwaterLevelPages } from "../domain/series/findGroundwaterLevelPages.js";
import { findTransducerReadingPages } from "../domain/series/findTransducerReadingPages.js";
import { findWaterLevelStats } from "../domain/series/findWaterLevelStats.js";
import {
  seriesWindowKey,
  timeRangeKey,
  type SeriesWindow,
  type TimeRange,
} from "../domain/series/seriesWindow.js";
import type { Viewer } from "../domain/visibility/viewer.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { loaderPerArgument } from "./loaderPerArgument.js";

/** Every series is read as `viewer` may see it (released levels and readings of released sites for callers without a role). */
export function createSeriesLoaders(prisma: PrismaClient, viewer: Viewer) {
  const groundwaterLevelCounts = loaderPerArgument(timeRangeKey, (range: TimeRange) =>
    new DataLoader((ids: readonly number[]) => countGroundwaterLevels(prisma, ids, range, viewer)),
  );
  const transducerReadingCounts = loaderPerArgument(timeRangeKey, (range: TimeRange) =>
    new DataLoader((ids: readonly number[]) => countTransducerReadings(prisma, ids, range, viewer)),
  );
  return {
    /** A page of each thing's manual groundwater levels in `window`; totalCount counts the window. */
    groundwaterLevelPages: loaderPerArgument(seriesWindowKey, (window: SeriesWindow) =>
      new DataLoader((ids: readonly number[]) =>
        findGroundwaterLevelPages(prisma, ids, window, (id) => groundwaterLevelCounts(window.range).load(id), viewer),
      ),
    ),
    /** A page of each thing's transducer readings in `window`; totalCount counts the window. */
    transducerReadingPages: loaderPerArgument(seriesWindowKey, (window: SeriesWindow) =>
      new DataLoader((ids: readonly number[]) =>
        findTransducerReadingPages(prisma, ids, window, (id) => transducerReadingCounts(window.range).load(id), viewer),
      ),
    ),
    /** The number of each thing's manual levels in a time range (the `totalCount` of their pages). */
    groundwaterLevelCounts,
    /** Count, min, max, mean and latest of each thing's manual depths to water. */
    waterLevelStatsByThingId: new DataLoader((ids: readonly number[]) => findWaterLevelStats(prisma, ids, viewer)),
  };
}
