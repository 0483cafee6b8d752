/**
 * The identifiers of a well in the two agency systems front ends link to, picked from its
 * alternate ids (thing_id_link rows) so that clients stop searching the list themselves.
 *
 * Contract: given the rows in the loader's order (organization, then id), `usgsSiteId` is the first
 * non-blank id whose organization is "USGS" (the USGS NWIS site number), `osePodId` the first
 * non-blank id whose relation is "OSEPOD" (the NM Office of the State Engineer's point of diversion);
 * null when there is none.
 */
import type { ThingIdLink } from "../../generated/prisma/client.js";

const USGS = "USGS";
const OSE_POD = "OSEPOD";

type IdLink = Pick<ThingIdLink, "alternateId" | "alternateOrganization" | "relation">;

function firstId(links: readonly IdLink[], matches: (link: IdLink) => boolean): string | null {
  return links.find((link) => matches(link) && link.alternateId.trim() !== "")?.alternateId ?? null;
}

export function usgsSiteId(links: readonly IdLink[]): string | null {
  return firstId(links, (link) => link.alternateOrganization === USGS);
}

export function osePodId(links: readonly IdLink[]): string | null {
  return firstId(links, (link) => link.relation === OSE_POD);
}
