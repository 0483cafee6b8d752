/** Resolvers of src/schema/wellScreenMutations.graphql. */
import { parseId } from "../domain/shared/ids.js";
import { addWellScreen } from "../domain/wells/addWellScreen.js";
import { deleteWellScreen } from "../domain/wells/deleteWellScreen.js";
import { updateWellScreen } from "../domain/wells/updateWellScreen.js";
import type { MutationResolvers } from "../generated/graphql.js";
import { mutate } from "./mutate.js";

export const wellScreenMutationResolvers: {
  Mutation: Pick<MutationResolvers, "addWellScreen" | "updateWellScreen" | "deleteWellScreen">;
} = {
  Mutation: {
    addWellScreen: (_, { input }, ctx, info) =>
      mutate<"AddWellScreenResult">(ctx, info, async () => ({ __typename: "AddWellScreenSuccess" as const, ...(await addWellScreen(ctx, input)) })),
    updateWellScreen: (_, { id, input }, ctx, info) =>
      mutate<"UpdateWellScreenResult">(ctx, info, async () => ({ __typename: "UpdateWellScreenSuccess" as const, screen: await updateWellScreen(ctx, parseId(id), input) })),
    deleteWellScreen: (_, { id }, ctx, info) =>
      mutate<"DeleteWellScreenResult">(ctx, info, async () => ({
        __typename: "DeleteWellScreenSuccess" as const,
        deletedId: String(await deleteWellScreen(ctx.prisma, parseId(id))),
      })),
  },
};
