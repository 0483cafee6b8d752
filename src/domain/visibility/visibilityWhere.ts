/**
 * Visibility as Prisma `where` fragments, for the queries written with Prisma's query builder.
 *
 * Contract: `{}` for a viewer who sees every record; otherwise a condition that holds exactly for
 * rows whose own `releaseStatus` is released. Combine with `AND`, never replace a caller's where.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import { RELEASED_STATUSES } from "../shared/releasedStatuses.js";
import type { Viewer } from "./viewer.js";

export type ReleasedWhere = { releaseStatus?: { in: string[] } };

export function releasedWhere(viewer: Viewer): ReleasedWhere {
  return viewer.releasedOnly ? { releaseStatus: { in: [...RELEASED_STATUSES] } } : {};
}

/** A sample the viewer may see: released itself, and taken at a visible site. */
export function visibleSampleWhere(viewer: Viewer): Prisma.SampleWhereInput {
  const released = releasedWhere(viewer);
  return viewer.releasedOnly ? { ...released, fieldActivity: { fieldEvent: { thing: released } } } : {};
}
