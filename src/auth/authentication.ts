/** What authenticating a request yields: who is calling, and the identity behind it. */
import type { ContextUser } from "../context.js";
import type { Caller } from "./caller.js";

export interface Authentication {
  caller: Caller;
  /** The identity behind the caller, for audit columns; null for anonymous requests. */
  user: ContextUser | null;
}
