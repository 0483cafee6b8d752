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
  // Times are handled as integer epoch milliseconds (exact; bucket arithmetic in int8). The
  // points are never materialised as a whole: one scan counts them, one more scan either
  // aggregates them all or, when downsampling, hashes them into buckets keeping per bucket
  // min([value, ms]) and max([value, -ms]) (smallest / largest value, earliest time on ties), so
  // neither step sorts the series or holds it in a tuplestore.
  const ms = (t: Prisma.Sql) => Prisma.sql`round(date_part('epoch', ${t}) * 1000)::int8`;
  return Prisma.sql`
    WITH stats AS (
      SELECT count(*)::int AS n, ${ms(Prisma.sql`min(p.t)`)} AS lo, ${ms(Prisma.sql`max(p.t)`)} AS hi FROM (${points}) p
    ),
    agg AS (
      SELECT min(ARRAY[x.v, x.ms::float8]) AS lo, max(ARRAY[x.v, -x.ms::float8]) AS hi
      FROM (
        SELECT p.v, ${ms(Prisma.sql`p.t`)} AS ms, stats.lo AS first_ms, stats.hi AS last_ms
        FROM (${points}) p, stats
        WHERE ${downsample}::boolean AND stats.n > ${limit}::int AND p.v IS NOT NULL
      ) x
      GROUP BY CASE WHEN x.last_ms = x.first_ms THEN 0
        ELSE least((x.ms - x.first_ms) * ${buckets}::int8 / (x.last_ms - x.first_ms), ${buckets - 1}::int8) END
    ),
    chosen AS (
      SELECT ${ms(Prisma.sql`p.t`)} AS ms, p.v FROM (${points}) p WHERE (SELECT n FROM stats) <= ${limit}::int
      UNION ALL
      (SELECT lo[2]::int8, lo[1] FROM agg UNION SELECT (-hi[2])::int8, hi[1] FROM agg)
    )
    SELECT (SELECT n FROM stats) AS "totalCount",
      json_build_object(
        't', COALESCE(json_agg(c.ms ORDER BY c.ms, c.v), '[]'::json),
        'v', COALESCE(json_agg(c.v ORDER BY c.ms, c.v), '[]'::json)
      )::text AS columns
    FROM chosen c`;
}
