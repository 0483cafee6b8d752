/**
 * Who is calling: turns a request's Authorization header into the caller and its identity.
 *
 * Contract of `authenticate(header)`:
 * - no header (or an empty one): the anonymous caller, no identity;
 * - `Bearer <token>` with a token that verifies (verifyToken.ts): the caller of the token's groups
 *   (roles claim) and its identity (`sub`, `name`);
 * - anything else (another scheme, a refused token): AuthenticationError (401), never a silent
 *   downgrade to anonymous, so a client with a broken token learns it at once.
 * - `Bearer ocw_...` (an API key, told apart by its prefix): the caller of the key, by
 *   `options.apiKeys` (apiKeyAuthentication.ts); without it such a token is refused (401);
 * In `bypass` mode (development only) every request is an Admin, whatever it sends. Keys: `oidc`
 * reads the provider's JWKS URL through jose's remote key set, which caches the keys and fetches
 * them again when a token names a key it does not know (key rotation; at most once per cooldown);
 * `dev` trusts the local development key (devKeys.ts), created on first use. A token verified once
 * is not verified again while it is unexpired, younger than the key set's cache age and still
 * signed by a key of the current key set (verifiedTokenCache.ts, ADR 38); each authenticator
 * remembers its own.
 */
import { createRemoteJWKSet, type RemoteJWKSetOptions } from "jose";

import type { AuthConfig } from "../config.js";
import type { ContextUser } from "../context.js";
import { isApiKeyToken } from "../domain/apiKeys/apiKeySecret.js";
import type { ApiKeyAuthentication } from "./apiKeyAuthentication.js";
import type { Authentication } from "./authentication.js";
import { AuthenticationError } from "./authErrors.js";
import { ADMIN_CALLER, ANONYMOUS_CALLER, callerFromGroups } from "./caller.js";
import { groupsOf, identityOf } from "./claims.js";
import { devKeySet, loadOrCreateDevKey } from "./devKeys.js";
import { createVerifiedTokenCache } from "./verifiedTokenCache.js";
import type { TokenTrust } from "./verifyToken.js";

export interface Authenticator {
  readonly mode: AuthConfig["mode"];
  authenticate(authorization: string | undefined): Promise<Authentication>;
}

/** The identity every bypassed request carries (audit columns show it). */
export const BYPASS_USER: ContextUser = Object.freeze({ id: "auth-bypass", name: "Authentication bypass (development)" });

const ANONYMOUS: Authentication = Object.freeze({ caller: ANONYMOUS_CALLER, user: null });

/** How long the remote key set keeps its keys (jose's `cacheMaxAge`), unless the options say otherwise. */
export const KEY_SET_MAX_AGE_MS = 600_000;

export interface AuthenticatorOptions {
  /** Options of the remote key set (oidc mode): timeouts, cooldown, cache age. */
  remoteJwks?: RemoteJWKSetOptions;
  /** Accepts API keys of machine clients; without it they are refused. */
  apiKeys?: ApiKeyAuthentication;
  /** How many verified tokens to remember (verifiedTokenCache.ts); 10,000 by default, 0 for none. */
  verifiedTokens?: number;
  /** The clock tokens' `exp`/`nbf` and remembered verifications are judged by (ms); Date.now by default. */
  now?: () => number;
}

export async function createAuthenticator(auth: AuthConfig, options: AuthenticatorOptions = {}): Promise<Authenticator> {
  if (auth.mode === "bypass") {
    return { mode: auth.mode, authenticate: async () => ({ caller: ADMIN_CALLER, user: BYPASS_USER }) };
  }
  const remoteJwks: RemoteJWKSetOptions = { cooldownDuration: 30_000, cacheMaxAge: KEY_SET_MAX_AGE_MS, ...options.remoteJwks };
  const trust: TokenTrust = {
    keys: auth.mode === "oidc" ? createRemoteJWKSet(new URL(auth.jwksUrl), remoteJwks) : devKeySet(await loadOrCreateDevKey(auth.devKeysDir)),
    issuer: auth.issuer,
    audience: auth.audience,
    now: options.now,
  };
  const verifiedTokens = createVerifiedTokenCache(trust, {
    maxAgeMs: remoteJwks.cacheMaxAge ?? KEY_SET_MAX_AGE_MS,
    maxEntries: options.verifiedTokens,
  });
  return {
    mode: auth.mode,
    authenticate: async (authorization) => {
      const header = authorization?.trim() ?? "";
      if (header === "") return ANONYMOUS;
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match?.[1]) {
        throw new AuthenticationError('The Authorization header must be "Bearer <token>"', { invalidToken: true });
      }
      if (isApiKeyToken(match[1])) {
        if (!options.apiKeys) throw new AuthenticationError("This server does not accept API keys", { invalidToken: true });
        return options.apiKeys.authenticate(match[1]);
      }
      const claims = await verifiedTokens.verify(match[1]);
      return { caller: callerFromGroups(groupsOf(claims, auth.rolesClaim), auth.roleGroups), user: identityOf(claims) };
    },
  };
}
