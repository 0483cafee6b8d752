/** Loaders of the controlled vocabulary, keyed by category name. */
import DataLoader from "dataloader";

import type { PrismaClient } from "../generated/prisma/client.js";
import { findTermsOfCategories } from "../domain/vocabulary/lexiconTermRows.js";
import { manyByKey } from "../domain/shared/keyOrder.js";

export function createLexiconLoaders(prisma: PrismaClient) {
  return {
    /** Terms of each category, alphabetically (case-insensitive); unknown categories give []. */
    termsByCategory: new DataLoader(async (categories: readonly string[]) => {
      const links = await prisma.lexiconTermCategory.findMany({
        where: { category: { name: { in: [...categories] } } },
        select: { term: { select: { term: true } }, category: { select: { name: true } } },
      });
      return manyByKey(categories, links, (l) => l.category.name).map((ls) =>
        [...new Set(ls.map((l) => l.term.term))].sort((a, b) =>
          a.localeCompare(b, "en", { sensitivity: "base" }),
        ),
      );
    }),
    /** Terms of each category with their definitions and categories, alphabetically; unknown categories give []. */
    lexiconTermsByCategory: new DataLoader((categories: readonly string[]) => findTermsOfCategories(prisma, categories)),
  };
}
