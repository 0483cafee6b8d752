/**
 * Things with the parts of their well page, in ONE statement (ADR 36).
 *
 * Contract: `findWellPagesById` returns, for each id the viewer may see (as `thingById` reads
 * it), the thing and its `parts` (wellPageParts.ts), in no particular order; ids it may not see
 * are absent. `findWellPageByName` is `findWellByName` (exact name, water wells, lowest id) with
 * the parts. One statement each, whatever the parts and the number of ids; the statements are
 * prepared once per connection (their planning costs more than their execution).
 */
import { preparedMarker } from "../../db/preparedStatements.js";
import { Prisma, type PrismaClient, type Thing } from "../../generated/prisma/client.js";
import { thingColumnsSql } from "../things/thingColumns.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedSql } from "../visibility/visibilitySql.js";
import { thingTypeValues } from "../vocabulary/enumValues.js";
import type { Json } from "../shared/modelJson.js";
import { wellPagePartsFromJson, wellPagePartsKey, wellPagePartsSql, type WellPageParts, type WellPageRelations } from "./wellPageParts.js";

export interface WellPage {
  thing: Thing;
  relations: WellPageRelations;
}

type WellPageRow = Thing & { _parts: Json };

function toPage({ _parts, ...thing }: WellPageRow): WellPage {
  return { thing, relations: wellPagePartsFromJson(_parts) };
}

type Where = (viewer: Viewer, key: Prisma.Sql) => Prisma.Sql;

// One id is compared as a scalar: PostgreSQL then estimates one row and keeps the prepared
// statement's generic plan instead of planning each call for the array's length.
const byId: Where = (viewer, id) => Prisma.sql`t.id = ${id}::int AND ${releasedSql(viewer, Prisma.sql`t.release_status`)}`;
const byIds: Where = (viewer, ids) => Prisma.sql`t.id = ANY(${ids}::int[]) AND ${releasedSql(viewer, Prisma.sql`t.release_status`)}`;
const byName: Where = (viewer, name) =>
  Prisma.sql`t.name = ${name} AND t.thing_type = ${thingTypeValues.WATER_WELL} AND ${releasedSql(viewer, Prisma.sql`t.release_status`)}
    ORDER BY t.id
    LIMIT 1`;

function statement(viewer: Viewer, parts: Prisma.Sql, where: Where, key: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`SELECT ${thingColumnsSql}, ${parts} AS "_parts" FROM thing t WHERE ${where(viewer, key)}`;
}

/** The parts' SQL and the statement's marker per viewer, parts, day and statement (rebuilt when the day changes). */
const built = new Map<string, { parts: Prisma.Sql; marker: string }>();

function buildFor(viewer: Viewer, parts: WellPageParts, today: Date, where: Where): { parts: Prisma.Sql; marker: string } {
  const key = `${where === byId ? "id" : where === byIds ? "ids" : "name"}|${viewer.releasedOnly}|${viewer.personalData}|${today.getTime()}|${wellPagePartsKey(parts)}`;
  const known = built.get(key);
  if (known) return known;
  const partsSql = wellPagePartsSql(viewer, parts, today);
  const entry = { parts: partsSql, marker: preparedMarker(statement(viewer, partsSql, where, Prisma.sql`${null}`).text) };
  if (built.size >= 64) built.clear();
  built.set(key, entry);
  return entry;
}

async function find(prisma: PrismaClient, viewer: Viewer, parts: WellPageParts, today: Date, where: Where, key: Prisma.Sql): Promise<WellPage[]> {
  const { parts: partsSql, marker } = buildFor(viewer, parts, today, where);
  const rows = await prisma.$queryRaw<WellPageRow[]>`${Prisma.raw(marker)}${statement(viewer, partsSql, where, key)}`;
  return rows.map(toPage);
}

export function findWellPagesById(prisma: PrismaClient, viewer: Viewer, ids: readonly number[], parts: WellPageParts, today: Date): Promise<WellPage[]> {
  if (ids.length === 1) return find(prisma, viewer, parts, today, byId, Prisma.sql`${ids[0]}`);
  return find(prisma, viewer, parts, today, byIds, Prisma.sql`${[...ids]}`);
}

export async function findWellPageByName(prisma: PrismaClient, viewer: Viewer, name: string, parts: WellPageParts, today: Date): Promise<WellPage | null> {
  return (await find(prisma, viewer, parts, today, byName, Prisma.sql`${name}`))[0] ?? null;
}
