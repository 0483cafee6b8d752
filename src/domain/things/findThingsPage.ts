/**
 * One page of things matching a filter in a given order, with a lazily counted total.
 * Contract: two statements when the total is asked for (page + count), one otherwise, whatever
 * the filter (spatial conditions included) and the ordering; none when `take` is 0 and the total
 * is not asked for. Cursors are keyset cursors of the ordering (see thingOrder.ts); a page jump
 * (`page.offset`) skips rows of the ordering in the same statement. Page and count hold only
 * things the viewer may see.
 */
import { Prisma, type PrismaClient, type Thing } from "../../generated/prisma/client.js";
import { toConnection, type Connection } from "../pagination/connection.js";
import { offsetOf, type PageRequest } from "../pagination/pageArgs.js";
import { thingColumnsSql } from "./thingColumns.js";
import type { ThingListFilter } from "./thingFilter.js";
import { thingFilterSql } from "./thingFilterSql.js";
import { DEFAULT_THING_ORDER, keysetSql, sortExpression, thingCursorKey, thingOrderSql, type ThingOrder, type ThingRow } from "./thingOrder.js";
import type { Viewer } from "../visibility/viewer.js";

export async function findThingsPage(
  prisma: PrismaClient,
  viewer: Viewer,
  filter: ThingListFilter,
  page: PageRequest,
  order: ThingOrder = DEFAULT_THING_ORDER,
): Promise<Connection<Thing>> {
  const where = thingFilterSql(filter, viewer);
  const after = page.after ? keysetSql(order, page.after, viewer) : Prisma.sql`true`;
  const sortValue = sortExpression(order, viewer);
  const rows =
    page.take === 0
      ? []
      : await prisma.$queryRaw<ThingRow[]>`
          SELECT ${thingColumnsSql}${sortValue === null ? Prisma.empty : Prisma.sql`, ${sortValue} AS "sortValue"`}
          FROM thing t
          WHERE ${where} AND ${after}
          ORDER BY ${thingOrderSql(order, viewer)}
          LIMIT ${page.take + 1} OFFSET ${offsetOf(page)}`;
  return toConnection(rows, page, (t) => thingCursorKey(order, t), async () => {
    const [result] = await prisma.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS count FROM thing t WHERE ${where}`;
    return result?.count ?? 0;
  });
}
