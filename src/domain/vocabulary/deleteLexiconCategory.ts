/**
 * Deletes a lexicon category that has no terms.
 *
 * Contract: NotFoundError("LexiconCategory", name) for an unknown category; a category the schema
 * uses (a vocabulary scalar's or an enum's) gives a ValidationError on ["name"]; a category that
 * still has terms gives ConflictError on `lexicon_term_category_association_category_id_fkey`
 * naming the count and the first terms (remove them from the category first). The category row is
 * locked (FOR UPDATE) before the terms are counted, so no membership can be added between the check
 * and the delete. Runs through commitLexiconWrite (NOTIFY + cache refresh).
 */
import { ConflictError, NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { commitLexiconWrite, type LexiconWriteDeps } from "./commitLexiconWrite.js";
import { schemaUseOfCategory } from "./schemaCategories.js";

/** The foreign key of the memberships of a category (ON DELETE CASCADE in the database). */
export const CATEGORY_MEMBERSHIP_FKEY = "lexicon_term_category_association_category_id_fkey";

/** How many of the category's terms the ConflictError names. */
const NAMED_TERMS = 5;

export function deleteLexiconCategory(deps: LexiconWriteDeps, name: string): Promise<string> {
  return commitLexiconWrite(deps, `category:${name}`, async (tx) => {
    const locked = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM lexicon_category WHERE name = ${name} FOR UPDATE`;
    const id = locked[0]?.id;
    if (id === undefined) throw new NotFoundError("LexiconCategory", name);
    const use = schemaUseOfCategory(name);
    if (use !== null) new FieldErrors().add(["name"], `Category ${name} is used by ${use} and cannot be deleted`).throwIfAny();
    const count = await tx.lexiconTermCategory.count({ where: { categoryId: id } });
    if (count > 0) {
      const links = await tx.lexiconTermCategory.findMany({
        where: { categoryId: id },
        select: { term: { select: { term: true } } },
        orderBy: { term: { term: "asc" } },
        take: NAMED_TERMS,
      });
      const named = links.map((l) => `"${l.term.term}"`).join(", ");
      throw new ConflictError(`Category ${name} still has ${count} term(s) (${named}${count > NAMED_TERMS ? ", ..." : ""}); remove them from the category first`, CATEGORY_MEMBERSHIP_FKEY, ["categoryId"]);
    }
    await tx.lexiconCategory.delete({ where: { id } });
    return name;
  });
}
