/**
 * The closed set of `extensions.code` values this API puts on top-level errors.
 * Apollo's own codes (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, ...) pass through unchanged.
 */
export const ErrorCode = {
  BAD_USER_INPUT: "BAD_USER_INPUT",
  NOT_FOUND: "NOT_FOUND",
  /** A write collided with existing data outside a mutation's result union (a domain ConflictError). */
  CONFLICT: "CONFLICT",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  /** The request did not finish within the server's deadline (HTTP_REQUEST_TIMEOUT_MS). */
  REQUEST_TIMEOUT: "REQUEST_TIMEOUT",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
