/** Loaders of samples, observations, parameters and regulatory limits. */
import DataLoader from "dataloader";

import type { PrismaClient } from "../generated/prisma/client.js";
import { manyByKey, oneByKey } from "./keyOrder.js";

export function createSampleLoaders(prisma: PrismaClient) {
  return {
    /** A sample by id, or null. */
    sampleById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await prisma.sample.findMany({ where: { id: { in: [...ids] } } }), (s) => s.id),
    ),
    /** Observations of each sample, by time then id. */
    observationsBySampleId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(
        ids,
        await prisma.observation.findMany({
          where: { sampleId: { in: [...ids] } },
          orderBy: [{ observationDatetime: "asc" }, { id: "asc" }],
        }),
        (o) => o.sampleId,
      ),
    ),
    /** A parameter by id, or null. */
    parameterById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await prisma.parameter.findMany({ where: { id: { in: [...ids] } } }), (p) => p.id),
    ),
    /** Regulatory limits of each parameter, by id. */
    regulatoryLimitsByParameterId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(
        ids,
        await prisma.regulatoryLimit.findMany({ where: { parameterId: { in: [...ids] } }, orderBy: { id: "asc" } }),
        (l) => l.parameterId,
      ),
    ),
  };
}
