/**
 * Renaming and revoking API keys (ADR 29).
 *
 * Contract: a user may change their own keys; an Admin any user's key. A key the caller may not
 * change is NotFoundError("ApiKey", id), exactly like a missing one (others' keys are not
 * revealed). `renameApiKey` takes a name as createApiKey does (ValidationError otherwise).
 * `revokeApiKey` sets `revokedAt` to `now`; revoking a revoked key changes nothing and returns it.
 * A revoked key is refused from the next request on (the lookup reads the row every time). Both
 * write the update audit columns (the acting user).
 */
import type { ApiKey, Prisma, PrismaClient } from "../../generated/prisma/client.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import type { ApiKeyOwner } from "./apiKeyOwner.js";
import { checkKeyName } from "./createApiKey.js";

interface Deps {
  prisma: PrismaClient;
  owner: ApiKeyOwner;
  now: Date;
}

function changeable(owner: ApiKeyOwner, id: number): Prisma.ApiKeyWhereInput {
  return owner.role === "Admin" ? { id } : { id, ownerId: owner.id };
}

function audit({ owner, now }: Deps) {
  return { updatedAt: now, updatedById: owner.id, updatedByName: owner.name };
}

/** Applies `data` to the key if the owner may change it, in one statement; NotFoundError otherwise. */
async function changeKey(deps: Deps, id: number, data: Prisma.ApiKeyUpdateManyMutationInput): Promise<ApiKey> {
  const [changed] = await deps.prisma.apiKey.updateManyAndReturn({ where: changeable(deps.owner, id), data });
  if (!changed) throw new NotFoundError("ApiKey", id);
  return changed;
}

export function renameApiKey(deps: Deps, id: number, name: string): Promise<ApiKey> {
  const errors = new FieldErrors();
  checkKeyName(errors, ["name"], name);
  errors.throwIfAny();
  return changeKey(deps, id, { name: name.trim(), ...audit(deps) });
}

export async function revokeApiKey(deps: Deps, id: number): Promise<ApiKey> {
  const key = await deps.prisma.apiKey.findFirst({ where: changeable(deps.owner, id) });
  if (!key) throw new NotFoundError("ApiKey", id);
  if (key.revokedAt !== null) return key;
  return changeKey(deps, id, { revokedAt: deps.now, ...audit(deps) });
}
