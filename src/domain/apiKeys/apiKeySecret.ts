/**
 * The secret of an API key (ADR 29).
 *
 * Contract: a secret is `ocw_` followed by 43 base64url characters (32 random bytes), so that it is
 * told apart from a JWT (three dot-separated parts) by its prefix alone; only its SHA-256 digest
 * (lower-case hex) is stored; `displayPrefix` is the first 12 characters, shown in lists to tell
 * keys apart (8 random characters: useless for guessing the other 35).
 */
import { createHash, randomBytes } from "node:crypto";

export const API_KEY_PREFIX = "ocw_";

const SHAPE = /^ocw_[A-Za-z0-9_-]{43}$/;

export interface NewApiKeySecret {
  secret: string;
  digest: string;
  displayPrefix: string;
}

/** True when `token` is meant as an API key (it has the prefix), well-formed or not. */
export function isApiKeyToken(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX);
}

/** True when `token` has the exact shape of a secret this server issues. */
export function isWellFormedApiKey(token: string): boolean {
  return SHAPE.test(token);
}

export function digestOf(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

export function newApiKeySecret(): NewApiKeySecret {
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, digest: digestOf(secret), displayPrefix: secret.slice(0, 12) };
}
