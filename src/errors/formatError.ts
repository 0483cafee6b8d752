/**
 * Apollo `formatError`: shows callers only what is written for them.
 * Contract: never throws; masks every unexpected error (message and stack) as
 * INTERNAL_SERVER_ERROR, and database outages as SERVICE_UNAVAILABLE. The original error is
 * logged by the request logger plugin, which also stamps every error with the request id.
 */
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";

import { BadUserInputError } from "./BadUserInputError.js";
import { classifyError } from "./classifyError.js";
import { ErrorCode } from "./errorCodes.js";

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const kind = classifyError(code, unwrapResolverError(error));
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  if (kind === "public") {
    // A literal rejected by a custom scalar (e.g. a vocabulary term of the wrong category) surfaces
    // in validation; it is the caller's input, so it keeps BAD_USER_INPUT.
    if (code === "GRAPHQL_VALIDATION_FAILED" && (error as { originalError?: unknown } | null)?.originalError instanceof BadUserInputError) {
      return { ...formatted, extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT } };
    }
    return { ...formatted, extensions };
  }
  if (kind === "unavailable") {
    return {
      message: "The database is temporarily unavailable; try again shortly.",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  return {
    message: "Internal server error",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
