/**
 * Loaders of assets (file metadata) and of the links between assets and things; assets and things
 * are read only when `viewer` may see them (released records for callers without a role).
 */
import DataLoader from "dataloader";

import type { Viewer } from "../domain/visibility/viewer.js";
import { releasedWhere } from "../domain/visibility/visibilityWhere.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { manyByKey, oneByKey } from "../domain/shared/keyOrder.js";

export function createAssetLoaders(prisma: PrismaClient, viewer: Viewer) {
  const released = releasedWhere(viewer);
  return {
    /** An asset by id, or null (also when the viewer may not see it). */
    assetById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await prisma.asset.findMany({ where: { id: { in: [...ids] }, ...released } }), (a) => a.id),
    ),
    /** Assets attached to each thing, by asset id. */
    assetsByThingId: new DataLoader(async (thingIds: readonly number[]) => {
      const links = await prisma.assetThingAssociation.findMany({
        where: { thingId: { in: [...thingIds] }, asset: released },
        include: { asset: true },
        orderBy: [{ assetId: "asc" }, { id: "asc" }],
      });
      return manyByKey(thingIds, links, (l) => l.thingId).map((ls) => ls.map((l) => l.asset));
    }),
    /** Things each asset is attached to, by thing id. */
    thingsByAssetId: new DataLoader(async (assetIds: readonly number[]) => {
      const links = await prisma.assetThingAssociation.findMany({
        where: { assetId: { in: [...assetIds] }, thing: released },
        include: { thing: true },
        orderBy: [{ thingId: "asc" }, { id: "asc" }],
      });
      return manyByKey(assetIds, links, (l) => l.assetId).map((ls) => ls.map((l) => l.thing));
    }),
  };
}
