/** Loaders of locations and their parts, keyed by location id. */
import DataLoader from "dataloader";

import type { PrismaClient } from "../generated/prisma/client.js";
import { manyByKey, oneByKey } from "./keyOrder.js";

export function createLocationLoaders(prisma: PrismaClient) {
  return {
    /** A location by id, or null. */
    locationById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await prisma.location.findMany({ where: { id: { in: [...ids] } } }), (l) => l.id),
    ),
    /** Notes of each location, by id. */
    notesByLocationId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(
        ids,
        await prisma.note.findMany({ where: { locationId: { in: [...ids] } }, orderBy: { id: "asc" } }),
        (n) => n.locationId,
      ),
    ),
  };
}
