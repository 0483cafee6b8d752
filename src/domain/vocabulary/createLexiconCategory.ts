/**
 * Creates a lexicon category (for vocabulary editors).
 *
 * Contract: the name follows categoryNameRule and the description is at most 255 characters, every
 * failing field listed in one ValidationError (paths under ["input"]); a name already in use gives
 * ConflictError on `lexicon_category_name_key` (from the database). Runs through commitLexiconWrite
 * (NOTIFY + cache refresh).
 */
import type { LexiconCategory } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength } from "../shared/validation/rules.js";
import { categoryNameRule } from "./categoryNameRule.js";
import { commitLexiconWrite, type AuditedLexiconWriteDeps } from "./commitLexiconWrite.js";
import type { NewLexiconCategory } from "./lexiconInput.js";

export async function createLexiconCategory(
  deps: AuditedLexiconWriteDeps,
  input: NewLexiconCategory,
): Promise<{ category: LexiconCategory }> {
  const errors = new FieldErrors();
  errors.check(["input", "name"], categoryNameRule(input.name));
  errors.check(["input", "description"], maxLength(input.description, 255, "Description"));
  errors.throwIfAny();
  return commitLexiconWrite(deps, `category:${input.name}`, async (tx) => {
    const category = await tx.lexiconCategory.create({
      data: { name: input.name, description: input.description ?? null, ...auditFields(deps, "create") },
    });
    return { category };
  });
}
