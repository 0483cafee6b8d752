/**
 * Renames a lexicon term and/or changes its definition (partial: an omitted field stays).
 *
 * Contract: neither field can be cleared, and a new spelling follows checkTermSpelling (every
 * failing field listed in one ValidationError, before anything is read); NotFoundError("LexiconTerm",
 * term) for an unknown term; a new spelling that differs only in case or spacing from another term
 * of one of its categories is refused (checkNoCaseTwin), the same spelling as another term gives
 * ConflictError on `lexicon_term_term_key`. A rename follows through every vocabulary column that
 * uses the term (ON UPDATE CASCADE). Runs through commitLexiconWrite (NOTIFY + cache refresh).
 */
import { auditFields } from "../shared/audit.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { checkNoCaseTwin } from "./checkNoCaseTwin.js";
import { checkTermSpelling } from "./checkTermSpelling.js";
import { commitLexiconWrite, type AuditedLexiconWriteDeps } from "./commitLexiconWrite.js";
import type { LexiconTermChanges } from "./lexiconInput.js";
import type { LexiconTermModel } from "./lexiconTermRows.js";
import { termWithCategories } from "./termWithCategories.js";

export async function updateLexiconTerm(
  deps: AuditedLexiconWriteDeps,
  term: string,
  changes: LexiconTermChanges,
): Promise<{ term: LexiconTermModel; previousTerm: string }> {
  const errors = new FieldErrors();
  if (changes.term === null) errors.add(["input", "term"], "Term cannot be cleared");
  else if (changes.term !== undefined) checkTermSpelling(errors, ["input", "term"], changes.term);
  if (changes.definition === null) errors.add(["input", "definition"], "Definition cannot be cleared (use an empty string)");
  errors.throwIfAny();
  const existing = await deps.prisma.lexiconTerm.findUnique({
    where: { term },
    select: { id: true, categoryLinks: { select: { categoryId: true } } },
  });
  if (!existing) throw new NotFoundError("LexiconTerm", term);
  const newTerm = changes.term ?? undefined;
  return commitLexiconWrite(deps, `term:${term}`, async (tx) => {
    if (newTerm !== undefined && newTerm !== term) {
      await checkNoCaseTwin(tx, newTerm, existing.categoryLinks.map((l) => l.categoryId), ["input", "term"], existing.id);
    }
    // Renaming the key cascades through every vocabulary column (ON UPDATE CASCADE).
    await tx.lexiconTerm.update({
      where: { id: existing.id },
      data: {
        ...(newTerm !== undefined ? { term: newTerm } : {}),
        ...(changes.definition !== undefined && changes.definition !== null ? { definition: changes.definition } : {}),
        ...auditFields(deps, "update"),
      },
    });
    return {
      term: await termWithCategories(tx, existing.id),
      previousTerm: term,
    };
  });
}
