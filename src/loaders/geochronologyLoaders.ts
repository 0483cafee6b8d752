/** Loaders of geochronology ages, keyed by location id. */
import DataLoader from "dataloader";

import type { PrismaClient } from "../generated/prisma/client.js";
import { manyByKey } from "./keyOrder.js";

export function createGeochronologyLoaders(prisma: PrismaClient) {
  return {
    /** Ages determined at each location, by id. */
    geochronologyAgesByLocationId: new DataLoader(async (locationIds: readonly number[]) =>
      manyByKey(
        locationIds,
        await prisma.geochronologyAge.findMany({ where: { locationId: { in: [...locationIds] } }, orderBy: { id: "asc" } }),
        (a) => a.locationId,
      ),
    ),
  };
}
