/**
 * Loaders of locations and their parts, keyed by location id; a location is read only when
 * `viewer` may see it (released for callers without a role), and its notes are part of it.
 */
import DataLoader from "dataloader";

import type { Viewer } from "../domain/visibility/viewer.js";
import { releasedWhere } from "../domain/visibility/visibilityWhere.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { manyByKey, oneByKey } from "../domain/shared/keyOrder.js";

export function createLocationLoaders(prisma: PrismaClient, viewer: Viewer) {
  const released = releasedWhere(viewer);
  return {
    /** A location by id, or null (also when the viewer may not see it). */
    locationById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await prisma.location.findMany({ where: { id: { in: [...ids] }, ...released } }), (l) => l.id),
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
