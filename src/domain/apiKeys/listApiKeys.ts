/**
 * The API keys a signed-in user may see (ADR 29): their own, newest first; an Admin may ask for
 * every user's keys (`allUsers`). Revoked and expired keys are listed only with `includeInactive`.
 * One statement.
 */
import type { ApiKey, Prisma, PrismaClient } from "../../generated/prisma/client.js";
import type { ApiKeyOwner } from "./apiKeyOwner.js";

export interface ListApiKeysRequest {
  allUsers: boolean;
  includeInactive: boolean;
}

/** True when an Admin asked for every user's keys, false for one's own; others may not ask. */
export function listsAllUsers(owner: ApiKeyOwner, request: ListApiKeysRequest): boolean {
  return request.allUsers && owner.role === "Admin";
}

export function listApiKeys(deps: { prisma: PrismaClient; owner: ApiKeyOwner; now: Date }, request: ListApiKeysRequest): Promise<ApiKey[]> {
  const where: Prisma.ApiKeyWhereInput = {
    ...(listsAllUsers(deps.owner, request) ? {} : { ownerId: deps.owner.id }),
    ...(request.includeInactive ? {} : { revokedAt: null, expiresAt: { gt: deps.now } }),
  };
  return deps.prisma.apiKey.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}
