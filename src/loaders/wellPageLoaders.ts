/**
 * A thing with the parts of its well page, keyed by thing id, one loader per set of parts: all
 * `well(id)` fields of a request that select the same parts load in one statement
 * (findWellPages.ts). The value is null where `thingById` would give null, and carries the day
 * its dated histories were read as current on (one per request, as in the well loaders).
 */
import DataLoader from "dataloader";

import { todayUtc } from "../domain/shared/currentPeriod.js";
import type { Viewer } from "../domain/visibility/viewer.js";
import { findWellPagesById, type WellPage } from "../domain/wells/findWellPages.js";
import { wellPagePartsKey, type WellPageParts } from "../domain/wells/wellPageParts.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { oneByKey } from "../domain/shared/keyOrder.js";
import { loaderPerArgument } from "./loaderPerArgument.js";

export type DatedWellPage = WellPage & { today: Date };

export function createWellPageLoaders(prisma: PrismaClient, viewer: Viewer, today: Date = todayUtc()) {
  return {
    wellPagesByParts: loaderPerArgument(wellPagePartsKey, (parts: WellPageParts) =>
      new DataLoader(async (ids: readonly number[]): Promise<(DatedWellPage | null)[]> => {
        const pages = await findWellPagesById(prisma, viewer, ids, parts, today);
        return oneByKey(ids, pages, (page) => page.thing.id).map((page) => (page ? { ...page, today } : null));
      }),
    ),
  };
}
