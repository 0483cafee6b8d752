/**
 * Inside a lexicon write: a term as the API shows it, with every category it now belongs to
 * (alphabetically). Contract: the term must exist (it was just written); one statement.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import type { LexiconTermModel } from "./lexiconTermRows.js";

export async function termWithCategories(tx: Prisma.TransactionClient, termId: number): Promise<LexiconTermModel> {
  const row = await tx.lexiconTerm.findUniqueOrThrow({
    where: { id: termId },
    select: { term: true, definition: true, categoryLinks: { select: { category: { select: { name: true } } } } },
  });
  return {
    term: row.term,
    definition: row.definition,
    categories: row.categoryLinks.map((l) => l.category.name).sort(),
  };
}
