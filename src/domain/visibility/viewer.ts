/**
 * What a caller may see, as the domain queries need it. Built once per request from the caller
 * (src/auth/caller.ts) and passed to every query that reads records (ADR "Visibility").
 *
 * Contract: callers without a role (anonymous, or a token naming no role) see only released
 * records (`releasedOnly`); Viewers, Editors and Admins see every record. Contacts' personal data
 * (names of persons, emails, phones, addresses) needs a role AND the personal-data capability
 * (PII group, or Admin).
 */
import { ANONYMOUS_CALLER, ADMIN_CALLER, type Caller } from "../../auth/caller.js";

export interface Viewer {
  /** Only records whose release status is released (public or published). */
  readonly releasedOnly: boolean;
  /** Contacts' personal data may be read. */
  readonly personalData: boolean;
}

export function viewerOf(caller: Caller): Viewer {
  return Object.freeze({ releasedOnly: caller.role === null, personalData: caller.role !== null && caller.personalData });
}

/** What an anonymous caller sees (also the anonymous REST routes: GeoJSON download, NGWMN). */
export const ANONYMOUS_VIEWER: Viewer = viewerOf(ANONYMOUS_CALLER);

/** Everything, personal data included (Admin). */
export const FULL_VIEWER: Viewer = viewerOf(ADMIN_CALLER);
