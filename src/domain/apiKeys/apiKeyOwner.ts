/**
 * Who manages API keys, as the key functions need it (ADR 29): the signed-in user (`id` and `name`
 * from the token's `sub` and name) with what their token grants now (`role`, `personalData`).
 * Requests made with an API key never get here: key management needs a signed-in user
 * (src/authz/mutationRoles.ts, `signedIn`).
 */
import type { Role } from "../../auth/roles.js";

export interface ApiKeyOwner {
  id: string;
  name: string;
  role: Role;
  personalData: boolean;
}
