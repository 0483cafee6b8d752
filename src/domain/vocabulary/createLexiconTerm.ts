/**
 * Creates a lexicon term in one or more existing categories (for vocabulary editors).
 *
 * Contract: the spelling follows checkTermSpelling; at least one category, each an existing one
 * (an unknown one fails at ["input", "categories", <index>]); every failing field is listed in one
 * ValidationError. A spelling that differs only in case or spacing from a term of one of its
 * categories is refused (checkNoCaseTwin); the same spelling as any term gives ConflictError on
 * `lexicon_term_term_key` (from the database). Runs through commitLexiconWrite (NOTIFY + cache
 * refresh); returns the term with its categories.
 */
import { auditFields } from "../shared/audit.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { checkNoCaseTwin } from "./checkNoCaseTwin.js";
import { checkTermSpelling } from "./checkTermSpelling.js";
import { commitLexiconWrite, type AuditedLexiconWriteDeps } from "./commitLexiconWrite.js";
import type { NewLexiconTerm } from "./lexiconInput.js";
import type { LexiconTermModel } from "./lexiconTermRows.js";
import { termWithCategories } from "./termWithCategories.js";

export async function createLexiconTerm(deps: AuditedLexiconWriteDeps, input: NewLexiconTerm): Promise<{ term: LexiconTermModel }> {
  const errors = new FieldErrors();
  checkTermSpelling(errors, ["input", "term"], input.term);
  if (input.categories.length === 0) errors.add(["input", "categories"], "At least one category is required");
  const names = [...new Set(input.categories)];
  const categories = await deps.prisma.lexiconCategory.findMany({ where: { name: { in: names } }, select: { id: true, name: true } });
  const known = new Map(categories.map((c) => [c.name, c.id]));
  input.categories.forEach((name, index) => {
    if (!known.has(name)) errors.add(["input", "categories", String(index)], `Unknown lexicon category "${name}"`);
  });
  errors.throwIfAny();
  return commitLexiconWrite(deps, `term:${input.term}`, async (tx) => {
    await checkNoCaseTwin(tx, input.term, [...known.values()], ["input", "term"]);
    const created = await tx.lexiconTerm.create({
      data: {
        term: input.term,
        definition: input.definition,
        ...auditFields(deps, "create"),
        categoryLinks: { create: [...known.values()].map((categoryId) => ({ categoryId, ...auditFields(deps, "create") })) },
      },
      select: { id: true },
    });
    return { term: await termWithCategories(tx, created.id) };
  });
}
