/**
 * Validates the arguments of `search`.
 *
 * Contract: returns the query with control characters removed and white space collapsed, and the
 * number of hits wanted; a blank or over-long query, or `first` outside 0..MAX_SEARCH_HITS, is a
 * InvalidArgumentError naming the argument, raised before any SQL.
 */
import { InvalidArgumentError } from "../shared/domainErrors.js";
import { parsePageRequest } from "../shared/pagination/pageArgs.js";

export const DEFAULT_SEARCH_HITS = 25;
export const MAX_SEARCH_HITS = 100;
export const MAX_QUERY_LENGTH = 200;

export interface SearchRequest {
  /** The normalised query text (never empty). */
  text: string;
  /** Maximum number of hits. */
  limit: number;
}

export function parseSearchRequest(args: { query: string; first?: number | null }): SearchRequest {
  const text = args.query.replace(/\p{Cc}/gu, " ").replace(/\s+/g, " ").trim();
  if (text === "") {
    throw new InvalidArgumentError('Argument "query" must not be blank', { argument: "query" });
  }
  if (text.length > MAX_QUERY_LENGTH) {
    throw new InvalidArgumentError(
      `Argument "query" must be at most ${MAX_QUERY_LENGTH} characters (got ${text.length})`,
      { argument: "query", limit: MAX_QUERY_LENGTH },
    );
  }
  const { take } = parsePageRequest({ first: args.first ?? DEFAULT_SEARCH_HITS }, MAX_SEARCH_HITS);
  return { text, limit: take };
}
