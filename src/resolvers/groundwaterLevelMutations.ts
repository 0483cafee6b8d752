/** Resolvers of src/schema/groundwaterLevelMutations.graphql. */
import { parseId } from "../domain/shared/ids.js";
import { recordGroundwaterLevel } from "../domain/waterLevels/recordGroundwaterLevel.js";
import { updateGroundwaterLevel } from "../domain/waterLevels/updateGroundwaterLevel.js";
import type { MutationResolvers } from "../generated/graphql.js";
import { mutate } from "./mutate.js";

export const groundwaterLevelMutationResolvers: { Mutation: Pick<MutationResolvers, "recordGroundwaterLevel" | "updateGroundwaterLevel"> } = {
  Mutation: {
    recordGroundwaterLevel: (_, { input }, ctx, info) =>
      mutate<"RecordGroundwaterLevelResult">(ctx, info, async () => ({ __typename: "RecordGroundwaterLevelSuccess" as const, ...(await recordGroundwaterLevel(ctx, input)) })),
    updateGroundwaterLevel: (_, { id, input }, ctx, info) =>
      mutate<"UpdateGroundwaterLevelResult">(ctx, info, async () => ({ __typename: "UpdateGroundwaterLevelSuccess" as const, ...(await updateGroundwaterLevel(ctx, parseId(id), input)) })),
  },
};
