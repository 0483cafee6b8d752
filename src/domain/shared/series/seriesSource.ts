/**
 * What the generic series reads (`countSeriesEntries`, `findSeriesPages`) need to know of one
 * series of things (manual groundwater levels, transducer readings): its relations and columns.
 *
 * Contract of an implementation:
 * - `entriesOf(thingIds, viewer)` is a relation with at least `id`, `thing_id` and the column named
 *   by `time`: every entry of the things that the viewer may see;
 * - `candidatesOf(thingIds, window, viewer)` is a relation with the same columns (and any more the
 *   series needs later): the entries of each thing within `window.range` strictly after the
 *   window's cursor; it may keep fewer, as long as the first `window.take + 1` of each thing in the
 *   window's order (time, then id) are among them;
 * - `rowsOf(page)` is a statement selecting one `Row` per row of the relation `page` (the columns of
 *   the candidates plus `rn`, the entry's position in its thing's page from 1), ordered by thing and
 *   `rn`;
 * - `timeOf(row)` is the row's time (the cursor of a series entry is its time, then its id).
 * Column names are fixed identifiers of this code base, never user input.
 */
import type { Prisma } from "../../../generated/prisma/client.js";
import type { Viewer } from "../../visibility/viewer.js";
import type { SeriesWindow } from "./seriesWindow.js";

export interface SeriesSource<Row extends { thingId: number; id: number }> {
  /** The time column of `entriesOf` and `candidatesOf`. */
  time: Prisma.Sql;
  entriesOf(thingIds: readonly number[], viewer: Viewer): Prisma.Sql;
  candidatesOf(thingIds: readonly number[], window: SeriesWindow, viewer: Viewer): Prisma.Sql;
  rowsOf(page: Prisma.Sql): Prisma.Sql;
  timeOf(row: Row): Date;
}
