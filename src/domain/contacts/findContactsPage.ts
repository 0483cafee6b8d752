/**
 * One page of contacts in id order (`Query.contacts`), with a lazily counted total.
 * Contract: one statement for the page, one more only when the total is asked for.
 */
import type { Contact, Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { Connection } from "../shared/pagination/connection.js";
import type { PageRequest } from "../shared/pagination/pageArgs.js";
import { findPageById } from "../shared/pagination/pageById.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedWhere } from "../visibility/visibilityWhere.js";
import type { ContactFilter } from "./contactInput.js";

/**
 * Contacts the viewer may see that meet the filter. `nameContains` ignores case; a viewer without
 * the personal-data capability sees every person's name as null, so for them it matches nothing.
 * `organization` and `role` are exact lexicon terms.
 */
export function contactWhere(filter: ContactFilter | null | undefined, viewer: Viewer): Prisma.ContactWhereInput {
  const and: Prisma.ContactWhereInput[] = [releasedWhere(viewer)];
  if (filter?.nameContains) {
    and.push(viewer.personalData ? { name: { contains: filter.nameContains, mode: "insensitive" } } : { id: { in: [] } });
  }
  if (filter?.organization) and.push({ organization: filter.organization });
  if (filter?.role) and.push({ role: filter.role });
  return { AND: and };
}

export function findContactsPage(
  prisma: PrismaClient,
  viewer: Viewer,
  filter: ContactFilter | null | undefined,
  page: PageRequest,
): Promise<Connection<Contact>> {
  const where = contactWhere(filter, viewer);
  return findPageById(
    page,
    (afterId, take, skip) =>
      prisma.contact.findMany({
        where: afterId === null ? where : { AND: [where, { id: { gt: afterId } }] },
        orderBy: { id: "asc" },
        skip,
        take,
      }),
    () => prisma.contact.count({ where }),
  );
}
