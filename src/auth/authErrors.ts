/**
 * The two errors of authentication and authorization, with their HTTP status.
 *
 * Contract: `AuthenticationError` is `extensions.code` UNAUTHENTICATED, HTTP 401 with a
 * `WWW-Authenticate: Bearer` challenge (RFC 6750; `error="invalid_token"` when a token was sent
 * and refused); `ForbiddenError` is FORBIDDEN, HTTP 403. Messages are written for the caller and
 * never contain the token.
 */
import { HeaderMap } from "@apollo/server";
// The class Apollo's own copy of graphql-js uses: AuthenticationError is thrown while the context
// is built, where Apollo keeps a GraphQLError as it is only if `instanceof` holds (else it rewraps
// it as "Context creation failed: ..."). The bare "graphql" import may load the package's other
// build (ESM vs CommonJS, as under vitest); this path is the one Apollo's `require("graphql")` loads.
import { GraphQLError } from "graphql/error/GraphQLError.js";
import { ErrorCode } from "../errors/errorCodes.js";

export class AuthenticationError extends GraphQLError {
  constructor(message: string, options: { invalidToken: boolean } = { invalidToken: false }) {
    const challenge = options.invalidToken
      ? `Bearer error="invalid_token", error_description="${message.replace(/["\\]/g, "'")}"`
      : "Bearer";
    super(message, {
      extensions: {
        code: ErrorCode.UNAUTHENTICATED,
        http: { status: 401, headers: new HeaderMap([["www-authenticate", challenge]]) },
      },
    });
    this.name = "AuthenticationError";
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN, ...extensions, http: { status: 403 } } });
    this.name = "ForbiddenError";
  }
}
