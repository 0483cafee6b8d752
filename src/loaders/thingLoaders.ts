/**
 * Loaders of things and of what hangs off a thing, keyed by thing id. A thing, its current
 * location and its contacts are read only when `viewer` may see them (released records for
 * callers without a role); what else hangs off a visible thing is part of its record.
 */
import DataLoader from "dataloader";

import type { Viewer } from "../domain/visibility/viewer.js";
import { releasedWhere } from "../domain/visibility/visibilityWhere.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { manyByKey, oneByKey } from "../domain/shared/keyOrder.js";

export function createThingLoaders(prisma: PrismaClient, viewer: Viewer) {
  const released = releasedWhere(viewer);
  return {
    /** A thing by id, or null (also when the viewer may not see it). */
    thingById: new DataLoader(
      async (ids: readonly number[]) =>
        oneByKey(ids, await prisma.thing.findMany({ where: { id: { in: [...ids] }, ...released } }), (t) => t.id),
    ),

    /**
     * The current location of each thing: its open association with the latest start, or null
     * (also when the viewer may not see that location; a thing has at most one open association).
     */
    currentLocationByThingId: new DataLoader(async (thingIds: readonly number[]) => {
      const links = await prisma.locationThingAssociation.findMany({
        where: { thingId: { in: [...thingIds] }, effectiveEnd: null, location: released },
        orderBy: [{ effectiveStart: "desc" }, { id: "desc" }],
        include: { location: true },
      });
      return oneByKey(thingIds, links, (l) => l.thingId).map((link) => link?.location ?? null);
    }),

    /** Groups of each thing, by name. */
    groupsByThingId: new DataLoader(async (thingIds: readonly number[]) => {
      const links = await prisma.groupThingAssociation.findMany({
        where: { thingId: { in: [...thingIds] } },
        include: { group: true },
        orderBy: [{ group: { name: "asc" } }],
      });
      return manyByKey(thingIds, links, (l) => l.thingId).map((ls) => ls.map((l) => l.group));
    }),

    /** Alternate ids of each thing, by organization then id. */
    alternateIdsByThingId: new DataLoader(async (thingIds: readonly number[]) => {
      const rows = await prisma.thingIdLink.findMany({
        where: { thingId: { in: [...thingIds] } },
        orderBy: [{ alternateOrganization: "asc" }, { alternateId: "asc" }, { id: "asc" }],
      });
      return manyByKey(thingIds, rows, (r) => r.thingId);
    }),

    /** Contacts of each thing that the viewer may see, by id. */
    contactsByThingId: new DataLoader(async (thingIds: readonly number[]) => {
      const links = await prisma.thingContactAssociation.findMany({
        where: { thingId: { in: [...thingIds] }, contact: released },
        include: { contact: true },
        orderBy: [{ contactId: "asc" }],
      });
      return manyByKey(thingIds, links, (l) => l.thingId).map((ls) => ls.map((l) => l.contact));
    }),
  };
}
