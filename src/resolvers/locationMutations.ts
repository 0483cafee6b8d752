/** Resolvers of src/schema/locationMutations.graphql. */
import { parseId } from "../domain/shared/ids.js";
import { setThingLocation } from "../domain/locations/setThingLocation.js";
import { updateLocation } from "../domain/locations/updateLocation.js";
import type { MutationResolvers } from "../generated/graphql.js";
import { mutate } from "./mutate.js";

export const locationMutationResolvers: { Mutation: Pick<MutationResolvers, "setThingLocation" | "updateLocation"> } = {
  Mutation: {
    setThingLocation: (_, { input }, ctx, info) =>
      mutate<"SetThingLocationResult">(ctx, info, async () => ({ __typename: "SetThingLocationSuccess" as const, ...(await setThingLocation(ctx, input)) })),
    updateLocation: (_, { id, input }, ctx, info) =>
      mutate<"UpdateLocationResult">(ctx, info, async () => ({ __typename: "UpdateLocationSuccess" as const, location: await updateLocation(ctx, parseId(id), input) })),
  },
};
