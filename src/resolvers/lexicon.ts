import { findLexiconCategories } from "../domain/vocabulary/findLexiconCategories.js";
import { findLexiconTriples } from "../domain/vocabulary/findLexiconTriples.js";
import { BadUserInputError } from "../errors/BadUserInputError.js";
import type { LexiconCategoryResolvers, QueryResolvers } from "../generated/graphql.js";

/** Most categories `lexiconTermsByCategory` accepts at once (the lexicon has about 60). */
export const MAX_LEXICON_CATEGORIES = 100;

export const lexiconResolvers: {
  Query: Pick<QueryResolvers, "lexiconTerms" | "lexiconCategories" | "lexiconTermsByCategory" | "lexiconTriples">;
  LexiconCategory: LexiconCategoryResolvers;
} = {
  Query: {
    lexiconTerms: (_, { category }, ctx) => ctx.loaders.termsByCategory.load(category),
    lexiconCategories: (_, __, ctx) => findLexiconCategories(ctx.prisma),
    lexiconTriples: (_, { subject, predicate }, ctx) => findLexiconTriples(ctx.prisma, { subject, predicate }),
    lexiconTermsByCategory: async (_, { categories }, ctx) => {
      const unique = [...new Set(categories)];
      if (unique.length > MAX_LEXICON_CATEGORIES) {
        throw new BadUserInputError(
          `Argument "categories" may name at most ${MAX_LEXICON_CATEGORIES} categories (got ${unique.length})`,
          { argument: "categories", limit: MAX_LEXICON_CATEGORIES },
        );
      }
      const terms = await ctx.loaders.lexiconTermsByCategory.loadMany(unique);
      return unique.map((category, i) => {
        const found = terms[i];
        if (found instanceof Error) throw found;
        return { category, terms: found ?? [] };
      });
    },
  },
  LexiconCategory: {
    terms: (c, _, ctx) => ctx.loaders.lexiconTermsByCategory.load(c.name),
  },
};
