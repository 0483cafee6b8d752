/** Resolvers of src/schema/fieldEventMutations.graphql: they translate ids and inputs for src/domain/fieldWork/fieldEventWrites.ts. */
import {
  addFieldEventParticipant,
  deleteFieldEvent,
  removeFieldEventParticipant,
  updateFieldEvent,
} from "../domain/fieldWork/fieldEventWrites.js";
import { parseId } from "../domain/shared/ids.js";
import type { MutationResolvers } from "../generated/graphql.js";
import { mutate } from "./mutate.js";

export const fieldEventMutationResolvers: {
  Mutation: Pick<MutationResolvers, "updateFieldEvent" | "addFieldEventParticipant" | "removeFieldEventParticipant" | "deleteFieldEvent">;
} = {
  Mutation: {
    updateFieldEvent: (_, { id, input }, ctx, info) =>
      mutate<"UpdateFieldEventResult">(ctx, info, async () => ({
        __typename: "UpdateFieldEventSuccess" as const,
        fieldEvent: await updateFieldEvent(ctx, parseId(id), input),
      })),
    addFieldEventParticipant: (_, { fieldEventId, input }, ctx, info) =>
      mutate<"AddFieldEventParticipantResult">(ctx, info, async () => {
        const participant = await addFieldEventParticipant(ctx, parseId(fieldEventId, "fieldEventId"), {
          contactId: parseId(input.contactId, "input.contactId"),
          role: input.role,
          releaseStatus: input.releaseStatus,
        });
        const fieldEvent = await ctx.prisma.fieldEvent.findUniqueOrThrow({ where: { id: participant.fieldEventId } });
        return { __typename: "AddFieldEventParticipantSuccess" as const, participant, fieldEvent };
      }),
    removeFieldEventParticipant: (_, { id }, ctx, info) =>
      mutate<"RemoveFieldEventParticipantResult">(ctx, info, async () => {
        const removed = await removeFieldEventParticipant(ctx, parseId(id));
        const fieldEvent = await ctx.prisma.fieldEvent.findUniqueOrThrow({ where: { id: removed.fieldEventId } });
        return { __typename: "RemoveFieldEventParticipantSuccess" as const, removedId: String(removed.id), fieldEvent };
      }),
    deleteFieldEvent: (_, { id, cascade }, ctx, info) =>
      mutate<"DeleteFieldEventResult">(ctx, info, async () => {
        const deleted = await deleteFieldEvent(ctx, parseId(id), cascade ?? false);
        return { __typename: "DeleteFieldEventSuccess" as const, ...deleted, deletedId: String(deleted.deletedId) };
      }),
  },
};
