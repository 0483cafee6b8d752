/**
 * The error that reports a GraphQL request over one of its limits (src/defaultQueryLimits.ts).
 *
 * Contract: a request over a limit fails before any resolver runs (so before any SQL) with a
 * top-level error whose message names the limit and its value, and whose extensions carry
 * `limit` (the setting's name), `max` and, where it is known, `actual`. Depth, aliases and cost are
 * `GRAPHQL_VALIDATION_FAILED` (HTTP 400); tokens are `GRAPHQL_PARSE_FAILED` (graphql-js `maxTokens`,
 * HTTP 400); a body over `maxBodyBytes` is refused by the HTTP layer with 413. The numbers and
 * the reasons for them are in ADR.md.
 */
import { GraphQLError, type ASTNode } from "graphql";
import { ErrorCode } from "../../errors/errorCodes.js";

import type { QueryLimits } from "../../defaultQueryLimits.js";

/** Page size assumed for a list field with `first`/`last` arguments when neither is given (the API default). */
export const DEFAULT_LIST_SIZE = 25;

/** The error of a request over a query limit (not a syntax error: those come from graphql-js). */
export function queryLimitError(
  limit: Exclude<keyof QueryLimits, "maxTokens" | "maxBodyBytes">,
  message: string,
  max: number,
  actual: number,
  nodes?: readonly ASTNode[],
): GraphQLError {
  return new GraphQLError(message, {
    ...(nodes ? { nodes } : {}),
    extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED, limit, max, actual, http: { status: 400 } },
  });
}
