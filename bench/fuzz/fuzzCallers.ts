/**
 * The callers of a fuzz run against a server in AUTH_MODE=dev whose keys are in `keysDir`:
 * `readers` may not write (anonymous, viewers but for their own API keys, a forged Admin token signed by a key of
 * `forgedKeysDir`, a garbage token, another scheme); `admin` may.
 */
import { loadOrCreateDevKey, signDevToken } from "../../src/auth/devKeys.js";
import { MUTATION_REQUIREMENTS } from "../../src/authz/mutationRoles.js";
import { DEV_AUDIENCE, DEV_TOKEN_ISSUER } from "../../src/config.js";
import type { FuzzCaller } from "./fuzzRequests.js";

async function token(dir: string, groups: string[]): Promise<string> {
  const key = await loadOrCreateDevKey(dir);
  return signDevToken(key, { sub: `fuzz-${groups.join("-") || "none"}`, groups }, { issuer: DEV_TOKEN_ISSUER, audience: DEV_AUDIENCE, expiresIn: "4h" });
}

/** Mutations any signed-in Viewer may run: its own API keys (ADR 29). */
const VIEWER_MUTATIONS = Object.entries(MUTATION_REQUIREMENTS)
  .filter(([, requirement]) => requirement.role === "Viewer" && !requirement.personalData)
  .map(([name]) => name);

export async function fuzzCallers(keysDir: string, forgedKeysDir: string): Promise<{ readers: FuzzCaller[]; admin: FuzzCaller[] }> {
  return {
    readers: [
      { name: "anonymous", authorization: null, mayWrite: false },
      { name: "viewer", authorization: `Bearer ${await token(keysDir, ["Viewer"])}`, mayWrite: false, mayAlsoCall: VIEWER_MUTATIONS },
      { name: "viewer+pii", authorization: `Bearer ${await token(keysDir, ["Viewer", "PII"])}`, mayWrite: false, mayAlsoCall: VIEWER_MUTATIONS },
      { name: "forged admin", authorization: `Bearer ${await token(forgedKeysDir, ["Admin"])}`, mayWrite: false },
      { name: "garbage token", authorization: "Bearer not.a.token", mayWrite: false },
      { name: "basic", authorization: "Basic YWRtaW46YWRtaW4=", mayWrite: false },
    ],
    admin: [{ name: "admin", authorization: `Bearer ${await token(keysDir, ["Admin", "PII"])}`, mayWrite: true }],
  };
}
