/**
 * One page of things in id order, with a lazily counted total.
 * Contract: two statements when the total is asked for (page + count), one otherwise.
 */
import type { Prisma, PrismaClient, Thing } from "../../generated/prisma/client.js";
import { toConnection, type Connection } from "../pagination/connection.js";
import type { PageRequest } from "../pagination/pageArgs.js";

export async function findThingsPage(
  prisma: PrismaClient,
  where: Prisma.ThingWhereInput,
  page: PageRequest,
): Promise<Connection<Thing>> {
  const afterId = page.after ? Number(page.after.at(-1)) : null;
  const rows = page.take === 0 ? [] : await prisma.thing.findMany({
    where: afterId === null ? where : { AND: [where, { id: { gt: afterId } }] },
    orderBy: { id: "asc" },
    take: page.take + 1,
  });
  return toConnection(rows, page, (t) => [t.id], () => prisma.thing.count({ where }));
}
