/** Resolvers of src/schema/groundwaterLevelMutations.graphql. */
import { parseId } from "../domain/ids.js";
import { recordGroundwaterLevel } from "../domain/observations/recordGroundwaterLevel.js";
import { updateGroundwaterLevel } from "../domain/observations/updateGroundwaterLevel.js";
import type { MutationResolvers } from "../generated/graphql.js";
import { ALL_ERRORS, mutate } from "./mutate.js";

export const groundwaterLevelMutationResolvers: { Mutation: Pick<MutationResolvers, "recordGroundwaterLevel" | "updateGroundwaterLevel"> } = {
  Mutation: {
    recordGroundwaterLevel: (_, { input }, ctx) =>
      mutate(ctx, ALL_ERRORS, async () => ({ __typename: "RecordGroundwaterLevelSuccess" as const, ...(await recordGroundwaterLevel(ctx, input)) })),
    updateGroundwaterLevel: (_, { id, input }, ctx) =>
      mutate(ctx, ALL_ERRORS, async () => ({ __typename: "UpdateGroundwaterLevelSuccess" as const, ...(await updateGroundwaterLevel(ctx, parseId(id), input)) })),
  },
};
