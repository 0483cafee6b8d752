/**
 * Renames a lexicon category and/or changes its description (partial: an omitted field stays, an
 * explicit null clears the description; the name cannot be cleared).
 *
 * Contract: every invalid field is listed in one ValidationError (paths under ["input"]);
 * NotFoundError("LexiconCategory", name) for an unknown category; renaming a category the schema
 * uses (a vocabulary scalar's or an enum's, see schemaCategories.ts) is a ValidationError on
 * ["input", "name"]; a new name already in use gives ConflictError on `lexicon_category_name_key`.
 * Memberships refer to the category by id, so terms stay in the renamed category. Runs through
 * commitLexiconWrite (NOTIFY + cache refresh), so the vocabulary follows the new name at once.
 */
import type { LexiconCategory } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength } from "../shared/validation/rules.js";
import { categoryNameRule } from "./categoryNameRule.js";
import { commitLexiconWrite, type AuditedLexiconWriteDeps } from "./commitLexiconWrite.js";
import type { LexiconCategoryChanges } from "./lexiconInput.js";
import { schemaUseOfCategory } from "./schemaCategories.js";

export async function updateLexiconCategory(
  deps: AuditedLexiconWriteDeps,
  name: string,
  input: LexiconCategoryChanges,
): Promise<{ category: LexiconCategory; previousName: string }> {
  const errors = new FieldErrors();
  const newName = input.name;
  if (newName === null) errors.add(["input", "name"], "Name cannot be cleared");
  else if (newName !== undefined) errors.check(["input", "name"], categoryNameRule(newName));
  errors.check(["input", "description"], maxLength(input.description, 255, "Description"));

  const existing = await deps.prisma.lexiconCategory.findUnique({ where: { name }, select: { id: true } });
  if (!existing) throw new NotFoundError("LexiconCategory", name);
  const renamed = newName !== undefined && newName !== null && newName !== name;
  const use = schemaUseOfCategory(name);
  if (renamed && use !== null) errors.add(["input", "name"], `Category ${name} is used by ${use} and cannot be renamed`);
  errors.throwIfAny();

  return commitLexiconWrite(deps, `category:${name}`, async (tx) => {
    const category = await tx.lexiconCategory.update({
      where: { id: existing.id },
      data: {
        ...(renamed ? { name: newName } : {}),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...auditFields(deps, "update"),
      },
    });
    return { category, previousName: name };
  });
}
