/** Resolvers of src/schema/thingMutations.graphql: wells, springs and alternate ids. */
import { parseId } from "../domain/shared/ids.js";
import { addAlternateId, removeAlternateId } from "../domain/things/alternateIds.js";
import { createSpring } from "../domain/springs/createSpring.js";
import { createWell } from "../domain/wells/createWell.js";
import { deleteThingOfType } from "../domain/things/deleteThingOfType.js";
import { updateAlternateId } from "../domain/things/updateAlternateId.js";
import { updateSpring } from "../domain/springs/updateSpring.js";
import { updateWell } from "../domain/wells/updateWell.js";
import { thingTypeValues } from "../domain/vocabulary/enumValues.js";
import type { MutationResolvers } from "../generated/graphql.js";
import { mutate } from "./mutate.js";

export const thingMutationResolvers: {
  Mutation: Pick<
    MutationResolvers,
    | "createWell"
    | "updateWell"
    | "deleteWell"
    | "createSpring"
    | "updateSpring"
    | "deleteSpring"
    | "addAlternateId"
    | "removeAlternateId"
    | "updateAlternateId"
  >;
} = {
  Mutation: {
    createWell: (_, { input }, ctx, info) =>
      mutate<"CreateWellResult">(ctx, info, async () => ({ __typename: "CreateWellSuccess" as const, well: await createWell(ctx, input) })),
    updateWell: (_, { id, input }, ctx, info) =>
      mutate<"UpdateWellResult">(ctx, info, async () => ({ __typename: "UpdateWellSuccess" as const, well: await updateWell(ctx, parseId(id), input) })),
    deleteWell: (_, { id }, ctx, info) =>
      mutate<"DeleteWellResult">(ctx, info, async () => ({
        __typename: "DeleteWellSuccess" as const,
        deletedId: String(await deleteThingOfType(ctx.prisma, parseId(id), thingTypeValues.WATER_WELL, "Well")),
      })),
    createSpring: (_, { input }, ctx, info) =>
      mutate<"CreateSpringResult">(ctx, info, async () => ({ __typename: "CreateSpringSuccess" as const, spring: await createSpring(ctx, input) })),
    updateSpring: (_, { id, input }, ctx, info) =>
      mutate<"UpdateSpringResult">(ctx, info, async () => ({ __typename: "UpdateSpringSuccess" as const, spring: await updateSpring(ctx, parseId(id), input) })),
    deleteSpring: (_, { id }, ctx, info) =>
      mutate<"DeleteSpringResult">(ctx, info, async () => ({
        __typename: "DeleteSpringSuccess" as const,
        deletedId: String(await deleteThingOfType(ctx.prisma, parseId(id), thingTypeValues.SPRING, "Spring")),
      })),
    addAlternateId: (_, { input }, ctx, info) =>
      mutate<"AddAlternateIdResult">(ctx, info, async () => ({ __typename: "AddAlternateIdSuccess" as const, thing: await addAlternateId(ctx, input) })),
    removeAlternateId: (_, { input }, ctx, info) =>
      mutate<"RemoveAlternateIdResult">(ctx, info, async () => ({ __typename: "RemoveAlternateIdSuccess" as const, thing: await removeAlternateId(ctx, input) })),
    updateAlternateId: (_, { input }, ctx, info) =>
      mutate<"UpdateAlternateIdResult">(ctx, info, async () => ({
        __typename: "UpdateAlternateIdSuccess" as const,
        thing: await updateAlternateId(ctx, {
          thingId: parseId(input.thingId, "input.thingId"),
          current: input.current,
          changes: {
            ...(input.alternateId === null || input.alternateId === undefined ? {} : { alternateId: input.alternateId }),
            ...(input.organization === null || input.organization === undefined ? {} : { organization: input.organization }),
            ...(input.relation === null || input.relation === undefined ? {} : { relation: input.relation }),
          },
        }),
      })),
  },
};
