/**
 * One page of publications in id order (`Query.publications`), with a lazily counted total.
 * Contract: one statement for the page, one more only when the total is asked for.
 */
import type { PrismaClient, Publication } from "../../generated/prisma/client.js";
import type { Connection } from "../shared/pagination/connection.js";
import type { PageRequest } from "../shared/pagination/pageArgs.js";
import { findPageById } from "../shared/pagination/pageById.js";

export function findPublicationsPage(prisma: PrismaClient, page: PageRequest): Promise<Connection<Publication>> {
  return findPageById(
    page,
    (afterId, take, skip) =>
      prisma.publication.findMany({
        where: afterId === null ? {} : { id: { gt: afterId } },
        orderBy: { id: "asc" },
        skip,
        take,
      }),
    () => prisma.publication.count(),
  );
}
