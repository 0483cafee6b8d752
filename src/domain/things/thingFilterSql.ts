/**
 * A `ThingListFilter` as one SQL condition over the `thing` table aliased `t`.
 *
 * Contract: every value is a bound parameter (Prisma.sql); the condition holds exactly for the
 * things the filter describes. Spatial conditions test the thing's CURRENT location (its one open
 * location association, unique by `uq_location_thing_association_open`): they select locations
 * by a latitude/longitude range (the `ix_location_latitude_longitude` index) and, for `near`, then
 * by exact haversine distance. The condition also holds only for things the viewer may see, and
 * spatial conditions only match locations the viewer may see (src/domain/visibility), so that
 * pages, counts and maps agree with what the caller may read.
 */
import { Prisma } from "../../generated/prisma/client.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedSql } from "../visibility/visibilitySql.js";
import { boundingBoxAround, haversineKmSql } from "../geo/greatCircle.js";
import type { Circle, LatLonBounds, ThingListFilter } from "./thingFilter.js";

/** `%`, `_` and `\` match themselves inside an ILIKE pattern. */
function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `column` equals one of `values` (text, or int for ids); an empty list matches nothing. */
function anyOf(column: Prisma.Sql, values: readonly string[] | readonly number[]): Prisma.Sql {
  if (values.length === 0) return Prisma.sql`false`;
  return typeof values[0] === "number" ? Prisma.sql`${column} = ANY(${[...values]}::int[])` : Prisma.sql`${column} = ANY(${[...values]}::text[])`;
}

function latitudeLongitudeRange(box: {
  minLatitude: number;
  maxLatitude: number;
  minLongitude: number | null;
  maxLongitude: number | null;
}): Prisma.Sql {
  const latitude = Prisma.sql`l.latitude BETWEEN ${box.minLatitude}::float8 AND ${box.maxLatitude}::float8`;
  return box.minLongitude === null || box.maxLongitude === null
    ? latitude
    : Prisma.sql`${latitude} AND l.longitude BETWEEN ${box.minLongitude}::float8 AND ${box.maxLongitude}::float8`;
}

/** Things whose current location (one the viewer may see) satisfies `locationCondition` (over `location l`). */
function currentLocationWhere(locationCondition: Prisma.Sql, viewer: Viewer): Prisma.Sql {
  return Prisma.sql`t.id IN (
    SELECT a.thing_id FROM location l
    JOIN location_thing_association a ON a.location_id = l.id AND a.effective_end IS NULL
    WHERE ${locationCondition} AND ${releasedSql(viewer, Prisma.sql`l.release_status`)})`;
}

function bboxSql(bbox: LatLonBounds, viewer: Viewer): Prisma.Sql {
  return currentLocationWhere(latitudeLongitudeRange(bbox), viewer);
}

function nearSql(near: Circle, viewer: Viewer): Prisma.Sql {
  const prefilter = latitudeLongitudeRange(boundingBoxAround(near.latitude, near.longitude, near.radiusKm));
  const distance = haversineKmSql("l.latitude", "l.longitude", near.latitude, near.longitude);
  return currentLocationWhere(Prisma.sql`${prefilter} AND ${distance} <= ${near.radiusKm}::float8`, viewer);
}

/** Things where a sensor of type `sensorType` is deployed today (UTC), by the deployment's dates. */
function sensorDeployedSql(sensorType: string): Prisma.Sql {
  return Prisma.sql`t.id IN (
    SELECT d.thing_id FROM deployment d JOIN sensor s ON s.id = d.sensor_id
    WHERE s.sensor_type = ${sensorType}
      AND (d.installation_date IS NULL OR d.installation_date <= (now() AT TIME ZONE 'UTC')::date)
      AND (d.removal_date IS NULL OR d.removal_date >= (now() AT TIME ZONE 'UTC')::date))`;
}

export function thingFilterSql(filter: ThingListFilter, viewer: Viewer): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (viewer.releasedOnly) conditions.push(releasedSql(viewer, Prisma.sql`t.release_status`));
  if (filter.thingTypes) conditions.push(anyOf(Prisma.sql`t.thing_type`, filter.thingTypes));
  if (filter.releaseStatuses) conditions.push(anyOf(Prisma.sql`t.release_status`, filter.releaseStatuses));
  if (filter.name !== undefined) conditions.push(Prisma.sql`t.name = ${filter.name}`);
  if (filter.names) conditions.push(anyOf(Prisma.sql`t.name`, filter.names));
  if (filter.ids) conditions.push(anyOf(Prisma.sql`t.id`, filter.ids));
  if (filter.sensorType !== undefined) conditions.push(sensorDeployedSql(filter.sensorType));
  if (filter.nameContains !== undefined) {
    conditions.push(Prisma.sql`t.name ILIKE ${`%${likeEscape(filter.nameContains)}%`} ESCAPE '\\'`);
  }
  if (filter.groupName !== undefined) {
    conditions.push(Prisma.sql`t.id IN (
      SELECT ga.thing_id FROM group_thing_association ga JOIN "group" g ON g.id = ga.group_id
      WHERE g.name = ${filter.groupName})`);
  }
  if (filter.groupId !== undefined) {
    conditions.push(Prisma.sql`t.id IN (SELECT ga.thing_id FROM group_thing_association ga WHERE ga.group_id = ${filter.groupId})`);
  }
  if (filter.bbox) conditions.push(bboxSql(filter.bbox, viewer));
  if (filter.near) conditions.push(nearSql(filter.near, viewer));
  return conditions.length === 0 ? Prisma.sql`true` : Prisma.join(conditions, " AND ");
}
