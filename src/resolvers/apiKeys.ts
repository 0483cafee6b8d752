/** Resolvers of src/schema/apiKeys.graphql: API keys of machine clients (ADR 29). */
import { AuthenticationError, ForbiddenError } from "../auth/authErrors.js";
import type { Role } from "../auth/roles.js";
import type { ApiKeyOwner } from "../domain/apiKeys/apiKeyOwner.js";
import { apiKeyStatus } from "../domain/apiKeys/apiKeyStatus.js";
import { revokeApiKey, renameApiKey } from "../domain/apiKeys/changeApiKey.js";
import { createApiKey } from "../domain/apiKeys/createApiKey.js";
import { listApiKeys } from "../domain/apiKeys/listApiKeys.js";
import { parseId } from "../domain/shared/ids.js";
import type { AccessRole, ApiKeyResolvers, ApiKeyStatus, MutationResolvers, QueryResolvers } from "../generated/graphql.js";
import type { Context } from "../context.js";
import { mutate } from "./mutate.js";

const ROLE_OF: Record<AccessRole, Role> = { VIEWER: "Viewer", EDITOR: "Editor", ADMIN: "Admin" };
const ACCESS_ROLE_OF: Record<Role, AccessRole> = { Viewer: "VIEWER", Editor: "EDITOR", Admin: "ADMIN" };
const STATUS: Record<ReturnType<typeof apiKeyStatus>, ApiKeyStatus> = { active: "ACTIVE", expired: "EXPIRED", revoked: "REVOKED" };

/**
 * The signed-in user who manages keys. Mutations are authorized by the role table (a role, not an
 * API key) before they run; the query checks the same here. A request without an identity (e.g. a
 * token-less development setup) cannot own keys.
 */
function ownerOf(ctx: Context): ApiKeyOwner {
  const { caller, user } = ctx;
  if (!caller.authenticated) throw new AuthenticationError("API keys belong to signed-in users; send a bearer token");
  if (caller.apiKeyId !== undefined) throw new ForbiddenError("API keys are managed by signed-in users, not with an API key");
  if (caller.role === null) throw new ForbiddenError("API keys need a role (Viewer, Editor or Admin)");
  if (!user) throw new ForbiddenError("API keys belong to a user; this request carries no identity");
  return { id: user.id, name: user.name, role: caller.role, personalData: caller.personalData };
}

export const apiKeyResolvers: {
  Query: Pick<QueryResolvers, "apiKeys">;
  Mutation: Pick<MutationResolvers, "createApiKey" | "renameApiKey" | "revokeApiKey">;
  ApiKey: ApiKeyResolvers;
} = {
  Query: {
    apiKeys: (_, { includeInactive, allUsers }, ctx) => {
      const owner = ownerOf(ctx);
      if (allUsers && owner.role !== "Admin") throw new ForbiddenError("Only an Admin may list every user's API keys");
      return listApiKeys({ prisma: ctx.prisma, owner, now: new Date() }, { includeInactive: includeInactive ?? false, allUsers: allUsers ?? false });
    },
  },
  Mutation: {
    createApiKey: (_, { input }, ctx, info) =>
      mutate<"CreateApiKeyResult">(ctx, info, async () => ({
        __typename: "CreateApiKeySuccess" as const,
        ...(await createApiKey(
          { prisma: ctx.prisma, owner: ownerOf(ctx), now: new Date() },
          { name: input.name, role: ROLE_OF[input.role], expiresAt: input.expiresAt, personalData: input.personalData ?? false },
        )),
      })),
    renameApiKey: (_, { id, name }, ctx, info) =>
      mutate<"RenameApiKeyResult">(ctx, info, async () => ({
        __typename: "RenameApiKeySuccess" as const,
        apiKey: await renameApiKey({ prisma: ctx.prisma, owner: ownerOf(ctx), now: new Date() }, parseId(id), name),
      })),
    revokeApiKey: (_, { id }, ctx, info) =>
      mutate<"RevokeApiKeyResult">(ctx, info, async () => ({
        __typename: "RevokeApiKeySuccess" as const,
        apiKey: await revokeApiKey({ prisma: ctx.prisma, owner: ownerOf(ctx), now: new Date() }, parseId(id)),
      })),
  },
  ApiKey: {
    role: (k) => ACCESS_ROLE_OF[k.role as Role] ?? "VIEWER",
    personalData: (k) => k.personalData || k.role === "Admin",
    status: (k) => STATUS[apiKeyStatus(k, new Date())],
  },
};
