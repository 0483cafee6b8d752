/**
 * One page of assets in id order (`Query.assets`), optionally only those attached to one site,
 * with a lazily counted total. Only assets the viewer may see (released for callers without a role).
 * Contract: one statement for the page, one more only when the total is asked for.
 */
import type { Asset, Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { Connection } from "../shared/pagination/connection.js";
import type { PageRequest } from "../shared/pagination/pageArgs.js";
import { findPageById } from "../shared/pagination/pageById.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedWhere } from "../visibility/visibilityWhere.js";

export function findAssetsPage(
  prisma: PrismaClient,
  viewer: Viewer,
  thingId: number | null,
  page: PageRequest,
): Promise<Connection<Asset>> {
  const where: Prisma.AssetWhereInput = {
    ...releasedWhere(viewer),
    ...(thingId === null ? {} : { thingAssociations: { some: { thingId } } }),
  };
  return findPageById(
    page,
    (afterId, take, skip) =>
      prisma.asset.findMany({
        where: afterId === null ? where : { AND: [where, { id: { gt: afterId } }] },
        orderBy: { id: "asc" },
        skip,
        take,
      }),
    () => prisma.asset.count({ where }),
  );
}
