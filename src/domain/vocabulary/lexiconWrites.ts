/**
 * Writes of the controlled vocabulary (categories, terms, memberships), for vocabulary editors.
 *
 * Contract: each write runs in one transaction that also NOTIFYs `lexicon_changed` (delivered to
 * other server processes only if it commits), and refreshes this server's lexicon cache after the
 * commit, so the vocabulary scalars accept the change in the very next request. Expected failures are
 * thrown as domain failures (src/domain/shared/domainErrors.ts); database errors propagate unchanged.
 * Terms are matched exactly (they are case-sensitive keys); a new spelling that differs only in case
 * from a term of one of its categories is rejected, because scalar input is matched case-insensitively.
 */
import type { Context } from "../../context.js";
import type { LexiconCategory, Prisma } from "../../generated/prisma/client.js";
import { categoryNameRule } from "./categoryNameRule.js";
import { checkTermSpelling } from "./checkTermSpelling.js";
import { commitLexiconWrite } from "./commitLexiconWrite.js";
import type { LexiconTermModel } from "./lexiconTermRows.js";
import { auditFields } from "../shared/audit.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength } from "../shared/validation/rules.js";
import { normaliseTermInput } from "./lexiconCache.js";

type Tx = Prisma.TransactionClient;

export interface CreateCategoryInput {
  name: string;
  description?: string | null;
}
export interface CreateTermInput {
  term: string;
  definition: string;
  categories: string[];
}
export interface UpdateTermInput {
  term?: string | null;
  definition?: string | null;
}

async function termWithCategories(tx: Tx, termId: number): Promise<LexiconTermModel> {
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

/**
 * Fails with a ValidationError at `path` when a term of one of `categoryIds`, other than the term
 * `exceptTermId`, is spelled like `term` ignoring case and spacing.
 */
async function checkNoCaseTwin(tx: Tx, term: string, categoryIds: number[], path: string[], exceptTermId?: number): Promise<void> {
  if (categoryIds.length === 0) return;
  const links = await tx.lexiconTermCategory.findMany({
    where: { categoryId: { in: categoryIds }, term: { term: { equals: term.trim(), mode: "insensitive" } } },
    select: { termId: true, term: { select: { term: true } }, category: { select: { name: true } } },
  });
  const key = normaliseTermInput(term);
  // An identical spelling is left to the unique constraint (a ConflictError on lexicon_term_term_key).
  const twin = links.find((l) => l.termId !== exceptTermId && l.term.term !== term && normaliseTermInput(l.term.term) === key);
  if (twin) {
    throw new FieldErrors().add(path, `${twin.category.name} already has the term "${twin.term.term}" (terms are matched ignoring case)`).toError();
  }
}

export async function createLexiconCategory(
  ctx: Context,
  input: CreateCategoryInput,
): Promise<{ category: LexiconCategory }> {
  const errors = new FieldErrors();
  errors.check(["input", "name"], categoryNameRule(input.name));
  errors.check(["input", "description"], maxLength(input.description, 255, "Description"));
  errors.throwIfAny();
  return commitLexiconWrite(ctx, `category:${input.name}`, async (tx) => {
    const category = await tx.lexiconCategory.create({
      data: { name: input.name, description: input.description ?? null, ...auditFields(ctx, "create") },
    });
    return { category };
  });
}

export async function createLexiconTerm(
  ctx: Context,
  input: CreateTermInput,
): Promise<{ term: LexiconTermModel }> {
  const errors = new FieldErrors();
  checkTermSpelling(errors, ["input", "term"], input.term);
  if (input.categories.length === 0) errors.add(["input", "categories"], "At least one category is required");
  const names = [...new Set(input.categories)];
  const categories = await ctx.prisma.lexiconCategory.findMany({ where: { name: { in: names } }, select: { id: true, name: true } });
  const known = new Map(categories.map((c) => [c.name, c.id]));
  input.categories.forEach((name, index) => {
    if (!known.has(name)) errors.add(["input", "categories", String(index)], `Unknown lexicon category "${name}"`);
  });
  errors.throwIfAny();
  return commitLexiconWrite(ctx, `term:${input.term}`, async (tx) => {
    await checkNoCaseTwin(tx, input.term, [...known.values()], ["input", "term"]);
    const created = await tx.lexiconTerm.create({
      data: {
        term: input.term,
        definition: input.definition,
        ...auditFields(ctx, "create"),
        categoryLinks: { create: [...known.values()].map((categoryId) => ({ categoryId, ...auditFields(ctx, "create") })) },
      },
      select: { id: true },
    });
    return { term: await termWithCategories(tx, created.id) };
  });
}

export async function updateLexiconTerm(
  ctx: Context,
  term: string,
  input: UpdateTermInput,
): Promise<{ term: LexiconTermModel; previousTerm: string }> {
  const errors = new FieldErrors();
  if (input.term === null) errors.add(["input", "term"], "Term cannot be cleared");
  else if (input.term !== undefined) checkTermSpelling(errors, ["input", "term"], input.term);
  if (input.definition === null) errors.add(["input", "definition"], "Definition cannot be cleared (use an empty string)");
  errors.throwIfAny();
  const existing = await ctx.prisma.lexiconTerm.findUnique({
    where: { term },
    select: { id: true, categoryLinks: { select: { categoryId: true } } },
  });
  if (!existing) throw new NotFoundError("LexiconTerm", term);
  const newTerm = input.term ?? undefined;
  return commitLexiconWrite(ctx, `term:${term}`, async (tx) => {
    if (newTerm !== undefined && newTerm !== term) {
      await checkNoCaseTwin(tx, newTerm, existing.categoryLinks.map((l) => l.categoryId), ["input", "term"], existing.id);
    }
    // Renaming the key cascades through every vocabulary column (ON UPDATE CASCADE).
    await tx.lexiconTerm.update({
      where: { id: existing.id },
      data: {
        ...(newTerm !== undefined ? { term: newTerm } : {}),
        ...(input.definition !== undefined && input.definition !== null ? { definition: input.definition } : {}),
        ...auditFields(ctx, "update"),
      },
    });
    return {
      term: await termWithCategories(tx, existing.id),
      previousTerm: term,
    };
  });
}

async function findTermAndCategory(ctx: Context, term: string, category: string) {
  const [termRow, categoryRow] = await Promise.all([
    ctx.prisma.lexiconTerm.findUnique({ where: { term }, select: { id: true } }),
    ctx.prisma.lexiconCategory.findUnique({ where: { name: category }, select: { id: true } }),
  ]);
  if (!termRow) throw new NotFoundError("LexiconTerm", term);
  if (!categoryRow) throw new NotFoundError("LexiconCategory", category);
  return { termId: termRow.id, categoryId: categoryRow.id };
}

export async function addTermToCategory(
  ctx: Context,
  term: string,
  category: string,
): Promise<{ term: LexiconTermModel }> {
  const { termId, categoryId } = await findTermAndCategory(ctx, term, category);
  return commitLexiconWrite(ctx, `membership:${term}:${category}`, async (tx) => {
    await checkNoCaseTwin(tx, term, [categoryId], ["term"], termId);
    await tx.lexiconTermCategory.create({ data: { termId, categoryId, ...auditFields(ctx, "create") } });
    return { term: await termWithCategories(tx, termId) };
  });
}

export async function removeTermFromCategory(
  ctx: Context,
  term: string,
  category: string,
): Promise<{ term: LexiconTermModel }> {
  const { termId, categoryId } = await findTermAndCategory(ctx, term, category);
  return commitLexiconWrite(ctx, `membership:${term}:${category}`, async (tx) => {
    const { count } = await tx.lexiconTermCategory.deleteMany({ where: { termId, categoryId } });
    if (count === 0) throw new NotFoundError("LexiconTermCategory", `${term} in ${category}`);
    return { term: await termWithCategories(tx, termId) };
  });
}

export async function deleteLexiconTerm(
  ctx: Context,
  term: string,
): Promise<{ term: string }> {
  const existing = await ctx.prisma.lexiconTerm.findUnique({ where: { term }, select: { id: true } });
  if (!existing) throw new NotFoundError("LexiconTerm", term);
  // A term still used by a record is protected by ON DELETE RESTRICT: mapped to a ConflictError
  // naming the foreign key.
  return commitLexiconWrite(ctx, `term:${term}`, async (tx) => {
    await tx.lexiconTerm.delete({ where: { id: existing.id } });
    return { term };
  });
}
