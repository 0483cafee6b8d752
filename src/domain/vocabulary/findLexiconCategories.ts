/** Every lexicon category, by name (`Query.lexiconCategories`); one statement. */
import type { LexiconCategory, PrismaClient } from "../../generated/prisma/client.js";

export function findLexiconCategories(prisma: PrismaClient): Promise<LexiconCategory[]> {
  return prisma.lexiconCategory.findMany({ orderBy: { name: "asc" } });
}
