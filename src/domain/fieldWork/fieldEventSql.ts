/**
 * SQL of field-event reads: the columns of a `FieldEvent` row and the visibility rule of events.
 *
 * Contract: a viewer who sees released records only sees an event when the event is released and
 * its site is visible; everyone else sees every event. `fe` is the alias of `field_event`.
 */
import { Prisma } from "../../generated/prisma/client.js";
import { releasedSql, visibleThingSql } from "../visibility/visibilitySql.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedWhere } from "../visibility/visibilityWhere.js";

/** The columns of `field_event fe` under the names of the Prisma model. */
export const FIELD_EVENT_COLUMNS = Prisma.sql`fe.id, fe.thing_id AS "thingId", fe.event_date AS "eventDate", fe.notes,
  fe.release_status AS "releaseStatus", fe.created_at AS "createdAt", fe.created_by_name AS "createdByName",
  fe.created_by_id AS "createdById", fe.updated_at AS "updatedAt", fe.updated_by_name AS "updatedByName",
  fe.updated_by_id AS "updatedById"`;

export function visibleFieldEventSql(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`${releasedSql(viewer, Prisma.sql`fe.release_status`)} AND ${visibleThingSql(viewer, Prisma.sql`fe.thing_id`)}`;
}

/** The same rule as a Prisma `where`. */
export function visibleFieldEventWhere(viewer: Viewer): Prisma.FieldEventWhereInput {
  const released = releasedWhere(viewer);
  return viewer.releasedOnly ? { ...released, thing: released } : {};
}
