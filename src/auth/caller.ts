/**
 * What a caller may do and see, decided once per request from its token (or its absence).
 *
 * Contract: `authenticated` is false exactly for a request without a token; `role` is null for
 * anonymous callers and for tokens naming no role (both see only released records and cannot
 * write); `personalData` is true only for Admins and members of the PII group. Nothing else in
 * the server decides roles.
 */
import { DEFAULT_ROLE_GROUPS, grantsOf, type RoleGroups } from "./roleGroups.js";
import { grantsPersonalData, highestRole, type Role } from "./roles.js";

export interface Caller {
  /** True when the request carried a verified token (or the development bypass is on). */
  readonly authenticated: boolean;
  /** Highest role held; null for an anonymous caller or a token without a role. */
  readonly role: Role | null;
  /** May read personal data of contacts (names of persons, emails, phones, addresses). */
  readonly personalData: boolean;
  /** The API key the request was authenticated with (ADR 29); absent for tokens of the identity provider. */
  readonly apiKeyId?: number;
}

/** A request without a token. */
export const ANONYMOUS_CALLER: Caller = Object.freeze({ authenticated: false, role: null, personalData: false });

/** An Admin (who holds the personal-data capability too). */
export const ADMIN_CALLER: Caller = Object.freeze({ authenticated: true, role: "Admin", personalData: true });

/** The caller described by the groups of a verified token, under the configured group mapping (roleGroups.ts). */
export function callerFromGroups(groups: readonly string[], mapping: RoleGroups = DEFAULT_ROLE_GROUPS): Caller {
  const grants = grantsOf(groups, mapping);
  return { authenticated: true, role: highestRole(grants), personalData: grantsPersonalData(grants) };
}
