/**
 * Resolvers of src/schema/vocabulary.graphql: the vocabulary scalars. They are built per server from
 * its lexicon cache (no module-level state), and merged by `createApolloServer`.
 */
import { buildVocabularyScalars } from "../schema/buildVocabularyScalars.js";
import type { LexiconCache } from "../domain/vocabulary/lexiconCache.js";

export function vocabularyResolvers(cache: LexiconCache): ReturnType<typeof buildVocabularyScalars> {
  return buildVocabularyScalars(cache);
}
