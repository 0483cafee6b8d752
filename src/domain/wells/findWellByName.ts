/**
 * The well with exactly this name (case-sensitive) that the viewer may see, or null. Names are not
 * unique in legacy data; when several wells share one, the lowest id wins. One statement.
 */
import type { PrismaClient, Thing } from "../../generated/prisma/client.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedWhere } from "../visibility/visibilityWhere.js";
import { thingTypeValues } from "../vocabulary/enumValues.js";

export function findWellByName(prisma: PrismaClient, viewer: Viewer, name: string): Promise<Thing | null> {
  return prisma.thing.findFirst({
    where: { name, thingType: thingTypeValues.WATER_WELL, ...releasedWhere(viewer) },
    orderBy: { id: "asc" },
  });
}
