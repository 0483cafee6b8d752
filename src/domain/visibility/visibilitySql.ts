/**
 * Visibility as SQL conditions, so that pages, counts and search rank only what the caller may
 * see (filtering happens in the statement, never on rows afterwards).
 *
 * Contract: for a viewer who sees every record each function gives `TRUE`; otherwise a condition
 * that holds exactly for released rows (release status in RELEASED_STATUSES), as bound
 * parameters. Column arguments are fixed identifiers of this code base, never user input.
 */
import { Prisma } from "../../generated/prisma/client.js";
import { RELEASED_STATUSES } from "../shared/releasedStatuses.js";
import type { Viewer } from "./viewer.js";

/** `column` (a release_status column) is released, for a viewer who sees released records only. */
export function releasedSql(viewer: Viewer, column: Prisma.Sql): Prisma.Sql {
  return viewer.releasedOnly ? Prisma.sql`${column} = ANY(${[...RELEASED_STATUSES]}::text[])` : Prisma.sql`TRUE`;
}

/** The thing with id `thingId` (an int expression) is visible to the viewer. */
export function visibleThingSql(viewer: Viewer, thingId: Prisma.Sql): Prisma.Sql {
  return viewer.releasedOnly
    ? Prisma.sql`EXISTS (SELECT 1 FROM thing vt WHERE vt.id = ${thingId} AND ${releasedSql(viewer, Prisma.sql`vt.release_status`)})`
    : Prisma.sql`TRUE`;
}

/** Literal TRUE/FALSE: whether the viewer may match on personal data (names of persons, emails, phones, addresses). */
export function personalDataSql(viewer: Viewer): Prisma.Sql {
  return viewer.personalData ? Prisma.sql`TRUE` : Prisma.sql`FALSE`;
}
