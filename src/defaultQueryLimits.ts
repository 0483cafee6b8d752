/**
 * The limits every GraphQL request must stay under (enforced in src/server/limits) and their
 * defaults, which the configuration's GRAPHQL_MAX_* settings override. Kept apart from the server
 * so that the configuration depends on nothing above it. The numbers and the reasons for them are
 * in ADR.md (ADR 18).
 */
export interface QueryLimits {
  /** Deepest field nesting of an operation (introspection meta-fields excluded). */
  maxDepth: number;
  /** Highest estimated cost of an operation (see src/server/limits/queryCost.ts). */
  maxCost: number;
  /** Most aliased fields in one document. */
  maxAliases: number;
  /** Most lexical tokens in one document (graphql-js `maxTokens`). */
  maxTokens: number;
  /** Largest HTTP request body, in bytes. */
  maxBodyBytes: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = Object.freeze({
  maxDepth: 10,
  maxCost: 10_000,
  maxAliases: 20,
  maxTokens: 2_000,
  maxBodyBytes: 8 * 1024 * 1024,
});
