/**
 * The terms of several lexicon categories, each with every category it belongs to.
 *
 * Contract: ONE SQL statement for any number of categories. Returns one list per requested
 * category, in request order; terms alphabetically ignoring case (ties in stored spelling
 * order); an unknown category gives an empty list.
 */
import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";

export interface LexiconTermModel {
  term: string;
  definition: string;
  /** Names of all categories of the term, alphabetically. */
  categories: string[];
}

interface TermRow extends LexiconTermModel {
  category: string;
}

export function compareTerms(a: string, b: string): number {
  return a.localeCompare(b, "en", { sensitivity: "base" }) || (a < b ? -1 : a > b ? 1 : 0);
}

export async function findTermsOfCategories(
  prisma: PrismaClient,
  categories: readonly string[],
): Promise<LexiconTermModel[][]> {
  const rows = await prisma.$queryRaw<TermRow[]>(Prisma.sql`
    SELECT c.name AS category, t.term, t.definition,
      ARRAY(
        SELECT c2.name::text
        FROM lexicon_term_category_association l2 JOIN lexicon_category c2 ON c2.id = l2.category_id
        WHERE l2.term_id = t.id
        ORDER BY c2.name
      ) AS categories
    FROM lexicon_category c
    JOIN lexicon_term_category_association l ON l.category_id = c.id
    JOIN lexicon_term t ON t.id = l.term_id
    WHERE c.name = ANY(${[...categories]}::text[])
  `);
  const byCategory = new Map<string, LexiconTermModel[]>(categories.map((c) => [c, []]));
  for (const { category, ...term } of rows) byCategory.get(category)?.push(term);
  return categories.map((c) => (byCategory.get(c) ?? []).sort((a, b) => compareTerms(a.term, b.term)));
}
