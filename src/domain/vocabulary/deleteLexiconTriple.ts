/**
 * Deletes a lexicon triple (the terms it relates stay).
 * Contract: NotFoundError("LexiconTriple", id) for a missing triple; runs through
 * commitLexiconWrite (NOTIFY + cache refresh), like every lexicon mutation. Returns the id.
 */
import type { Context } from "../../context.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { commitLexiconWrite } from "./commitLexiconWrite.js";

export function deleteLexiconTriple(ctx: Pick<Context, "prisma" | "lexicon" | "log">, id: number): Promise<number> {
  return commitLexiconWrite(ctx, `triple:${id}`, async (tx) => {
    const { count } = await tx.lexiconTriple.deleteMany({ where: { id } });
    if (count === 0) throw new NotFoundError("LexiconTriple", id);
    return id;
  });
}
