/** Resolvers of src/schema/lexiconMutations.graphql (and `createLexiconCategory` of errors.graphql). */
import {
  addTermToCategory,
  createLexiconCategory,
  createLexiconTerm,
  deleteLexiconTerm,
  removeTermFromCategory,
  updateLexiconTerm,
} from "../domain/vocabulary/lexiconWrites.js";
import type { MutationResolvers } from "../generated/graphql.js";

export const lexiconMutationResolvers: {
  Mutation: Pick<
    MutationResolvers,
    | "createLexiconCategory"
    | "createLexiconTerm"
    | "updateLexiconTerm"
    | "addTermToCategory"
    | "removeTermFromCategory"
    | "deleteLexiconTerm"
  >;
} = {
  Mutation: {
    createLexiconCategory: (_, { input }, ctx) => createLexiconCategory(ctx, input),
    createLexiconTerm: (_, { input }, ctx) => createLexiconTerm(ctx, input),
    updateLexiconTerm: (_, { term, input }, ctx) => updateLexiconTerm(ctx, term, input),
    addTermToCategory: (_, { term, category }, ctx) => addTermToCategory(ctx, term, category),
    removeTermFromCategory: (_, { term, category }, ctx) => removeTermFromCategory(ctx, term, category),
    deleteLexiconTerm: (_, { term }, ctx) => deleteLexiconTerm(ctx, term),
  },
};
