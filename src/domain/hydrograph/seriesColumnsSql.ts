/**
 * One time series as two columns (times and values) built by PostgreSQL in ONE statement,
 * optionally downsampled, whatever the number of points.
 *
 * Contract of the statement built by `seriesColumnsSql(points, maxPoints)`, where `points` selects
 * `(t timestamptz, v float8)`: it returns one row
 * - `totalCount`: the number of points in `points`;
 * - `columns`: JSON text `{"t": [epoch milliseconds...], "v": [values...]}`, ordered by time (then
 *   value), both arrays of the same length:
 *   - with `maxPoints` null: every point when there are at most HYDROGRAPH_POINT_LIMIT, else
 *     empty arrays (the caller reports the limit; nothing large is transferred);
 *   - with `maxPoints` and at most that many points: every point;
 *   - with more points than `maxPoints`: downsampled by MIN/MAX PER TIME BUCKET. The span from the
 *     first to the last point is cut into floor(maxPoints / 2) buckets of equal duration; each
 *     bucket keeps the point with its smallest and the point with its largest value (one point
 *     when they are the same; ties go to the earlier time). Points without a value are dropped.
 *     So at most maxPoints points come back, every local extreme of bucket width survives, and
 *     gaps in time stay gaps (empty buckets return nothing).
 */
import { Prisma } from "../../generated/prisma/client.js";
import { HYDROGRAPH_POINT_LIMIT } from "./hydrographArgs.js";

/** The row of a series statement. */
export interface SeriesColumnsRow {
  totalCount: number;
  /** JSON text of `{ t: number[]; v: (number | null)[] }`. */
  columns: string;
}

export function seriesColumnsSql(points: Prisma.Sql, maxPoints: number | null): Prisma.Sql {
  const limit = maxPoints ?? HYDROGRAPH_POINT_LIMIT;
  const downsample = maxPoints !== null;
  const buckets = Math.max(1, Math.floor((maxPoints ?? 2) / 2));
  return Prisma.sql`
    WITH pts AS MATERIALIZED (${points}),
    stats AS (SELECT count(*)::int AS n, min(t) AS lo, max(t) AS hi FROM pts),
    chosen AS (
      SELECT pts.t, pts.v FROM pts, stats WHERE stats.n <= ${limit}::int
      UNION ALL
      SELECT ranked.t, ranked.v
      FROM (
        SELECT b.t, b.v,
          row_number() OVER (PARTITION BY b.bucket ORDER BY b.v ASC, b.t ASC) AS rmin,
          row_number() OVER (PARTITION BY b.bucket ORDER BY b.v DESC, b.t ASC) AS rmax
        FROM (
          SELECT pts.t, pts.v,
            CASE WHEN stats.hi = stats.lo THEN 0
              ELSE least(
                floor(extract(epoch FROM pts.t - stats.lo) * ${buckets}::int / extract(epoch FROM stats.hi - stats.lo))::int,
                ${buckets - 1}::int)
            END AS bucket
          FROM pts, stats
          WHERE ${downsample}::boolean AND stats.n > ${limit}::int AND pts.v IS NOT NULL
        ) b
      ) ranked
      WHERE ranked.rmin = 1 OR ranked.rmax = 1
    )
    SELECT stats.n AS "totalCount",
      json_build_object(
        't', COALESCE((SELECT json_agg((extract(epoch FROM c.t) * 1000)::int8 ORDER BY c.t, c.v) FROM chosen c), '[]'::json),
        'v', COALESCE((SELECT json_agg(c.v ORDER BY c.t, c.v) FROM chosen c), '[]'::json)
      )::text AS columns
    FROM stats`;
}
