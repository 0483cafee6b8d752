/**
 * `npm run token -- --role editor [--pii] [--sub id] [--name "Display Name"] [--expires 8h]`
 *
 * Mints a bearer token that a server running with AUTH_MODE=dev (the default outside production)
 * accepts: signed with the local development key (.data/dev-keys/, created if missing), with the
 * issuer and audience the server expects and the role in the roles claim (AUTH_ROLES_CLAIM,
 * default `groups`). Prints only the token on stdout, so `TOKEN=$(npm run -s token -- --role
 * admin)` works; what it minted goes to stderr.
 *
 * Roles: viewer, editor, admin, none (a token without a role); --pii adds the PII group (personal
 * data); --groups a,b sets the groups verbatim instead.
 */
import { parseArgs } from "node:util";

import { loadOrCreateDevKey, signDevToken } from "../src/auth/devKeys.js";
import { ConfigError, parseConfig } from "../src/config.js";

const ROLE_GROUPS: Record<string, string[]> = { viewer: ["Viewer"], editor: ["Editor"], admin: ["Admin"], none: [] };

function fail(message: string): never {
  console.error(`npm run token: ${message}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: "string", default: "viewer" },
      pii: { type: "boolean", default: false },
      groups: { type: "string" },
      sub: { type: "string" },
      name: { type: "string" },
      expires: { type: "string", default: "8h" },
    },
    strict: true,
  });
  let config;
  try {
    config = parseConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }
  const auth = config.auth;
  if (auth.mode !== "dev") {
    fail(
      auth.mode === "bypass"
        ? "AUTH_MODE=bypass needs no token (every request is an Admin)"
        : "AUTH_MODE=oidc: tokens come from the identity provider, not from this script",
    );
  }
  const role = values.role.toLowerCase();
  const roleGroups = ROLE_GROUPS[role];
  if (!values.groups && !roleGroups) fail(`--role must be one of ${Object.keys(ROLE_GROUPS).join(", ")} (got "${values.role}")`);
  const groups = values.groups
    ? values.groups.split(",").map((g) => g.trim()).filter((g) => g !== "")
    : [...(roleGroups ?? []), ...(values.pii ? ["PII"] : [])];
  const sub = values.sub ?? `dev-${role}`;
  const name = values.name ?? `Development ${role}${values.pii ? " (PII)" : ""}`;

  const key = await loadOrCreateDevKey(auth.devKeysDir);
  const claims: Record<string, unknown> = { sub, name };
  let target = claims;
  const path = auth.rolesClaim.split(".");
  for (const part of path.slice(0, -1)) {
    const next: Record<string, unknown> = {};
    target[part] = next;
    target = next;
  }
  target[path.at(-1) ?? "groups"] = groups;
  const token = await signDevToken(key, { ...claims, sub }, { issuer: auth.issuer, audience: auth.audience, expiresIn: values.expires });
  console.error(`token for ${sub} (${name}), ${auth.rolesClaim}: [${groups.join(", ")}], expires in ${values.expires}`);
  console.log(token);
}

void main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
