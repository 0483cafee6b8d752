/**
 * Deletes a lexicon term (with its category memberships).
 *
 * Contract: NotFoundError("LexiconTerm", term) for an unknown term; a term still used by a record
 * is protected by ON DELETE RESTRICT, which reaches the caller as a ConflictError naming the
 * foreign key. Runs through commitLexiconWrite (NOTIFY + cache refresh); returns the term.
 */
import { NotFoundError } from "../shared/domainErrors.js";
import { commitLexiconWrite, type LexiconWriteDeps } from "./commitLexiconWrite.js";

export async function deleteLexiconTerm(deps: LexiconWriteDeps, term: string): Promise<{ term: string }> {
  const existing = await deps.prisma.lexiconTerm.findUnique({ where: { term }, select: { id: true } });
  if (!existing) throw new NotFoundError("LexiconTerm", term);
  return commitLexiconWrite(deps, `term:${term}`, async (tx) => {
    await tx.lexiconTerm.delete({ where: { id: existing.id } });
    return { term };
  });
}
