/**
 * The one decision of whether a caller may run a mutation field.
 *
 * Contract: returns null when `caller` may run `field`, else the error to answer with:
 * UNAUTHENTICATED (401) for a caller without a token, whatever the field; FORBIDDEN (403) for a
 * field missing from MUTATION_REQUIREMENTS (fail closed), a role below the requirement, or a
 * missing personal-data capability, or a request made with an API key for a field that needs a
 * signed-in user. The message names the field and what it needs.
 */
import type { GraphQLError } from "graphql";

import { AuthenticationError, ForbiddenError } from "../auth/authErrors.js";
import type { Caller } from "../auth/caller.js";
import { PERSONAL_DATA_GROUP, roleIncludes } from "../auth/roles.js";
import { MUTATION_REQUIREMENTS, type MutationRequirement } from "./mutationRoles.js";

function describe(requirement: MutationRequirement): string {
  return requirement.personalData
    ? `the ${requirement.role} role and the personal-data capability (group ${PERSONAL_DATA_GROUP}, or Admin)`
    : `the ${requirement.role} role`;
}

export function requirementOf(field: string): MutationRequirement | null {
  return Object.hasOwn(MUTATION_REQUIREMENTS, field) ? (MUTATION_REQUIREMENTS[field] ?? null) : null;
}

export function authorizeMutation(caller: Caller, field: string): GraphQLError | null {
  const requirement = requirementOf(field);
  if (!caller.authenticated) {
    return new AuthenticationError(
      `Mutation "${field}" needs an authenticated caller${requirement ? ` with ${describe(requirement)}` : ""}; ` +
        `send a bearer token (Authorization: Bearer <token>)`,
    );
  }
  if (requirement === null) {
    return new ForbiddenError(
      `Mutation "${field}" has no entry in the authorization table (src/authz/mutationRoles.ts), so it is refused to everyone`,
      { field },
    );
  }
  const held = caller.role === null ? "no role" : `the ${caller.role} role`;
  if (!roleIncludes(caller.role, requirement.role)) {
    return new ForbiddenError(`Mutation "${field}" needs ${describe(requirement)}; the caller has ${held}`, {
      field,
      requiredRole: requirement.role,
      personalData: requirement.personalData,
    });
  }
  if (requirement.signedIn && caller.apiKeyId !== undefined) {
    return new ForbiddenError(
      `Mutation "${field}" needs a signed-in user (a token of the identity provider); requests made with an API key may not run it`,
      { field, requiredRole: requirement.role, signedIn: true },
    );
  }
  if (requirement.personalData && !caller.personalData) {
    return new ForbiddenError(
      `Mutation "${field}" needs ${describe(requirement)}; the caller has ${held} without the personal-data capability`,
      { field, requiredRole: requirement.role, personalData: true },
    );
  }
  return null;
}
