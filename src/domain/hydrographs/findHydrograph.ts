/**
 * The hydrograph of one well: its manual and continuous (transducer) water levels over a time
 * window as columns, and the review blocks of the continuous series.
 *
 * Contract:
 * - exactly three SQL statements whatever the number of points (manual series, continuous
 *   series, blocks), run concurrently; the arrays are built by PostgreSQL (`seriesColumnsSql`),
 *   the server never holds one object per point;
 * - manual values are depths to water in feet below ground surface, computed exactly as the
 *   `groundwaterLevels` series computes them (measuring point of the observation, else of the
 *   well's history on that date); a measurement without a value has a null value;
 * - continuous values are the "groundwater level" transducer readings of every deployment at
 *   the well (feet below ground surface);
 * - blocks are the review blocks of the well and that parameter overlapping the window, by start
 *   time then id; a block's status is APPROVED only for the term "approved";
 * - an unknown well, or one the viewer may not see, gives empty series and no blocks (not an
 *   error); a viewer without a role sees only released levels, readings and blocks;
 * - a series with more than HYDROGRAPH_POINT_LIMIT points in the window and no `maxPoints` is a
 *   InvalidArgumentError naming the limit and the count.
 */
import { InvalidArgumentError } from "../shared/domainErrors.js";
import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import { GROUNDWATER_LEVEL_PARAMETER } from "../shared/series/groundwaterLevelParameter.js";
import { levelDetails, manualLevelsOf } from "../waterLevels/groundwaterLevelSql.js";
import { inTimeRange } from "../shared/series/seriesSql.js";
import type { TimeRange } from "../shared/series/seriesWindow.js";
import { seriesStreamsOf } from "../transducerSeries/transducerReadingSql.js";
import { releasedSql, visibleThingSql } from "../visibility/visibilitySql.js";
import type { Viewer } from "../visibility/viewer.js";
import { reviewStatusValues, type ReviewStatusValue } from "../vocabulary/enumValues.js";
import { HYDROGRAPH_POINT_LIMIT, type HydrographArgs } from "./hydrographArgs.js";
import { seriesColumnsSql, type SeriesColumnsRow } from "./seriesColumnsSql.js";

/** One series as parallel columns. */
export interface HydrographSeriesModel {
  /** Epoch milliseconds, ascending. */
  times: number[];
  /** Values in the order of `times`. */
  values: (number | null)[];
  /** Points in the window before downsampling. */
  totalCount: number;
  downsampled: boolean;
}

export interface HydrographBlockModel {
  id: number;
  start: Date;
  end: Date;
  status: ReviewStatusValue;
  comment: string | null;
}

export interface HydrographModel {
  wellId: number;
  range: TimeRange;
  maxPoints: number | null;
  manual: HydrographSeriesModel;
  continuous: HydrographSeriesModel;
  blocks: HydrographBlockModel[];
}

function manualPoints(wellId: number, range: TimeRange, viewer: Viewer): Prisma.Sql {
  const inWindow = Prisma.sql`(SELECT m.* FROM (${manualLevelsOf([wellId], viewer)}) m WHERE ${inTimeRange(Prisma.sql`m.measured_at`, range)})`;
  return Prisma.sql`SELECT d."measuredAt" AS t, d.depth_numeric::float8 AS v FROM (${levelDetails(inWindow)}) d`;
}

function continuousPoints(wellId: number, range: TimeRange, viewer: Viewer): Prisma.Sql {
  return Prisma.sql`
    SELECT r.observation_datetime AS t, r.value AS v
    FROM (${seriesStreamsOf([wellId], viewer)}) s
    JOIN transducer_observation r ON r.deployment_id = s.deployment_id AND r.parameter_id = s.parameter_id
    WHERE ${inTimeRange(Prisma.sql`r.observation_datetime`, range)} AND ${releasedSql(viewer, Prisma.sql`r.release_status`)}`;
}

async function findSeries(prisma: PrismaClient, points: Prisma.Sql, label: string, maxPoints: number | null): Promise<HydrographSeriesModel> {
  const [row] = await prisma.$queryRaw<SeriesColumnsRow[]>(seriesColumnsSql(points, maxPoints));
  const totalCount = row?.totalCount ?? 0;
  if (maxPoints === null && totalCount > HYDROGRAPH_POINT_LIMIT) {
    throw new InvalidArgumentError(
      `The ${label} series has ${totalCount} points in the window, more than the limit of ${HYDROGRAPH_POINT_LIMIT}; ` +
        `narrow the window or give "maxPoints" to downsample`,
      { argument: "maxPoints", limit: HYDROGRAPH_POINT_LIMIT, count: totalCount },
    );
  }
  const columns = JSON.parse(row?.columns ?? '{"t":[],"v":[]}') as { t: number[]; v: (number | null)[] };
  return { times: columns.t, values: columns.v, totalCount, downsampled: maxPoints !== null && totalCount > maxPoints };
}

async function findBlocks(prisma: PrismaClient, wellId: number, range: TimeRange, viewer: Viewer): Promise<HydrographBlockModel[]> {
  const rows = await prisma.$queryRaw<{ id: number; start: Date; end: Date; reviewStatus: string | null; comment: string | null }[]>`
    SELECT b.id, b.start_datetime AS start, b.end_datetime AS "end", b.review_status AS "reviewStatus", b.comment
    FROM transducer_observation_block b
    JOIN parameter p ON p.id = b.parameter_id
    WHERE b.thing_id = ${wellId}::int AND p.parameter_name = ${GROUNDWATER_LEVEL_PARAMETER}
      AND (${range.from}::timestamptz IS NULL OR b.end_datetime >= ${range.from}::timestamptz)
      AND (${range.to}::timestamptz IS NULL OR b.start_datetime < ${range.to}::timestamptz)
      AND ${releasedSql(viewer, Prisma.sql`b.release_status`)} AND ${visibleThingSql(viewer, Prisma.sql`b.thing_id`)}
    ORDER BY b.start_datetime, b.id`;
  return rows.map((r) => ({
    id: r.id,
    start: r.start,
    end: r.end,
    status: r.reviewStatus === reviewStatusValues.APPROVED ? reviewStatusValues.APPROVED : reviewStatusValues.NOT_REVIEWED,
    comment: r.comment,
  }));
}

export async function findHydrograph(prisma: PrismaClient, viewer: Viewer, wellId: number, args: HydrographArgs): Promise<HydrographModel> {
  const [manual, continuous, blocks] = await Promise.all([
    findSeries(prisma, manualPoints(wellId, args.range, viewer), "manual", args.maxPoints),
    findSeries(prisma, continuousPoints(wellId, args.range, viewer), "continuous", args.maxPoints),
    findBlocks(prisma, wellId, args.range, viewer),
  ]);
  return { wellId, range: args.range, maxPoints: args.maxPoints, manual, continuous, blocks };
}
