/** Loaders of things and of what hangs off a thing, keyed by thing id. */
import DataLoader from "dataloader";

import type { PrismaClient } from "../generated/prisma/client.js";
import { manyByKey, oneByKey } from "./keyOrder.js";

export function createThingLoaders(prisma: PrismaClient) {
  return {
    /** A thing by id, or null. */
    thingById: new DataLoader(
      async (ids: readonly number[]) => oneByKey(ids, await prisma.thing.findMany({ where: { id: { in: [...ids] } } }), (t) => t.id),
    ),

    /** The current location of each thing: its open association with the latest start, or null. */
    currentLocationByThingId: new DataLoader(async (thingIds: readonly number[]) => {
      const links = await prisma.locationThingAssociation.findMany({
        where: { thingId: { in: [...thingIds] }, effectiveEnd: null },
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

    /** Contacts of each thing, by id. */
    contactsByThingId: new DataLoader(async (thingIds: readonly number[]) => {
      const links = await prisma.thingContactAssociation.findMany({
        where: { thingId: { in: [...thingIds] } },
        include: { contact: true },
        orderBy: [{ contactId: "asc" }],
      });
      return manyByKey(thingIds, links, (l) => l.thingId).map((ls) => ls.map((l) => l.contact));
    }),
  };
}
