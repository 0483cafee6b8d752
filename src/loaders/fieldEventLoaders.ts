/**
 * Loaders of field visits: pages of each site's events (one loader per distinct window, so the
 * events of every well of a page load in one statement), events by id, and the parts of events
 * (participants, activities, samples of activities), each one statement per batch. Everything is
 * read as `viewer` may see it: for callers without a role, released events of visible sites and
 * released participants, activities and samples.
 */
import DataLoader from "dataloader";

import { countFieldEvents, findFieldEventPages } from "../domain/fieldWork/findFieldEventPages.js";
import { visibleFieldEventWhere } from "../domain/fieldWork/fieldEventSql.js";
import { seriesWindowKey, timeRangeKey, type SeriesWindow, type TimeRange } from "../domain/shared/series/seriesWindow.js";
import type { Viewer } from "../domain/visibility/viewer.js";
import { releasedWhere } from "../domain/visibility/visibilityWhere.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { manyByKey, oneByKey } from "../domain/shared/keyOrder.js";
import { loaderPerArgument } from "./loaderPerArgument.js";

export function createFieldEventLoaders(prisma: PrismaClient, viewer: Viewer) {
  const fieldEventCounts = loaderPerArgument(timeRangeKey, (range: TimeRange) =>
    new DataLoader((ids: readonly number[]) => countFieldEvents(prisma, viewer, ids, range)),
  );
  return {
    /** A page of each site's field events in `window` (newest first); totalCount counts the window's range. */
    fieldEventPages: loaderPerArgument(seriesWindowKey, (window: SeriesWindow) =>
      new DataLoader((ids: readonly number[]) =>
        findFieldEventPages(prisma, viewer, ids, window, (id) => fieldEventCounts(window.range).load(id)),
      ),
    ),
    /** A field event by id, or null (also when the viewer may not see it). */
    fieldEventById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await prisma.fieldEvent.findMany({ where: { id: { in: [...ids] }, ...visibleFieldEventWhere(viewer) } }), (e) => e.id),
    ),
    /** Participants of each event, by id. */
    participantsByFieldEventId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(
        ids,
        await prisma.fieldEventParticipant.findMany({ where: { fieldEventId: { in: [...ids] }, ...releasedWhere(viewer) }, orderBy: { id: "asc" } }),
        (p) => p.fieldEventId,
      ),
    ),
    /** Activities of each event, by id. */
    activitiesByFieldEventId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(
        ids,
        await prisma.fieldActivity.findMany({ where: { fieldEventId: { in: [...ids] }, ...releasedWhere(viewer) }, orderBy: { id: "asc" } }),
        (a) => a.fieldEventId,
      ),
    ),
    /** Samples of each activity, by sample date, then id. */
    samplesByFieldActivityId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(
        ids,
        await prisma.sample.findMany({
          where: { fieldActivityId: { in: [...ids] }, ...releasedWhere(viewer) },
          orderBy: [{ sampleDate: "asc" }, { id: "asc" }],
        }),
        (s) => s.fieldActivityId,
      ),
    ),
  };
}
