/**
 * One page of things matching a filter in a given order, with a lazily counted total.
 * Contract: two statements when the total is asked for (page + count), one otherwise, whatever
 * the filter (spatial conditions included) and the ordering; none when `take` is 0 and the total
 * is not asked for. Cursors are keyset cursors of the ordering (see thingOrder.ts); a page jump
 * (`page.offset`) skips rows of the ordering in the same statement. Page and count hold only
 * things the viewer may see.
 * With `include`, the same one statement also reads what the caller says it will need (ADR 26):
 * the total (then `totalCount()` sends nothing more when the page has rows), and for each thing
 * on the page its current location (`currentLocationSql`, the rule of `currentLocationByThingId`)
 * and its groups by name (as `groupsByThingId`), and the caller's `extra` JSON (a well page's
 * parts, ADR 36), handed to the callbacks before the call resolves.
 */
import { Prisma, type Group, type Location, type PrismaClient, type Thing } from "../../generated/prisma/client.js";
import { toConnection, type Connection } from "../shared/pagination/connection.js";
import { offsetOf, type PageRequest } from "../shared/pagination/pageArgs.js";
import { thingColumnsSql } from "./thingColumns.js";
import type { ThingListFilter } from "./thingFilter.js";
import { thingFilterSql } from "./thingFilterSql.js";
import { DEFAULT_THING_ORDER, keysetSql, sortExpression, thingCursorKey, thingOrderSql, type ThingOrder, type ThingRow } from "./thingOrder.js";
import type { Viewer } from "../visibility/viewer.js";
import { currentLocationSql } from "../locations/currentLocationSql.js";
import { groupFromJson, groupJsonSql, locationFromJson, locationJsonSql } from "./relatedColumns.js";

/** What the page statement reads beside the things (see the module contract). */
export interface ThingPageInclude {
  totalCount?: boolean;
  currentLocation?: (thingId: number, location: Location | null) => void;
  groups?: (thingId: number, groups: Group[]) => void;
  /** A further JSON expression over the thing row `t`, handed with each thing's id to `receive`. */
  extra?: { sql: Prisma.Sql; receive: (thingId: number, json: Record<string, unknown>) => void };
}

type PageRow = ThingRow & {
  _total?: number;
  _location?: Record<string, unknown> | null;
  _groups?: Record<string, unknown>[];
  _extra?: Record<string, unknown>;
};

const NOTHING = Prisma.empty;

export async function findThingsPage(
  prisma: PrismaClient,
  viewer: Viewer,
  filter: ThingListFilter,
  page: PageRequest,
  order: ThingOrder = DEFAULT_THING_ORDER,
  include: ThingPageInclude = {},
): Promise<Connection<Thing>> {
  const where = thingFilterSql(filter, viewer);
  const after = page.after ? keysetSql(order, page.after, viewer) : Prisma.sql`true`;
  const sortValue = sortExpression(order, viewer);
  const total = include.totalCount ? Prisma.sql`, (SELECT count(*)::int FROM thing t WHERE ${where}) AS "_total"` : NOTHING;
  const location = include.currentLocation
    ? Prisma.sql`, (SELECT ${locationJsonSql("lo")} FROM (${currentLocationSql(viewer, Prisma.sql`t.id`)}) lo) AS "_location"`
    : NOTHING;
  const groups = include.groups
    ? Prisma.sql`, (
        SELECT coalesce(json_agg(${groupJsonSql("g")} ORDER BY g.name), '[]'::json)
        FROM group_thing_association ga JOIN "group" g ON g.id = ga.group_id
        WHERE ga.thing_id = t.id
      ) AS "_groups"`
    : NOTHING;
  const extra = include.extra ? Prisma.sql`, ${include.extra.sql} AS "_extra"` : NOTHING;
  const rows =
    page.take === 0
      ? []
      : await prisma.$queryRaw<PageRow[]>`
          SELECT ${thingColumnsSql}${sortValue === null ? NOTHING : Prisma.sql`, ${sortValue} AS "sortValue"`}${total}${location}${groups}${extra}
          FROM thing t
          WHERE ${where} AND ${after}
          ORDER BY ${thingOrderSql(order, viewer)}
          LIMIT ${page.take + 1} OFFSET ${offsetOf(page)}`;
  const counted = rows[0]?._total;
  const things = rows.map(({ _total, _location, _groups, _extra, ...thing }) => {
    if (include.currentLocation && _location !== undefined) include.currentLocation(thing.id, _location === null ? null : locationFromJson(_location));
    if (include.groups && _groups !== undefined) include.groups(thing.id, _groups.map(groupFromJson));
    if (include.extra && _extra !== undefined) include.extra.receive(thing.id, _extra);
    return thing;
  });
  return toConnection(things, page, (t) => thingCursorKey(order, t), async () => {
    if (counted !== undefined) return counted;
    const [result] = await prisma.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM thing t WHERE ${where}`;
    return result?.count ?? 0;
  });
}
