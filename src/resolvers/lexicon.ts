import type { QueryResolvers } from "../generated/graphql.js";

export const lexiconResolvers: { Query: Pick<QueryResolvers, "lexiconTerms"> } = {
  Query: {
    lexiconTerms: (_, { category }, ctx) => ctx.loaders.termsByCategory.load(category),
  },
};
