/**
 * The lexicon categories the API's schema itself depends on: the category of every vocabulary
 * scalar (src/domain/vocabulary/vocabularyScalars.ts) and of every GraphQL enum backed by the
 * lexicon (src/domain/vocabulary/enumValues.ts).
 *
 * Contract: `schemaUseOfCategory` names what uses the category (e.g. "the scalar WellPurpose"), or
 * returns null for a category the schema does not use. Renaming or deleting a category the schema
 * uses would make its scalar or enum reject every value, so category edits refuse those.
 */
import { enumCategories } from "./enumValues.js";
import { vocabularyScalarCategories } from "./vocabularyScalars.js";

const USES: ReadonlyMap<string, string> = new Map([
  ...Object.entries(vocabularyScalarCategories).map(([scalar, category]): [string, string] => [category, `the scalar ${scalar}`]),
  ...Object.entries(enumCategories).map(([name, { category }]): [string, string] => [category, `the enum ${name}`]),
]);

export function schemaUseOfCategory(category: string): string | null {
  return USES.get(category) ?? null;
}
