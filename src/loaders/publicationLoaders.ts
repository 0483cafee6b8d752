/** Loaders of publications and their authors; an author's contact only when `viewer` may see it. */
import DataLoader from "dataloader";

import type { Viewer } from "../domain/visibility/viewer.js";
import { releasedWhere } from "../domain/visibility/visibilityWhere.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { manyByKey, oneByKey } from "../domain/shared/keyOrder.js";

export function createPublicationLoaders(prisma: PrismaClient, viewer: Viewer) {
  return {
    /** A publication by id, or null. */
    publicationById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await prisma.publication.findMany({ where: { id: { in: [...ids] } } }), (p) => p.id),
    ),
    /** Authors of each publication, in author-list order. */
    authorsByPublicationId: new DataLoader(async (publicationIds: readonly number[]) => {
      const links = await prisma.pubAuthorPublicationAssociation.findMany({
        where: { publicationId: { in: [...publicationIds] } },
        include: { author: true },
        orderBy: [{ authorOrder: "asc" }, { authorId: "asc" }],
      });
      return manyByKey(publicationIds, links, (l) => l.publicationId).map((ls) => ls.map((l) => l.author));
    }),
    /** The contact linked to each author (the lowest contact id when several are), or null. */
    contactByAuthorId: new DataLoader(async (authorIds: readonly number[]) => {
      const links = await prisma.pubAuthorContactAssociation.findMany({
        where: { authorId: { in: [...authorIds] }, contact: releasedWhere(viewer) },
        include: { contact: true },
        orderBy: { contactId: "asc" },
      });
      return oneByKey(authorIds, links, (l) => l.authorId).map((l) => l?.contact ?? null);
    }),
  };
}
