/** Loaders of geochronology ages, keyed by location id; only ages at locations `viewer` may see. */
import DataLoader from "dataloader";

import type { Viewer } from "../domain/visibility/viewer.js";
import { releasedWhere } from "../domain/visibility/visibilityWhere.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { manyByKey } from "../domain/shared/keyOrder.js";

export function createGeochronologyLoaders(prisma: PrismaClient, viewer: Viewer) {
  return {
    /** Ages determined at each location the viewer may see, by id (none at a hidden location). */
    geochronologyAgesByLocationId: new DataLoader(async (locationIds: readonly number[]) =>
      manyByKey(
        locationIds,
        await prisma.geochronologyAge.findMany({
          where: { locationId: { in: [...locationIds] }, ...(viewer.releasedOnly ? { location: releasedWhere(viewer) } : {}) },
          orderBy: { id: "asc" },
        }),
        (a) => a.locationId,
      ),
    ),
  };
}
