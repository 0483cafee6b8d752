/**
 * Adding a lexicon term to a category and removing it from one.
 *
 * Contract: NotFoundError("LexiconTerm", term) or NotFoundError("LexiconCategory", category) when
 * either is unknown (exact spelling); adding a term to a category that holds a term spelled alike
 * ignoring case is a ValidationError at ["term"] (checkNoCaseTwin), adding it twice a ConflictError
 * (from the database); removing a membership that does not exist is
 * NotFoundError("LexiconTermCategory", "<term> in <category>"). Both run through commitLexiconWrite
 * (NOTIFY + cache refresh) and return the term with its categories afterwards.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { checkNoCaseTwin } from "./checkNoCaseTwin.js";
import { commitLexiconWrite, type AuditedLexiconWriteDeps, type LexiconWriteDeps } from "./commitLexiconWrite.js";
import type { LexiconTermModel } from "./lexiconTermRows.js";
import { termWithCategories } from "./termWithCategories.js";

async function findTermAndCategory(prisma: PrismaClient, term: string, category: string): Promise<{ termId: number; categoryId: number }> {
  const [termRow, categoryRow] = await Promise.all([
    prisma.lexiconTerm.findUnique({ where: { term }, select: { id: true } }),
    prisma.lexiconCategory.findUnique({ where: { name: category }, select: { id: true } }),
  ]);
  if (!termRow) throw new NotFoundError("LexiconTerm", term);
  if (!categoryRow) throw new NotFoundError("LexiconCategory", category);
  return { termId: termRow.id, categoryId: categoryRow.id };
}

export async function addTermToCategory(deps: AuditedLexiconWriteDeps, term: string, category: string): Promise<{ term: LexiconTermModel }> {
  const { termId, categoryId } = await findTermAndCategory(deps.prisma, term, category);
  return commitLexiconWrite(deps, `membership:${term}:${category}`, async (tx) => {
    await checkNoCaseTwin(tx, term, [categoryId], ["term"], termId);
    await tx.lexiconTermCategory.create({ data: { termId, categoryId, ...auditFields(deps, "create") } });
    return { term: await termWithCategories(tx, termId) };
  });
}

export async function removeTermFromCategory(deps: LexiconWriteDeps, term: string, category: string): Promise<{ term: LexiconTermModel }> {
  const { termId, categoryId } = await findTermAndCategory(deps.prisma, term, category);
  return commitLexiconWrite(deps, `membership:${term}:${category}`, async (tx) => {
    const { count } = await tx.lexiconTermCategory.deleteMany({ where: { termId, categoryId } });
    if (count === 0) throw new NotFoundError("LexiconTermCategory", `${term} in ${category}`);
    return { term: await termWithCategories(tx, termId) };
  });
}
