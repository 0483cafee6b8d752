/**
 * Deletes a lexicon triple (the terms it relates stay).
 * Contract: NotFoundError("LexiconTriple", id) for a missing triple; runs through
 * commitLexiconWrite (NOTIFY + cache refresh), like every lexicon mutation. Returns the id.
 */
import { NotFoundError } from "../shared/domainErrors.js";
import { commitLexiconWrite, type LexiconWriteDeps } from "./commitLexiconWrite.js";

export function deleteLexiconTriple(deps: LexiconWriteDeps, id: number): Promise<number> {
  return commitLexiconWrite(deps, `triple:${id}`, async (tx) => {
    const { count } = await tx.lexiconTriple.deleteMany({ where: { id } });
    if (count === 0) throw new NotFoundError("LexiconTriple", id);
    return id;
  });
}
