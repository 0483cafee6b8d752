/**
 * The manual groundwater levels of things as a series (SeriesSource, read by countSeriesEntries and
 * findSeriesPages): the entries are `manualLevelsOf` (time `measured_at`); a page's candidates are
 * every level of the thing in the window after the cursor; a row is a GroundwaterLevelRow
 * (`levelDetails`, depth to water as float8).
 */
import { Prisma } from "../../generated/prisma/client.js";
import type { SeriesSource } from "../shared/series/seriesSource.js";
import { afterPosition, inTimeRange } from "../shared/series/seriesSql.js";
import { levelDetails, manualLevelsOf, type GroundwaterLevelRow } from "./groundwaterLevelSql.js";

const time = Prisma.sql`measured_at`;

export const groundwaterLevelSeries: SeriesSource<GroundwaterLevelRow> = {
  time,
  entriesOf: manualLevelsOf,
  candidatesOf: (thingIds, window, viewer) => Prisma.sql`
    SELECT levels.*
    FROM (${manualLevelsOf(thingIds, viewer)}) levels
    WHERE ${inTimeRange(time, window.range)} AND ${afterPosition(time, Prisma.sql`id`, window)}`,
  rowsOf: (page) => Prisma.sql`
    SELECT d."thingId", d.id, d."measuredAt", d.value, d."measuringPointHeight", d.method, d.reason,
      d."levelStatus", d."dataMaturity", d."releaseStatus", d.depth_numeric::float8 AS "depthToWater"
    FROM (${levelDetails(page)}) d
    JOIN ${page} ON ${page}.id = d.id
    ORDER BY d."thingId", ${page}.rn`,
  timeOf: (level) => level.measuredAt,
};
