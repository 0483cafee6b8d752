/**
 * Which identity-provider groups grant which roles (`AUTH_ROLE_GROUPS`, ADR 29).
 *
 * Contract: a mapping from group names (matched ignoring case) to grants: the roles Admin, Editor,
 * Viewer and the personal-data capability PII. The text form is comma-separated `group=grant`
 * entries, several grants joined by `+`, e.g.
 * `AMP.Admin=Admin,AMP.Editor=Editor,AMP.Viewer=Viewer,AMP.Staging=Editor,Contacts=Editor+PII`.
 * `parseRoleGroups` returns the mapping or the list of every problem (an entry without `=`, an empty
 * group name, an unknown grant, a group named twice, an empty value). Without the setting the
 * mapping is DEFAULT_ROLE_GROUPS (each grant's own name), as before the setting existed; a
 * configured mapping replaces it entirely, so a deployment can stop honouring the literal names.
 */
import { PERSONAL_DATA_GROUP, ROLES, type Role } from "./roles.js";

export type Grant = Role | typeof PERSONAL_DATA_GROUP;

const GRANTS: readonly Grant[] = [...ROLES, PERSONAL_DATA_GROUP];

/** Grants of each group, keyed by the lower-cased group name. */
export type RoleGroups = ReadonlyMap<string, readonly Grant[]>;

/** Each role and PII granted by the group of the same name (the behaviour without AUTH_ROLE_GROUPS). */
export const DEFAULT_ROLE_GROUPS: RoleGroups = new Map(GRANTS.map((grant) => [grant.toLowerCase(), [grant]]));

function grantOf(name: string): Grant | undefined {
  const lower = name.toLowerCase();
  return GRANTS.find((grant) => grant.toLowerCase() === lower);
}

export function parseRoleGroups(text: string): { groups: RoleGroups } | { problems: string[] } {
  const problems: string[] = [];
  const groups = new Map<string, Grant[]>();
  const entries = text.split(",").map((entry) => entry.trim());
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1} ("${entry}")`;
    const equals = entry.indexOf("=");
    if (equals < 0) {
      problems.push(`${where} must be group=grant`);
      return;
    }
    const group = entry.slice(0, equals).trim();
    const grantNames = entry.slice(equals + 1).split("+").map((g) => g.trim());
    if (group === "") problems.push(`${where} has an empty group name`);
    const grants: Grant[] = [];
    for (const name of grantNames) {
      const grant = grantOf(name);
      if (grant === undefined) problems.push(`${where}: "${name}" is not one of ${GRANTS.join(", ")}`);
      else if (!grants.includes(grant)) grants.push(grant);
    }
    if (group !== "" && groups.has(group.toLowerCase())) problems.push(`${where}: group "${group}" is mapped twice`);
    else if (group !== "") groups.set(group.toLowerCase(), grants);
  });
  return problems.length > 0 ? { problems } : { groups };
}

/** The grants of a token's groups under `mapping` (unknown groups grant nothing). */
export function grantsOf(groups: readonly string[], mapping: RoleGroups): Grant[] {
  return groups.flatMap((group) => mapping.get(group.toLowerCase()) ?? []);
}
