/** Resolvers of src/schema/permissionMutations.graphql: landowner consent for field work. */
import { setThingPermission } from "../domain/things/setThingPermission.js";
import type { MutationResolvers } from "../generated/graphql.js";
import { mutate } from "./mutate.js";

export const permissionMutationResolvers: { Mutation: Pick<MutationResolvers, "setThingPermission"> } = {
  Mutation: {
    setThingPermission: (_, { input }, ctx, info) =>
      mutate<"SetThingPermissionResult">(ctx, info, async () => ({ __typename: "SetThingPermissionSuccess" as const, ...(await setThingPermission(ctx, input)) })),
  },
};
