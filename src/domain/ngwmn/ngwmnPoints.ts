/**
 * The NGWMN "points" of a point id: the water wells named `pointId` (the legacy PointID, e.g.
 * "NM-01234") whose own release status is released. Names are not unique; records of every such
 * well are reported under the one point id.
 */
import { Prisma } from "../../generated/prisma/client.js";
import { RELEASED_STATUSES } from "../release/releasedStatuses.js";
import { thingTypeValues } from "../vocabulary/enumValues.js";

/** `release_status = ANY(released)` for the column `column` (a fixed identifier). */
export function isReleased(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${column} = ANY(${[...RELEASED_STATUSES]}::text[])`;
}

/** A relation `(id, name)` of the released water wells named `pointId`. */
export function releasedWellsNamed(pointId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT t.id, t.name
    FROM thing t
    WHERE t.name = ${pointId} AND t.thing_type = ${thingTypeValues.WATER_WELL} AND ${isReleased(Prisma.raw("t.release_status"))}`;
}
