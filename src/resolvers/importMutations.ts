/** Resolvers of src/schema/importMutations.graphql. */
import { importWaterLevels } from "../domain/imports/importWaterLevels.js";
import { importWellInventory } from "../domain/imports/importWellInventory.js";
import type { ImportedWaterLevelResolvers, ImportedWellResolvers, ImportResultResolvers, MutationResolvers } from "../generated/graphql.js";
import { createLoaders } from "../loaders/createLoaders.js";

export const importMutationResolvers: {
  Mutation: Pick<MutationResolvers, "importWaterLevels" | "importWellInventory">;
  ImportResult: ImportResultResolvers;
  ImportedWaterLevel: ImportedWaterLevelResolvers;
  ImportedWell: ImportedWellResolvers;
} = {
  Mutation: {
    importWaterLevels: async (_, { csv }, ctx) => {
      const result = await importWaterLevels(ctx, csv);
      ctx.loaders = createLoaders(ctx.prisma, ctx.viewer);
      return { __typename: "WaterLevelImportResult" as const, ...result };
    },
    importWellInventory: async (_, { csv }, ctx) => {
      const result = await importWellInventory(ctx, csv);
      ctx.loaders = createLoaders(ctx.prisma, ctx.viewer);
      return { __typename: "WellInventoryImportResult" as const, ...result };
    },
  },
  ImportResult: {
    __resolveType: (result) => result.__typename,
  },
  ImportedWaterLevel: {
    wellId: (l) => String(l.wellId),
    fieldEventId: (l) => String(l.fieldEventId),
    sampleId: (l) => String(l.sampleId),
    observationId: (l) => String(l.observationId),
  },
  ImportedWell: {
    wellId: (w) => String(w.wellId),
    well: (w, _, ctx) => ctx.loaders.thingById.load(w.wellId),
    locationId: (w) => String(w.locationId),
    contactIds: (w) => w.contactIds.map(String),
  },
};
