/**
 * The NGWMN "points" of a point id: the water wells named `pointId` (the legacy PointID, e.g.
 * "NM-01234") whose own release status is released. Names are not unique; records of every such
 * well are reported under the one point id.
 */
import { Prisma } from "../../generated/prisma/client.js";
import { ANONYMOUS_VIEWER } from "../visibility/viewer.js";
import { releasedSql } from "../visibility/visibilitySql.js";
import { thingTypeValues } from "../vocabulary/enumValues.js";

/** `column` (a release_status column, a fixed identifier) is released: the services are anonymous. */
export function isReleased(column: Prisma.Sql): Prisma.Sql {
  return releasedSql(ANONYMOUS_VIEWER, column);
}

/** A relation `(id, name)` of the released water wells named `pointId`. */
export function releasedWellsNamed(pointId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT t.id, t.name
    FROM thing t
    WHERE t.name = ${pointId} AND t.thing_type = ${thingTypeValues.WATER_WELL} AND ${isReleased(Prisma.raw("t.release_status"))}`;
}
