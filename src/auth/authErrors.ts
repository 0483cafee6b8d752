/**
 * The two errors of authentication and authorization, with their HTTP status.
 *
 * Contract: `AuthenticationError` is `extensions.code` UNAUTHENTICATED, HTTP 401 with a
 * `WWW-Authenticate: Bearer` challenge (RFC 6750; `error="invalid_token"` when a token was sent
 * and refused); `ForbiddenError` is FORBIDDEN, HTTP 403. Messages are written for the caller and
 * never contain the token.
 */
import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";

export class AuthenticationError extends GraphQLError {
  constructor(message: string, options: { invalidToken: boolean } = { invalidToken: false }) {
    const challenge = options.invalidToken
      ? `Bearer error="invalid_token", error_description="${message.replace(/["\\]/g, "'")}"`
      : "Bearer";
    super(message, {
      extensions: {
        code: "UNAUTHENTICATED",
        http: { status: 401, headers: new HeaderMap([["www-authenticate", challenge]]) },
      },
    });
    this.name = "AuthenticationError";
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code: "FORBIDDEN", ...extensions, http: { status: 403 } } });
    this.name = "ForbiddenError";
  }
}
