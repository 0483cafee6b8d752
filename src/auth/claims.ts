/**
 * Reading the caller out of verified token claims.
 *
 * Contract: the groups are the value of the roles claim (`AUTH_ROLES_CLAIM`, default `groups`; a
 * dotted name such as `realm_access.roles` walks into nested objects), as an array of strings or
 * one string; anything else counts as no groups. The identity is `sub`, named by `name`, else
 * `preferred_username`, else `sub`.
 */
import type { JWTPayload } from "jose";

import type { ContextUser } from "../context.js";

/** The groups named by the roles claim of `claims`. */
export function groupsOf(claims: JWTPayload, rolesClaim: string): string[] {
  let value: unknown = claims;
  for (const part of rolesClaim.split(".")) {
    value = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined;
  }
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}

/** Who the caller is, for audit columns. */
export function identityOf(claims: JWTPayload & { sub: string }): ContextUser {
  const name = [claims.name, claims.preferred_username].find((v): v is string => typeof v === "string" && v !== "");
  return { id: claims.sub, name: name ?? claims.sub };
}
