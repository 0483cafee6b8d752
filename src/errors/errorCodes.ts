/**
 * The closed set of `extensions.code` values of top-level GraphQL errors and of HTTP error bodies
 * (docs/errors.md). Code that names a code uses this list, never a string literal.
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
  /** No valid credentials (HTTP 401). */
  UNAUTHENTICATED: "UNAUTHENTICATED",
  /** Credentials that do not allow the operation (HTTP 403). */
  FORBIDDEN: "FORBIDDEN",
  /** A malformed HTTP request (unreadable body, bad escape, a request Apollo refuses). */
  BAD_REQUEST: "BAD_REQUEST",
  /** A body over the size limit (HTTP 413). */
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  /** A content type, charset or encoding the route does not take (HTTP 415). */
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  // Apollo Server's own codes, which pass through unchanged.
  GRAPHQL_PARSE_FAILED: "GRAPHQL_PARSE_FAILED",
  GRAPHQL_VALIDATION_FAILED: "GRAPHQL_VALIDATION_FAILED",
  OPERATION_RESOLUTION_FAILURE: "OPERATION_RESOLUTION_FAILURE",
  PERSISTED_QUERY_NOT_FOUND: "PERSISTED_QUERY_NOT_FOUND",
  PERSISTED_QUERY_NOT_SUPPORTED: "PERSISTED_QUERY_NOT_SUPPORTED",
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
