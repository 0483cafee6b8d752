/**
 * Verification of OpenID Connect bearer tokens (JWS-signed JWTs) with jose.
 *
 * Contract: a token is accepted only when its signature verifies with a key of the key set (RS256
 * or ES256; any other algorithm, including "none" and HMAC, is refused), its `iss` is the
 * configured issuer (with or without a trailing slash), its `aud` contains the configured
 * audience, it has a `sub` and an `exp`, and it is within `exp`/`nbf` (30 s clock tolerance, by the
 * trust's clock). A refused token is an AuthenticationError naming the reason; a key set that
 * cannot be fetched is SERVICE_UNAVAILABLE (503), because the caller is not at fault.
 */
import { GraphQLError } from "graphql/error/GraphQLError.js"; // Apollo's class: see authErrors.ts
import { errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from "jose";

import { AuthenticationError } from "./authErrors.js";
import { ErrorCode } from "../errors/errorCodes.js";

export const ACCEPTED_ALGORITHMS = ["RS256", "ES256"] as const;
export const CLOCK_TOLERANCE_SECONDS = 30;

export interface TokenTrust {
  /** The keys tokens must be signed with (a remote JWKS, or the local development key). */
  keys: JWTVerifyGetKey;
  issuer: string;
  audience: string;
  /** The clock `exp` and `nbf` are judged by, in ms since the epoch; the system clock by default. */
  now?: () => number;
}

/** What a verified token says: its claims, with a `sub` and an `exp`. */
export type VerifiedClaims = JWTPayload & { sub: string; exp: number };

/** Whether verified `claims` are within their `exp` and `nbf` at `nowMs`, judged as verifyToken judges them. */
export function isWithinLifetime(claims: VerifiedClaims, nowMs: number): boolean {
  // jose's rule: whole seconds, the tolerance on both sides.
  const now = Math.floor(nowMs / 1000);
  if (claims.nbf !== undefined && claims.nbf > now + CLOCK_TOLERANCE_SECONDS) return false;
  return claims.exp > now - CLOCK_TOLERANCE_SECONDS;
}

/** The issuer and its variant with/without a trailing slash (OIDC providers differ). */
export function issuerVariants(issuer: string): string[] {
  const bare = issuer.replace(/\/+$/, "");
  return [bare, `${bare}/`];
}

function unavailable(): GraphQLError {
  return new GraphQLError("The identity provider's signing keys cannot be fetched; try again shortly.", {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, http: { status: 503 } },
  });
}

function refusal(error: unknown, trust: TokenTrust): GraphQLError {
  const invalid = (message: string) => new AuthenticationError(message, { invalidToken: true });
  if (error instanceof errors.JWTExpired) return invalid("The bearer token has expired");
  if (error instanceof errors.JWTClaimValidationFailed) {
    const expected: Record<string, string> = { iss: ` (expected ${trust.issuer})`, aud: ` (expected ${trust.audience})` };
    const state = error.reason === "missing" ? "missing" : "not accepted";
    return invalid(`The bearer token's "${error.claim}" claim is ${state}${expected[error.claim] ?? ""}`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return invalid(`The bearer token must be signed with ${ACCEPTED_ALGORITHMS.join(" or ")}`);
  }
  if (
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys ||
    error instanceof errors.JWSSignatureVerificationFailed
  ) {
    return invalid("The bearer token is not signed by a trusted key");
  }
  // Fetching the key set failed: a timeout, a non-200 answer or bad JSON (generic JOSE errors),
  // or a network error (not a JOSE error at all).
  if (
    error instanceof errors.JWKSTimeout ||
    error instanceof errors.JWKSInvalid ||
    !(error instanceof errors.JOSEError) ||
    error.code === "ERR_JOSE_GENERIC"
  ) {
    return unavailable();
  }
  return invalid("The bearer token is malformed");
}

/** The verified claims of `token`. @throws AuthenticationError, or SERVICE_UNAVAILABLE when the keys are unreachable. */
export async function verifyToken(token: string, trust: TokenTrust): Promise<VerifiedClaims> {
  try {
    const { payload } = await jwtVerify(token, trust.keys, {
      algorithms: [...ACCEPTED_ALGORITHMS],
      issuer: issuerVariants(trust.issuer),
      audience: trust.audience,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
      requiredClaims: ["sub", "exp"],
      currentDate: trust.now ? new Date(trust.now()) : undefined,
    });
    if (typeof payload.sub !== "string" || payload.sub === "") {
      throw new AuthenticationError(`The bearer token's "sub" claim is missing`, { invalidToken: true });
    }
    // jose has checked that `exp` is present and a number (requiredClaims).
    return { ...payload, sub: payload.sub, exp: payload.exp as number };
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    throw refusal(error, trust);
  }
}
