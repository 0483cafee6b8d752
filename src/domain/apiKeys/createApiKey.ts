/**
 * Creates an API key for the signed-in user (ADR 29).
 *
 * Contract: `name` is required (not blank, at most 100 characters, trimmed); `role` may not exceed
 * the owner's role and `personalData` needs the owner's personal-data capability; `expiresAt`
 * must lie after `now` and at most MAX_API_KEY_DAYS days after it. Every failing field is listed in
 * one ValidationError (paths under ["input"]) and nothing is written. On success the key row
 * (digest only) is inserted with the owner's id, name and current role, and the secret is returned
 * once: it cannot be read again.
 */
import type { ApiKey, PrismaClient } from "../../generated/prisma/client.js";
import { roleIncludes, type Role } from "../../auth/roles.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength, notBlank } from "../shared/validation/rules.js";
import type { ApiKeyOwner } from "./apiKeyOwner.js";
import { newApiKeySecret } from "./apiKeySecret.js";

/** Longest lifetime of a key, in days. */
export const MAX_API_KEY_DAYS = 365;

const DAY_MS = 86_400_000;

export interface CreateApiKeyRequest {
  name: string;
  role: Role;
  expiresAt: Date;
  personalData: boolean;
}

export interface CreatedApiKey {
  apiKey: ApiKey;
  /** The secret, shown this once. */
  secret: string;
}

/** The rule of a key's name: not blank, at most 100 characters once trimmed. */
export function checkKeyName(errors: FieldErrors, path: string[], name: string): void {
  errors.check(path, notBlank(name, "Name") ?? maxLength(name.trim(), 100, "Name"));
}

export async function createApiKey(
  deps: { prisma: PrismaClient; owner: ApiKeyOwner; now: Date },
  request: CreateApiKeyRequest,
): Promise<CreatedApiKey> {
  const { owner, now } = deps;
  const errors = new FieldErrors();
  checkKeyName(errors, ["input", "name"], request.name);
  if (!roleIncludes(owner.role, request.role)) {
    errors.add(["input", "role"], `A key cannot have more than your own role: you have ${owner.role}, the key asks for ${request.role}`);
  }
  if (request.personalData && !owner.personalData) {
    errors.add(["input", "personalData"], "A key can read personal data only when you can (group PII, or Admin)");
  }
  const latest = new Date(now.getTime() + MAX_API_KEY_DAYS * DAY_MS);
  if (Number.isNaN(request.expiresAt.getTime()) || request.expiresAt.getTime() <= now.getTime()) {
    errors.add(["input", "expiresAt"], "Expiry must be in the future");
  } else if (request.expiresAt.getTime() > latest.getTime()) {
    errors.add(["input", "expiresAt"], `Expiry must be at most ${MAX_API_KEY_DAYS} days ahead (${latest.toISOString()})`);
  }
  errors.throwIfAny();

  const { secret, digest, displayPrefix } = newApiKeySecret();
  const apiKey = await deps.prisma.apiKey.create({
    data: {
      name: request.name.trim(),
      displayPrefix,
      secretDigest: digest,
      ownerId: owner.id,
      ownerName: owner.name,
      ownerRole: owner.role,
      role: request.role,
      personalData: request.personalData,
      expiresAt: request.expiresAt,
      createdById: owner.id,
      createdByName: owner.name,
    },
  });
  return { apiKey, secret };
}
