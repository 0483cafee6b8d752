/**
 * One page of locations in id order (`Query.locations`), with a lazily counted total. Only
 * locations the viewer may see (released for callers without a role).
 * Contract: one statement for the page, one more only when the total is asked for.
 */
import type { Location, Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { Connection } from "../shared/pagination/connection.js";
import type { PageRequest } from "../shared/pagination/pageArgs.js";
import { findPageById } from "../shared/pagination/pageById.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedWhere } from "../visibility/visibilityWhere.js";
import type { LocationListFilter } from "./locationInput.js";

/** `county` and `state` compare ignoring case. */
export function locationWhere(filter: LocationListFilter | null | undefined): Prisma.LocationWhereInput {
  const and: Prisma.LocationWhereInput[] = [];
  if (filter?.county) and.push({ county: { equals: filter.county, mode: "insensitive" } });
  if (filter?.state) and.push({ state: { equals: filter.state, mode: "insensitive" } });
  return { AND: and };
}

export function findLocationsPage(
  prisma: PrismaClient,
  viewer: Viewer,
  filter: LocationListFilter | null | undefined,
  page: PageRequest,
): Promise<Connection<Location>> {
  const where: Prisma.LocationWhereInput = { AND: [releasedWhere(viewer), locationWhere(filter)] };
  return findPageById(
    page,
    (afterId, take, skip) =>
      prisma.location.findMany({
        where: afterId === null ? where : { AND: [where, { id: { gt: afterId } }] },
        orderBy: { id: "asc" },
        skip,
        take,
      }),
    () => prisma.location.count({ where }),
  );
}
