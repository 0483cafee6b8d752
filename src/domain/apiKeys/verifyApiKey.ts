/**
 * Whether a presented API key is accepted, and as what (ADR 29).
 *
 * Contract: one indexed read (by the secret's digest) for a well-formed key, none for a malformed
 * one. The verdict is `refused` with a reason for a malformed, unknown, revoked or expired key
 * (expired: `expiresAt <= now`), else `accepted` with the key's id, owner and grants: the role is
 * the lower of the key's role and its owner's role when it was created, and personal data needs
 * both the key's flag and a role. Nothing is written here (see LastUsedRecorder).
 */
import { ROLES, roleIncludes, type Role } from "../../auth/roles.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import { digestOf, isWellFormedApiKey } from "./apiKeySecret.js";
import { apiKeyStatus } from "./apiKeyStatus.js";

export type ApiKeyVerdict =
  | { kind: "refused"; reason: string }
  | { kind: "accepted"; keyId: number; owner: { id: string; name: string }; role: Role; personalData: boolean };

function asRole(value: string): Role | null {
  return ROLES.find((role) => role === value) ?? null;
}

export async function verifyApiKey(deps: { prisma: PrismaClient; now: Date }, secret: string): Promise<ApiKeyVerdict> {
  if (!isWellFormedApiKey(secret)) return { kind: "refused", reason: "The API key is malformed" };
  const key = await deps.prisma.apiKey.findUnique({
    where: { secretDigest: digestOf(secret) },
    select: { id: true, ownerId: true, ownerName: true, ownerRole: true, role: true, personalData: true, expiresAt: true, revokedAt: true },
  });
  if (!key) return { kind: "refused", reason: "The API key is not known" };
  const status = apiKeyStatus(key, deps.now);
  if (status === "revoked") return { kind: "refused", reason: "The API key has been revoked" };
  if (status === "expired") return { kind: "refused", reason: `The API key expired at ${key.expiresAt.toISOString()}` };
  const keyRole = asRole(key.role);
  const ownerRole = asRole(key.ownerRole);
  // ck_api_key_roles keeps both columns to the three roles; a stranger value grants nothing.
  if (keyRole === null || ownerRole === null) return { kind: "refused", reason: "The API key has no valid role" };
  const role = roleIncludes(ownerRole, keyRole) ? keyRole : ownerRole;
  return { kind: "accepted", keyId: key.id, owner: { id: key.ownerId, name: key.ownerName }, role, personalData: key.personalData };
}
