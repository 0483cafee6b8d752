/** Loaders of sensors and their deployments. */
import DataLoader from "dataloader";

import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { manyByKey, oneByKey } from "./keyOrder.js";

/** Newest installation first; unknown installation dates last; then highest id. */
const deploymentOrder: Prisma.DeploymentOrderByWithRelationInput[] = [
  { installationDate: { sort: "desc", nulls: "last" } },
  { id: "desc" },
];

export function createSensorLoaders(prisma: PrismaClient) {
  return {
    /** A sensor by id, or null. */
    sensorById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await prisma.sensor.findMany({ where: { id: { in: [...ids] } } }), (s) => s.id),
    ),
    /** Deployments of each sensor, newest installation first. */
    deploymentsBySensorId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(
        ids,
        await prisma.deployment.findMany({ where: { sensorId: { in: [...ids] } }, orderBy: deploymentOrder }),
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
