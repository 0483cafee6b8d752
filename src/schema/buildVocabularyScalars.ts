/**
 * GraphQL scalar implementations of the vocabulary scalars, validating against one lexicon cache.
 *
 * Contract (each scalar): input must be a string naming a term of the scalar's category
 * (case-insensitive, whitespace-tolerant, known aliases); the value handed to resolvers is the
 * canonical stored term. Anything else is a BAD_USER_INPUT error
 * "<value> is not a <category> term; valid terms: ...". Output is the stored term unchanged.
 */
import { GraphQLScalarType, Kind } from "graphql";

import { BadUserInputError } from "../errors/BadUserInputError.js";
import type { LexiconCache } from "../domain/vocabulary/lexiconCache.js";
import { vocabularyScalarCategories, type VocabularyScalarName } from "../domain/vocabulary/vocabularyScalars.js";

function describe(category: string): string {
  return (
    `A term of the lexicon category \`${category}\`; matched case-insensitively, returned in its canonical ` +
    `spelling. See \`lexiconTerms(category: "${category}")\` for the valid terms.`
  );
}

/** One vocabulary scalar for `category`, validating against `cache` at the time of each request. */
export function buildVocabularyScalar(name: string, category: string, cache: LexiconCache): GraphQLScalarType<string, string> {
  const parse = (value: unknown): string => {
    if (typeof value !== "string") {
      throw new BadUserInputError(`${name} must be a string naming a ${category} term (got ${JSON.stringify(value) ?? String(value)})`, {
        category,
      });
    }
    const result = cache.resolve(category, value);
    if (!result.ok) throw new BadUserInputError(result.message, { category });
    return result.term;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description: describe(category),
    serialize: (value) => {
      if (typeof value !== "string") throw new TypeError(`${name} cannot represent a non-string value`);
      return value;
    },
    parseValue: (value) => parse(value),
    parseLiteral: (node) => {
      if (node.kind !== Kind.STRING) {
        throw new BadUserInputError(`${name} must be a string naming a ${category} term`, { category });
      }
      return parse(node.value);
    },
  });
}

/** Every vocabulary scalar of the schema, by name, bound to `cache`. */
export function buildVocabularyScalars(cache: LexiconCache): Record<VocabularyScalarName, GraphQLScalarType<string, string>> {
  const entries = Object.entries(vocabularyScalarCategories).map(([name, category]) => [
    name,
    buildVocabularyScalar(name, category, cache),
  ]);
  return Object.fromEntries(entries) as Record<VocabularyScalarName, GraphQLScalarType<string, string>>;
}
