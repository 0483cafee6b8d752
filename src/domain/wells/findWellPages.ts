/**
 * Things with the parts of their well page, in ONE statement (ADR 35).
 *
 * Contract: `findWellPagesById` returns, for each id the viewer may see (as `thingById` reads
 * it), the thing and its `parts` (wellPageParts.ts), in no particular order; ids it may not see
 * are absent. `findWellPageByName` is `findWellByName` (exact name, water wells, lowest id) with
 * the parts. One statement each, whatever the parts and the number of ids.
 */
import { PREPARED } from "../../db/preparedStatements.js";
import { Prisma, type PrismaClient, type Thing } from "../../generated/prisma/client.js";
import { thingColumnsSql } from "../things/thingColumns.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedSql } from "../visibility/visibilitySql.js";
import { thingTypeValues } from "../vocabulary/enumValues.js";
import type { Json } from "./modelJson.js";
import { wellPagePartsFromJson, wellPagePartsSql, type WellPageParts, type WellPageRelations } from "./wellPageParts.js";

export interface WellPage {
  thing: Thing;
  relations: WellPageRelations;
}

type WellPageRow = Thing & { _parts: Json };

/** Planning these statements costs more than running them: prepared once per connection. */
const PREPARED_SQL = Prisma.raw(PREPARED);

function toPage({ _parts, ...thing }: WellPageRow): WellPage {
  return { thing, relations: wellPagePartsFromJson(_parts) };
}

export async function findWellPagesById(
  prisma: PrismaClient,
  viewer: Viewer,
  ids: readonly number[],
  parts: WellPageParts,
  today: Date,
): Promise<WellPage[]> {
  const rows = await prisma.$queryRaw<WellPageRow[]>`${PREPARED_SQL}
    SELECT ${thingColumnsSql}, ${wellPagePartsSql(viewer, parts, today)} AS "_parts"
    FROM thing t
    WHERE t.id = ANY(${[...ids]}::int[]) AND ${releasedSql(viewer, Prisma.sql`t.release_status`)}`;
  return rows.map(toPage);
}

export async function findWellPageByName(
  prisma: PrismaClient,
  viewer: Viewer,
  name: string,
  parts: WellPageParts,
  today: Date,
): Promise<WellPage | null> {
  const rows = await prisma.$queryRaw<WellPageRow[]>`${PREPARED_SQL}
    SELECT ${thingColumnsSql}, ${wellPagePartsSql(viewer, parts, today)} AS "_parts"
    FROM thing t
    WHERE t.name = ${name} AND t.thing_type = ${thingTypeValues.WATER_WELL} AND ${releasedSql(viewer, Prisma.sql`t.release_status`)}
    ORDER BY t.id
    LIMIT 1`;
  const row = rows[0];
  return row ? toPage(row) : null;
}
