/** Resolvers of src/schema/lexiconMutations.graphql (and `createLexiconCategory` of errors.graphql). */
import { createLexiconTriple } from "../domain/lexicon/createLexiconTriple.js";
import { deleteLexiconCategory } from "../domain/lexicon/deleteLexiconCategory.js";
import { deleteLexiconTriple } from "../domain/lexicon/deleteLexiconTriple.js";
import { updateLexiconCategory } from "../domain/lexicon/updateLexiconCategory.js";
import { updateLexiconTriple } from "../domain/lexicon/updateLexiconTriple.js";
import { parseId } from "../domain/ids.js";
import {
  addTermToCategory,
  createLexiconCategory,
  createLexiconTerm,
  deleteLexiconTerm,
  removeTermFromCategory,
  updateLexiconTerm,
} from "../domain/vocabulary/lexiconWrites.js";
import type { MutationResolvers } from "../generated/graphql.js";
import { ALL_ERRORS, mutate } from "./mutate.js";

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
    createLexiconCategory: (_, { input }, ctx) => createLexiconCategory(ctx, input),
    createLexiconTerm: (_, { input }, ctx) => createLexiconTerm(ctx, input),
    updateLexiconTerm: (_, { term, input }, ctx) => updateLexiconTerm(ctx, term, input),
    addTermToCategory: (_, { term, category }, ctx) => addTermToCategory(ctx, term, category),
    removeTermFromCategory: (_, { term, category }, ctx) => removeTermFromCategory(ctx, term, category),
    deleteLexiconTerm: (_, { term }, ctx) => deleteLexiconTerm(ctx, term),
    updateLexiconCategory: (_, { name, input }, ctx) =>
      mutate(ctx, ALL_ERRORS, async () => ({ __typename: "UpdateLexiconCategorySuccess" as const, ...(await updateLexiconCategory(ctx, name, input)) })),
    deleteLexiconCategory: (_, { name }, ctx) =>
      mutate(ctx, ALL_ERRORS, async () => ({ __typename: "DeleteLexiconCategorySuccess" as const, name: await deleteLexiconCategory(ctx, name) })),
    createLexiconTriple: (_, { input }, ctx) =>
      mutate(ctx, ALL_ERRORS, async () => ({ __typename: "CreateLexiconTripleSuccess" as const, triple: await createLexiconTriple(ctx, input) })),
    deleteLexiconTriple: (_, { id }, ctx) =>
      mutate(ctx, ALL_ERRORS, async () => ({ __typename: "DeleteLexiconTripleSuccess" as const, deletedId: String(await deleteLexiconTriple(ctx, parseId(id))) })),
    updateLexiconTriple: (_, { id, input }, ctx) =>
      mutate(ctx, ALL_ERRORS, async () => ({ __typename: "UpdateLexiconTripleSuccess" as const, triple: await updateLexiconTriple(ctx, parseId(id), input) })),
  },
};
