/** Loaders of chemistry results: each well's per-parameter summary, one statement per batch of wells (findChemistrySummaries). */
import DataLoader from "dataloader";

import { findChemistrySummaries } from "../domain/chemistry/findChemistrySummaries.js";
import type { Viewer } from "../domain/visibility/viewer.js";
import type { PrismaClient } from "../generated/prisma/client.js";

export function createChemistryLoaders(prisma: PrismaClient, viewer: Viewer) {
  return {
    /** Per parameter measured at each thing: count, min, max, latest and exceedances, as `viewer` may see the results. */
    chemistrySummaryByThingId: new DataLoader((ids: readonly number[]) => findChemistrySummaries(prisma, viewer, ids)),
  };
}
