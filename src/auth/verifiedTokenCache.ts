/**
 * Verified bearer tokens, remembered so that a client sending the same token with every request
 * pays for its signature check once (ADR 38).
 *
 * Contract of `verify(token)`: the claims verifyToken(token, trust) returns, or its error, as if the
 * token were verified now. A token's earlier verification answers instead only while all hold:
 * - the token is within its `exp` and `nbf` at `trust.now()`, judged as verifyToken judges them;
 * - the verification is younger than `maxAgeMs`, at most the key set's own cache age: jose's remote
 *   key set keeps a key the provider removed usable for that long already;
 * - the key set still resolves the token's header to the very key that verified it. A remote key
 *   set that has fetched the keys again since (a token named an unknown key, or its cache age
 *   passed) resolves to new keys, so its tokens are verified again against what the provider
 *   publishes now: a removed key stops working exactly when it does without this cache.
 * Otherwise the token is verified again as on first sight. A refusal is never remembered, so a
 * token refused once is accepted as soon as its key appears.
 *
 * At most `maxEntries` tokens are remembered, the least recently used dropped first (0: none),
 * each under a SHA-256 of the token, with its claims, header and a reference to its key. The
 * claims returned are shared by every request carrying the token: frozen at the top level, and
 * never to be changed below it.
 */
import { createHash } from "node:crypto";

import type { CompactJWSHeaderParameters, FlattenedJWSInput, JWTVerifyGetKey } from "jose";

import { isWithinLifetime, verifyToken, type TokenTrust, type VerifiedClaims } from "./verifyToken.js";

export const DEFAULT_MAX_ENTRIES = 10_000;

export interface VerifiedTokenCacheOptions {
  /** How many tokens are remembered at most; DEFAULT_MAX_ENTRIES by default. */
  maxEntries?: number;
  /** How long a verification is remembered at most, in ms: the key set's cache age. */
  maxAgeMs: number;
}

export interface VerifiedTokenCache {
  verify(token: string): Promise<Readonly<VerifiedClaims>>;
}

type ResolvedKey = Awaited<ReturnType<JWTVerifyGetKey>>;

interface Verification {
  claims: Readonly<VerifiedClaims>;
  header: CompactJWSHeaderParameters;
  key: ResolvedKey;
  verifiedAt: number;
}

function flattened(token: string): FlattenedJWSInput {
  const [header = "", payload = "", signature = ""] = token.split(".");
  return { protected: header, payload, signature };
}

export function createVerifiedTokenCache(trust: TokenTrust, options: VerifiedTokenCacheOptions): VerifiedTokenCache {
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const now = trust.now ?? Date.now;
  // Insertion order is recency: a hit moves its entry to the end, the first entry goes first.
  const verifications = new Map<string, Verification>();

  const stillValid = async (entry: Verification, token: string, at: number): Promise<boolean> => {
    if (at - entry.verifiedAt >= options.maxAgeMs || !isWithinLifetime(entry.claims, at)) return false;
    try {
      return (await trust.keys(entry.header, flattened(token))) === entry.key;
    } catch {
      return false; // verifying again gives the reason
    }
  };

  const verifyAndRemember = async (token: string, id: string): Promise<Readonly<VerifiedClaims>> => {
    const verifiedAt = now();
    let resolved: Pick<Verification, "header" | "key"> | undefined;
    const keys: JWTVerifyGetKey = async (header, input) => {
      const key = await trust.keys(header, input);
      resolved = { header, key };
      return key;
    };
    const claims = Object.freeze(await verifyToken(token, { ...trust, keys, now: () => verifiedAt }));
    if (resolved && maxEntries > 0) {
      verifications.delete(id);
      verifications.set(id, { claims, ...resolved, verifiedAt });
      for (const oldest of verifications.keys()) {
        if (verifications.size <= maxEntries) break;
        verifications.delete(oldest);
      }
    }
    return claims;
  };

  return {
    async verify(token) {
      const id = createHash("sha256").update(token).digest("base64url");
      const entry = verifications.get(id);
      if (entry) {
        const valid = await stillValid(entry, token, now());
        // Another request may have dropped or replaced it meanwhile; only this entry moves or goes.
        if (verifications.get(id) === entry) {
          verifications.delete(id);
          if (valid) verifications.set(id, entry);
        }
        if (valid) return entry.claims;
      }
      return verifyAndRemember(token, id);
    },
  };
}
