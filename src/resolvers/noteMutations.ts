/** Resolvers of src/schema/noteMutations.graphql. */
import { parseId } from "../domain/shared/ids.js";
import { addNote } from "../domain/notes/addNote.js";
import { deleteNote } from "../domain/notes/deleteNote.js";
import { updateNote } from "../domain/notes/updateNote.js";
import type { MutationResolvers } from "../generated/graphql.js";
import { mutate } from "./mutate.js";

export const noteMutationResolvers: { Mutation: Pick<MutationResolvers, "addNote" | "updateNote" | "deleteNote"> } = {
  Mutation: {
    addNote: (_, { input }, ctx, info) => mutate<"AddNoteResult">(ctx, info, async () => ({ __typename: "AddNoteSuccess" as const, note: await addNote(ctx, input) })),
    updateNote: (_, { id, input }, ctx, info) =>
      mutate<"UpdateNoteResult">(ctx, info, async () => ({ __typename: "UpdateNoteSuccess" as const, note: await updateNote(ctx, parseId(id), input) })),
    deleteNote: (_, { id }, ctx, info) =>
      mutate<"DeleteNoteResult">(ctx, info, async () => ({ __typename: "DeleteNoteSuccess" as const, deletedId: String(await deleteNote(ctx.prisma, parseId(id))) })),
  },
};
