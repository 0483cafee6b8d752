/**
 * Lexicon triples (`Query.lexiconTriples`), optionally only those with a given subject and/or
 * predicate (exact match), ordered by subject, predicate, object, then id; one statement.
 * The lexicon is public vocabulary: its tables have no release status, so every caller sees
 * every triple (like lexiconCategories and lexiconTerms).
 */
import type { LexiconTriple, Prisma, PrismaClient } from "../../generated/prisma/client.js";

export function findLexiconTriples(
  prisma: PrismaClient,
  filter: { subject?: string | null; predicate?: string | null },
): Promise<LexiconTriple[]> {
  const where: Prisma.LexiconTripleWhereInput = {
    ...(filter.subject != null ? { subject: filter.subject } : {}),
    ...(filter.predicate != null ? { predicate: filter.predicate } : {}),
  };
  return prisma.lexiconTriple.findMany({
    where,
    orderBy: [{ subject: "asc" }, { predicate: "asc" }, { object: "asc" }, { id: "asc" }],
  });
}
