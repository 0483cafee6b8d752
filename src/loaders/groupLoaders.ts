/** Loaders of groups, keyed by id or by name. */
import DataLoader from "dataloader";

import type { PrismaClient } from "../generated/prisma/client.js";
import { oneByKey } from "../domain/shared/keyOrder.js";

export function createGroupLoaders(prisma: PrismaClient) {
  return {
    /** A group by id, or null. */
    groupById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await prisma.group.findMany({ where: { id: { in: [...ids] } } }), (g) => g.id),
    ),
    /** A group by its exact name, or null. */
    groupByName: new DataLoader(async (names: readonly string[]) =>
      oneByKey(names, await prisma.group.findMany({ where: { name: { in: [...names] } } }), (g) => g.name),
    ),
  };
}
