/**
 * Authentication of machine clients by API key (ADR 29): `Authorization: Bearer ocw_...`.
 *
 * Contract: `authenticate(secret)` gives the caller of an accepted key (verifyApiKey.ts): its role
 * and personal-data capability (an Admin key holds it, as every Admin does), `apiKeyId` set, and
 * as identity the key's owner (`sub`), named "<owner> (API key <id>)" in audit columns. A refused
 * key is AuthenticationError (401, `invalid_token`) with the reason. Each accepted use is handed
 * to a LastUsedRecorder, which writes `last_used_at` from a timer, off the request path; `close()`
 * stops it and writes what is pending. Only requests whose bearer token has the key prefix get
 * here, so anonymous callers and JWTs never cost a key lookup.
 */
import type { PrismaClient } from "../generated/prisma/client.js";
import { LastUsedRecorder } from "../domain/apiKeys/lastUsedRecorder.js";
import { verifyApiKey } from "../domain/apiKeys/verifyApiKey.js";
import { AuthenticationError } from "./authErrors.js";
import { callerFromGroups } from "./caller.js";
import type { Authentication } from "./authentication.js";
import { PERSONAL_DATA_GROUP } from "./roles.js";

export interface ApiKeyAuthentication {
  authenticate(secret: string): Promise<Authentication>;
  /** Writes pending last-used times now (tests, shutdown). */
  flushLastUsed(): Promise<void>;
  close(): Promise<void>;
}

export interface ApiKeyAuthenticationOptions {
  prisma: PrismaClient;
  /** Told about a failed last-used write (the request that used the key has long been answered). */
  onError: (error: unknown) => void;
  now?: () => Date;
  /** How often last-used times are written (default one minute). */
  lastUsedIntervalMs?: number;
}

export function createApiKeyAuthentication(options: ApiKeyAuthenticationOptions): ApiKeyAuthentication {
  const now = options.now ?? (() => new Date());
  const recorder = new LastUsedRecorder(options.prisma, options.onError);
  recorder.start(options.lastUsedIntervalMs);
  return {
    authenticate: async (secret) => {
      const at = now();
      const verdict = await verifyApiKey({ prisma: options.prisma, now: at }, secret);
      if (verdict.kind === "refused") throw new AuthenticationError(verdict.reason, { invalidToken: true });
      recorder.touch(verdict.keyId, at);
      const caller = callerFromGroups([verdict.role, ...(verdict.personalData ? [PERSONAL_DATA_GROUP] : [])]);
      return {
        caller: { ...caller, apiKeyId: verdict.keyId },
        user: { id: verdict.owner.id, name: `${verdict.owner.name} (API key ${verdict.keyId})`.slice(0, 255) },
      };
    },
    flushLastUsed: () => recorder.flush(),
    close: () => recorder.stop(),
  };
}
