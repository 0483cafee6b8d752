/**
 * The rule of a lexicon category's name: present, lower-case snake_case starting with a letter,
 * at most 100 characters (the same rule createLexiconCategory applies).
 *
 * Contract: returns the failure message, or null when the name passes.
 */
import { maxLength, required } from "../shared/validation/rules.js";

const CATEGORY_NAME = /^[a-z][a-z0-9_]*$/;

export function categoryNameRule(name: string | null | undefined): string | null {
  const missing = required(name, "Name");
  if (missing !== null || name === null || name === undefined) return missing;
  return (
    maxLength(name, 100, "Name") ??
    (CATEGORY_NAME.test(name) ? null : 'Name must be lower-case snake_case starting with a letter (e.g. "well_purpose")')
  );
}
