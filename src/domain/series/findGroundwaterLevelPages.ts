/**
 * One page of manual groundwater levels for each of several things, in ONE statement whatever
 * the number of things: the levels in the window are numbered per thing with ROW_NUMBER() in
 * the window's order and the first `take + 1` of each thing are kept (the extra row only
 * signals a next page). Results come back one connection per thing id, in the order given.
 */
import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import { manyByKey } from "../shared/keyOrder.js";
import { toConnection, type Connection } from "../shared/pagination/connection.js";
import { levelDetails, manualLevelsOf, type GroundwaterLevelRow } from "./groundwaterLevelSql.js";
import { afterPosition, inTimeRange, seriesOrderBy } from "./seriesSql.js";
import { seriesPageRequest, type SeriesWindow } from "./seriesWindow.js";
import type { Viewer } from "../visibility/viewer.js";

type LevelRecord = GroundwaterLevelRow & { rn: number };

export async function findGroundwaterLevelPages(
  prisma: PrismaClient,
  thingIds: readonly number[],
  window: SeriesWindow,
  totalCountOf: (thingId: number) => Promise<number>,
  viewer: Viewer,
): Promise<Connection<GroundwaterLevelRow>[]> {
  const time = Prisma.sql`measured_at`;
  const id = Prisma.sql`id`;
  const rows = await prisma.$queryRaw<LevelRecord[]>`
    WITH levels AS (${manualLevelsOf(thingIds, viewer)}),
    ranked AS (
      SELECT id, thing_id, ROW_NUMBER() OVER (PARTITION BY thing_id ORDER BY ${seriesOrderBy(time, id, window)})::int AS rn
      FROM levels
      WHERE ${inTimeRange(time, window.range)} AND ${afterPosition(time, id, window)}
    ),
    page AS (SELECT id, thing_id, rn FROM ranked WHERE rn <= ${window.take + 1})
    SELECT d."thingId", d.id, d."measuredAt", d.value, d."measuringPointHeight", d.method, d.reason,
      d."levelStatus", d."dataMaturity", d."releaseStatus", d.depth_numeric::float8 AS "depthToWater", page.rn
    FROM (${levelDetails(Prisma.sql`page`)}) d
    JOIN page ON page.id = d.id
    ORDER BY d."thingId", page.rn`;
  const byThing = manyByKey(thingIds, rows, (r) => r.thingId);
  return thingIds.map((thingId, i) =>
    toConnection(
      (byThing[i] ?? []).map(({ rn: _rn, ...level }) => level),
      seriesPageRequest(window),
      (l) => [l.measuredAt.toISOString(), l.id],
      () => totalCountOf(thingId),
    ),
  );
}
