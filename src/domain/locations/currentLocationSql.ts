/**
 * A site's current location in SQL, for statements that place many sites at once.
 *
 * Contract: a subquery of at most one row of `location` columns (`lo.*`): the location of the
 * thing's open association (no effective end) with the latest start, ties by highest association
 * id (the rule of `currentLocationByThingId`), and only when the viewer may see that location (an
 * unreleased location hides the site's position; src/domain/visibility). Use it as
 * `JOIN LATERAL (...) l ON TRUE`.
 */
import { Prisma } from "../../generated/prisma/client.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedSql } from "../visibility/visibilitySql.js";

export function currentLocationSql(viewer: Viewer, thingId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT lo.*
    FROM location_thing_association a JOIN location lo ON lo.id = a.location_id
    WHERE a.thing_id = ${thingId} AND a.effective_end IS NULL AND ${releasedSql(viewer, Prisma.sql`lo.release_status`)}
    ORDER BY a.effective_start DESC, a.id DESC
    LIMIT 1`;
}
