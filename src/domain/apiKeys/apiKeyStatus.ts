/**
 * Whether a key is accepted at `now`: "revoked" once revoked (whatever its expiry), else "expired"
 * from `expiresAt` on, else "active". verifyApiKey refuses exactly the keys that are not active.
 */
export type ApiKeyStatus = "active" | "expired" | "revoked";

export function apiKeyStatus(key: { revokedAt: Date | null; expiresAt: Date }, now: Date): ApiKeyStatus {
  if (key.revokedAt !== null) return "revoked";
  return key.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}
