/**
 * What callers give the lexicon writes: new categories, terms and triples, and changes to them.
 *
 * Contract: changes are partial (an absent field stays; null is what "clear" means, and each write
 * says which fields may be cleared). Structurally compatible with the API's input types, so a caller
 * may pass those through unchanged.
 */

export interface NewLexiconCategory {
  /** Category key: lower-case snake_case (categoryNameRule). */
  name: string;
  description?: string | null;
}

export interface LexiconCategoryChanges {
  /** New name; cannot be cleared. */
  name?: string | null;
  /** New description; null clears it. */
  description?: string | null;
}

export interface NewLexiconTerm {
  /** The term, exactly as stored (checkTermSpelling). */
  term: string;
  definition: string;
  /** Names of existing categories; at least one. */
  categories: string[];
}

export interface LexiconTermChanges {
  /** New spelling; cannot be cleared. */
  term?: string | null;
  /** New definition; cannot be cleared (an empty string is a definition). */
  definition?: string | null;
}

/** The three parts of a triple: subject term –predicate→ object term. */
export interface TripleParts {
  subject: string;
  predicate: string;
  object: string;
}

/** The parts of a triple to change; an absent part stays, null is refused. */
export type TripleChanges = { [K in keyof TripleParts]?: string | null };
