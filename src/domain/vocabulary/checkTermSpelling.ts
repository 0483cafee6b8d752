/**
 * The rule of a term's spelling (a lexicon term, or a triple's subject, predicate or object):
 * present, at most 100 characters, no surrounding spaces.
 *
 * Contract: adds every failure to `errors` at `path`, with messages labelled `label`
 * ("<label> is required", "<label> must not start or end with spaces", ...); adds nothing when the
 * spelling passes.
 */
import type { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength, required } from "../shared/validation/rules.js";

export function checkTermSpelling(errors: FieldErrors, path: string[], term: string, label = "Term"): void {
  const missing = required(term, label);
  if (missing) {
    errors.add(path, missing);
    return;
  }
  errors.check(path, maxLength(term, 100, label));
  if (term !== term.trim()) errors.add(path, `${label} must not start or end with spaces`);
}
