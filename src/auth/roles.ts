/**
 * Roles of callers, from the groups of their token.
 *
 * Contract: three ranked roles, Admin ⊇ Editor ⊇ Viewer (a caller holds the highest role any of
 * its groups names); personal data of contacts is a separate capability, held by members of the
 * `PII` group and by every Admin. Group names match ignoring case; unknown groups are ignored.
 */

export const ROLES = ["Viewer", "Editor", "Admin"] as const;
export type Role = (typeof ROLES)[number];

/** The group that grants the personal-data capability to a Viewer or an Editor. */
export const PERSONAL_DATA_GROUP = "PII";

const RANK: Record<Role, number> = { Viewer: 1, Editor: 2, Admin: 3 };

/** True when `held` (null: anonymous) includes `required`. */
export function roleIncludes(held: Role | null, required: Role): boolean {
  return held !== null && RANK[held] >= RANK[required];
}

/** The role a group name stands for, or null. */
export function roleOfGroup(group: string): Role | null {
  const lower = group.toLowerCase();
  return ROLES.find((role) => role.toLowerCase() === lower) ?? null;
}

/** The highest role named by `groups`, or null when none is. */
export function highestRole(groups: readonly string[]): Role | null {
  let best: Role | null = null;
  for (const group of groups) {
    const role = roleOfGroup(group);
    if (role !== null && (best === null || RANK[role] > RANK[best])) best = role;
  }
  return best;
}

/** True when `groups` grant the personal-data capability (the PII group, or Admin). */
export function grantsPersonalData(groups: readonly string[]): boolean {
  const pii = PERSONAL_DATA_GROUP.toLowerCase();
  return groups.some((g) => g.toLowerCase() === pii) || highestRole(groups) === "Admin";
}
