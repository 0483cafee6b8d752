/** Resolvers of src/schema/groundwaterLevelMutations.graphql. */
import { recordGroundwaterLevel } from "../domain/observations/recordGroundwaterLevel.js";
import type { MutationResolvers } from "../generated/graphql.js";
import { ALL_ERRORS, mutate } from "./mutate.js";

export const groundwaterLevelMutationResolvers: { Mutation: Pick<MutationResolvers, "recordGroundwaterLevel"> } = {
  Mutation: {
    recordGroundwaterLevel: (_, { input }, ctx) =>
      mutate(ctx, ALL_ERRORS, async () => ({ __typename: "RecordGroundwaterLevelSuccess" as const, ...(await recordGroundwaterLevel(ctx, input)) })),
  },
};
