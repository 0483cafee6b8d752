/**
 * Apollo `formatError`: shows callers only what is written for them.
 * Contract: never throws; gives a domain failure its API code and details (apiErrorOf.ts); masks every unexpected error (message and stack) as
 * INTERNAL_SERVER_ERROR, database outages as SERVICE_UNAVAILABLE, and values the database refused
 * as data exceptions (SQLSTATE class 22) as BAD_USER_INPUT. Errors graphql-js raises without a
 * code for the caller's request (too many invalid variables) get BAD_USER_INPUT. The original error is
 * logged by the request logger plugin, which also stamps every error with the request id.
 */
import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";

import { apiErrorOf } from "./apiErrorOf.js";
import { BadUserInputError } from "./BadUserInputError.js";
import { classifyError } from "./classifyError.js";
import { ErrorCode } from "./errorCodes.js";

/** What a caller is told when the database refused a value of the request (SQLSTATE class 22). */
export const INVALID_VALUE_MESSAGE = "A value of the request is out of range or malformed for the database; check the arguments.";

/**
 * Apollo refuses some requests (an unsupported persisted-query version, a hash that does not match
 * its query) with a GraphQLError that has a 4xx HTTP status but no code: a malformed request.
 */
function isMalformedRequestError(error: unknown): boolean {
  // Structural, not instanceof: Apollo's and this module's graphql may be different instances.
  const e = error as { originalError?: unknown; extensions?: { code?: unknown; http?: { status?: unknown } } } | null;
  if (e?.extensions === undefined || e.originalError !== undefined || e.extensions.code !== undefined) return false;
  const status = e.extensions.http?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/**
 * graphql-js aborts variable coercion after 50 invalid values with an error that has no code,
 * no nodes and no original error; its message is fixed by graphql-js.
 */
function isCallerRequestError(error: unknown): boolean {
  const e = error as { message?: unknown; nodes?: unknown; originalError?: unknown } | null;
  return (
    typeof e?.message === "string" &&
    e.message.startsWith("Too many errors processing variables") &&
    e.nodes === undefined &&
    e.originalError === undefined
  );
}

/**
 * The code of an error: a domain failure's API code, the code Apollo or graphql-js should have given
 * an error they raised without one for the caller's request, else the error's own code.
 */
export function requestErrorCode(error: unknown, code: unknown): unknown {
  const domain = apiErrorOf(unwrapResolverError(error));
  if (domain !== null) return domain.code;
  if (isCallerRequestError(error)) return ErrorCode.BAD_USER_INPUT;
  if (isMalformedRequestError(error)) return ErrorCode.BAD_REQUEST;
  return code;
}

/** The code an operation's error is reported under (log line, metrics, traces): as `requestErrorCode`, INTERNAL_SERVER_ERROR when it has none. */
export function operationErrorCode(error: { extensions?: { code?: unknown } }): string {
  return String(requestErrorCode(error, error.extensions?.code) ?? ErrorCode.INTERNAL_SERVER_ERROR);
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const domain = apiErrorOf(unwrapResolverError(error));
  if (domain !== null) return { ...formatted, extensions: { code: domain.code, ...domain.extensions } };
  const code = requestErrorCode(error, formatted.extensions?.code);
  const kind = classifyError(code, unwrapResolverError(error));
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  if (kind === "public" && code !== formatted.extensions?.code) {
    return { ...formatted, extensions: { ...extensions, code } };
  }
  if (kind === "public") {
    // A literal rejected by a custom scalar (e.g. a vocabulary term of the wrong category) surfaces
    // in validation; it is the caller's input, so it keeps BAD_USER_INPUT.
    if (code === ErrorCode.GRAPHQL_VALIDATION_FAILED && (error as { originalError?: unknown } | null)?.originalError instanceof BadUserInputError) {
      return { ...formatted, extensions: { ...extensions, code: ErrorCode.BAD_USER_INPUT } };
    }
    return { ...formatted, extensions };
  }
  if (kind === "invalid-input") {
    return {
      message: INVALID_VALUE_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT },
    };
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
