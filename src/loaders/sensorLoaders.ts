/**
 * Loaders of sensors and their deployments. Sensors are equipment, visible to everyone; a
 * sensor's deployments are listed only at sites `viewer` may see.
 */
import DataLoader from "dataloader";

import type { Viewer } from "../domain/visibility/viewer.js";
import { releasedWhere } from "../domain/visibility/visibilityWhere.js";
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { manyByKey, oneByKey } from "../domain/shared/keyOrder.js";

/** Newest installation first; unknown installation dates last; then highest id. */
const deploymentOrder: Prisma.DeploymentOrderByWithRelationInput[] = [
  { installationDate: { sort: "desc", nulls: "last" } },
  { id: "desc" },
];

export function createSensorLoaders(prisma: PrismaClient, viewer: Viewer) {
  return {
    /** A sensor by id, or null. */
    sensorById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await prisma.sensor.findMany({ where: { id: { in: [...ids] } } }), (s) => s.id),
    ),
    /** Deployments of each sensor, newest installation first. */
    deploymentsBySensorId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(
        ids,
        await prisma.deployment.findMany({
          where: { sensorId: { in: [...ids] }, ...(viewer.releasedOnly ? { thing: releasedWhere(viewer) } : {}) },
          orderBy: deploymentOrder,
        }),
        (d) => d.sensorId,
      ),
    ),
    /** Deployments at each thing, newest installation first (for `Well.deployments`). */
    deploymentsByThingId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(
        ids,
        await prisma.deployment.findMany({ where: { thingId: { in: [...ids] } }, orderBy: deploymentOrder }),
        (d) => d.thingId,
      ),
    ),
  };
}
