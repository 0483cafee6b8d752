/**
 * The rule that keeps vocabulary scalar input unambiguous: scalars match input ignoring case and
 * spacing, so no category may hold two terms spelled alike in that sense.
 *
 * Contract: inside a lexicon write, fails with a ValidationError at `path` when a term of one of
 * `categoryIds`, other than the term `exceptTermId`, is spelled like `term` ignoring case and
 * spacing. An identical spelling is left to the unique constraint (a ConflictError on
 * lexicon_term_term_key). One statement; none for an empty `categoryIds`.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { normaliseTermInput } from "./lexiconCache.js";

export async function checkNoCaseTwin(
  tx: Prisma.TransactionClient,
  term: string,
  categoryIds: number[],
  path: string[],
  exceptTermId?: number,
): Promise<void> {
  if (categoryIds.length === 0) return;
  const links = await tx.lexiconTermCategory.findMany({
    where: { categoryId: { in: categoryIds }, term: { term: { equals: term.trim(), mode: "insensitive" } } },
    select: { termId: true, term: { select: { term: true } }, category: { select: { name: true } } },
  });
  const key = normaliseTermInput(term);
  const twin = links.find((l) => l.termId !== exceptTermId && l.term.term !== term && normaliseTermInput(l.term.term) === key);
  if (twin) {
    throw new FieldErrors().add(path, `${twin.category.name} already has the term "${twin.term.term}" (terms are matched ignoring case)`).toError();
  }
}
