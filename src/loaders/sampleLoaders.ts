/**
 * Loaders of samples, observations, parameters and regulatory limits. Samples and observations
 * are read only when `viewer` may see them (released, at a visible site, for callers without a
 * role); parameters and regulatory limits are reference data, visible to everyone.
 */
import DataLoader from "dataloader";

import type { Viewer } from "../domain/visibility/viewer.js";
import { releasedWhere, visibleSampleWhere } from "../domain/visibility/visibilityWhere.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { manyByKey, oneByKey } from "./keyOrder.js";

export function createSampleLoaders(prisma: PrismaClient, viewer: Viewer) {
  return {
    /** A sample by id, or null (also when the viewer may not see it). */
    sampleById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await prisma.sample.findMany({ where: { id: { in: [...ids] }, ...visibleSampleWhere(viewer) } }), (s) => s.id),
    ),
    /** Observations of each sample, by time then id. */
    observationsBySampleId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(
        ids,
        await prisma.observation.findMany({
          where: { sampleId: { in: [...ids] }, ...releasedWhere(viewer) },
          orderBy: [{ observationDatetime: "asc" }, { id: "asc" }],
        }),
        (o) => o.sampleId,
      ),
    ),
    /** A parameter by id, or null. */
    parameterById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await prisma.parameter.findMany({ where: { id: { in: [...ids] } } }), (p) => p.id),
    ),
    /** Analysis methods by id (reference data); null for a missing id. */
    analysisMethodById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await prisma.analysisMethod.findMany({ where: { id: { in: [...ids] } } }), (m) => m.id),
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
