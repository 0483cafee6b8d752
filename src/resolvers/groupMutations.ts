/** Resolvers of src/schema/groupMutations.graphql. */
import { createGroup } from "../domain/groups/createGroup.js";
import { deleteGroup } from "../domain/groups/deleteGroup.js";
import { addThingsToGroup, removeThingsFromGroup } from "../domain/groups/groupMembership.js";
import { updateGroup } from "../domain/groups/updateGroup.js";
import { parseId } from "../domain/shared/ids.js";
import type { MutationResolvers } from "../generated/graphql.js";
import { mutate } from "./mutate.js";

export const groupMutationResolvers: {
  Mutation: Pick<MutationResolvers, "createGroup" | "updateGroup" | "deleteGroup" | "addThingsToGroup" | "removeThingsFromGroup">;
} = {
  Mutation: {
    createGroup: (_, { input }, ctx, info) =>
      mutate<"CreateGroupResult">(ctx, info, async () => ({ __typename: "CreateGroupSuccess" as const, group: await createGroup(ctx, input) })),
    updateGroup: (_, { id, input }, ctx, info) =>
      mutate<"UpdateGroupResult">(ctx, info, async () => ({ __typename: "UpdateGroupSuccess" as const, group: await updateGroup(ctx, parseId(id), input) })),
    deleteGroup: (_, { id }, ctx, info) =>
      mutate<"DeleteGroupResult">(ctx, info, async () => ({ __typename: "DeleteGroupSuccess" as const, deletedId: String(await deleteGroup(ctx.prisma, parseId(id))) })),
    addThingsToGroup: (_, { groupId, thingIds }, ctx, info) =>
      mutate<"AddThingsToGroupResult">(ctx, info, async () => ({
        __typename: "AddThingsToGroupSuccess" as const,
        ...(await addThingsToGroup(ctx, parseId(groupId, "groupId"), thingIds)),
      })),
    removeThingsFromGroup: (_, { groupId, thingIds }, ctx, info) =>
      mutate<"RemoveThingsFromGroupResult">(ctx, info, async () => ({
        __typename: "RemoveThingsFromGroupSuccess" as const,
        ...(await removeThingsFromGroup(ctx, parseId(groupId, "groupId"), thingIds)),
      })),
  },
};
