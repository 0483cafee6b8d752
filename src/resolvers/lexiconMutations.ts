/** Resolvers of src/schema/lexiconMutations.graphql (and `createLexiconCategory` of errors.graphql). */
import { parseId } from "../domain/shared/ids.js";
import { createLexiconCategory } from "../domain/vocabulary/createLexiconCategory.js";
import { createLexiconTerm } from "../domain/vocabulary/createLexiconTerm.js";
import { createLexiconTriple } from "../domain/vocabulary/createLexiconTriple.js";
import { deleteLexiconCategory } from "../domain/vocabulary/deleteLexiconCategory.js";
import { deleteLexiconTerm } from "../domain/vocabulary/deleteLexiconTerm.js";
import { deleteLexiconTriple } from "../domain/vocabulary/deleteLexiconTriple.js";
import { addTermToCategory, removeTermFromCategory } from "../domain/vocabulary/termMembership.js";
import { updateLexiconCategory } from "../domain/vocabulary/updateLexiconCategory.js";
import { updateLexiconTerm } from "../domain/vocabulary/updateLexiconTerm.js";
import { updateLexiconTriple } from "../domain/vocabulary/updateLexiconTriple.js";
import type { MutationResolvers } from "../generated/graphql.js";
import { mutate } from "./mutate.js";

export const lexiconMutationResolvers: {
  Mutation: Pick<
    MutationResolvers,
    | "createLexiconCategory"
    | "createLexiconTerm"
    | "updateLexiconTerm"
    | "addTermToCategory"
    | "removeTermFromCategory"
    | "deleteLexiconTerm"
    | "updateLexiconCategory"
    | "deleteLexiconCategory"
    | "createLexiconTriple"
    | "deleteLexiconTriple"
    | "updateLexiconTriple"
  >;
} = {
  Mutation: {
    createLexiconCategory: (_, { input }, ctx, info) =>
      mutate<"CreateLexiconCategoryResult">(ctx, info, async () => ({ __typename: "CreateLexiconCategorySuccess" as const, ...(await createLexiconCategory(ctx, input)) })),
    createLexiconTerm: (_, { input }, ctx, info) =>
      mutate<"CreateLexiconTermResult">(ctx, info, async () => ({ __typename: "CreateLexiconTermSuccess" as const, ...(await createLexiconTerm(ctx, input)) })),
    updateLexiconTerm: (_, { term, input }, ctx, info) =>
      mutate<"UpdateLexiconTermResult">(ctx, info, async () => ({ __typename: "UpdateLexiconTermSuccess" as const, ...(await updateLexiconTerm(ctx, term, input)) })),
    addTermToCategory: (_, { term, category }, ctx, info) =>
      mutate<"AddTermToCategoryResult">(ctx, info, async () => ({ __typename: "LexiconTermCategorySuccess" as const, ...(await addTermToCategory(ctx, term, category)) })),
    removeTermFromCategory: (_, { term, category }, ctx, info) =>
      mutate<"RemoveTermFromCategoryResult">(ctx, info, async () => ({ __typename: "LexiconTermCategorySuccess" as const, ...(await removeTermFromCategory(ctx, term, category)) })),
    deleteLexiconTerm: (_, { term }, ctx, info) =>
      mutate<"DeleteLexiconTermResult">(ctx, info, async () => ({ __typename: "DeleteLexiconTermSuccess" as const, ...(await deleteLexiconTerm(ctx, term)) })),
    updateLexiconCategory: (_, { name, input }, ctx, info) =>
      mutate<"UpdateLexiconCategoryResult">(ctx, info, async () => ({ __typename: "UpdateLexiconCategorySuccess" as const, ...(await updateLexiconCategory(ctx, name, input)) })),
    deleteLexiconCategory: (_, { name }, ctx, info) =>
      mutate<"DeleteLexiconCategoryResult">(ctx, info, async () => ({ __typename: "DeleteLexiconCategorySuccess" as const, name: await deleteLexiconCategory(ctx, name) })),
    createLexiconTriple: (_, { input }, ctx, info) =>
      mutate<"CreateLexiconTripleResult">(ctx, info, async () => ({ __typename: "CreateLexiconTripleSuccess" as const, triple: await createLexiconTriple(ctx, input) })),
    deleteLexiconTriple: (_, { id }, ctx, info) =>
      mutate<"DeleteLexiconTripleResult">(ctx, info, async () => ({ __typename: "DeleteLexiconTripleSuccess" as const, deletedId: String(await deleteLexiconTriple(ctx, parseId(id))) })),
    updateLexiconTriple: (_, { id, input }, ctx, info) =>
      mutate<"UpdateLexiconTripleResult">(ctx, info, async () => ({ __typename: "UpdateLexiconTripleSuccess" as const, triple: await updateLexiconTriple(ctx, parseId(id), input) })),
  },
};
