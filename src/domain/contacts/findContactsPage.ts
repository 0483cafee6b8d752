/**
 * One page of contacts in id order (`Query.contacts`), with a lazily counted total.
 * Contract: one statement for the page, one more only when the total is asked for.
 */
import type { Contact, Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { ContactFilter } from "../../generated/graphql.js";
import type { Connection } from "../pagination/connection.js";
import type { PageRequest } from "../pagination/pageArgs.js";
import { findPageById } from "../pagination/pageById.js";

/** `nameContains` ignores case; `organization` and `role` are exact lexicon terms. */
export function contactWhere(filter: ContactFilter | null | undefined): Prisma.ContactWhereInput {
  const and: Prisma.ContactWhereInput[] = [];
  if (filter?.nameContains) and.push({ name: { contains: filter.nameContains, mode: "insensitive" } });
  if (filter?.organization) and.push({ organization: filter.organization });
  if (filter?.role) and.push({ role: filter.role });
  return { AND: and };
}

export function findContactsPage(
  prisma: PrismaClient,
  filter: ContactFilter | null | undefined,
  page: PageRequest,
): Promise<Connection<Contact>> {
  const where = contactWhere(filter);
  return findPageById(
    page,
    (afterId, take) =>
      prisma.contact.findMany({
        where: afterId === null ? where : { AND: [where, { id: { gt: afterId } }] },
        orderBy: { id: "asc" },
        take,
      }),
    () => prisma.contact.count({ where }),
  );
}
