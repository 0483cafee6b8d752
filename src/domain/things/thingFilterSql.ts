/**
 * A `ThingListFilter` as one SQL condition over the `thing` table aliased `t`.
 *
 * Contract: every value is a bound parameter (Prisma.sql); the condition holds exactly for the
 * things the filter describes. Spatial conditions test the thing's CURRENT location (its one open
 * location association, unique by `uq_location_thing_association_open`): they select locations
 * by a latitude/longitude range (the `ix_location_latitude_longitude` index) and, for `near`, then
 * by exact haversine distance. The condition also holds only for things the viewer may see, and
 * spatial conditions only match locations the viewer may see (src/domain/visibility), so that
 * pages, counts and maps agree with what the caller may read. "Current" rows of dated histories
 * (statuses, monitoring frequency) follow ADR 9 (src/domain/shared/currentPeriod.ts): current on
 * today's UTC date, newest start first, then highest id.
 */
import { Prisma } from "../../generated/prisma/client.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedSql } from "../visibility/visibilitySql.js";
import { boundingBoxAround, haversineKmSql } from "../locations/greatCircle.js";
import { escapeLike } from "../shared/escapeLike.js";
import { statusTypes } from "../wells/wellTerms.js";
import { latestMeasurementSql, transducerDataSql } from "./latestMeasurementSql.js";
import type { Circle, LatLonBounds, ThingListFilter } from "./thingFilter.js";

/** Today's UTC calendar date, in SQL. */
const TODAY_UTC = Prisma.sql`(now() AT TIME ZONE 'UTC')::date`;

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
      AND (d.installation_date IS NULL OR d.installation_date <= ${TODAY_UTC})
      AND (d.removal_date IS NULL OR d.removal_date >= ${TODAY_UTC}))`;
}

/** `h.start_date <= today <= coalesce(h.end_date, today)`, newest start then highest id first. */
const CURRENT_ROW = Prisma.sql`h.start_date <= ${TODAY_UTC} AND (h.end_date IS NULL OR h.end_date >= ${TODAY_UTC})
      ORDER BY h.start_date DESC, h.id DESC LIMIT 1`;

/** The value of `t`'s current status row of `statusType`, or NULL. */
function currentStatusSql(statusType: string): Prisma.Sql {
  return Prisma.sql`(SELECT h.status_value FROM status_history h
      WHERE h.thing_id = t.id AND h.status_type = ${statusType} AND ${CURRENT_ROW})`;
}

/** `t`'s current monitoring frequency, or NULL. */
const CURRENT_FREQUENCY = Prisma.sql`(SELECT h.monitoring_frequency FROM monitoring_frequency_history h
      WHERE h.thing_id = t.id AND ${CURRENT_ROW})`;

function contactSql(contactId: number, viewer: Viewer): Prisma.Sql {
  return Prisma.sql`t.id IN (
    SELECT tca.thing_id FROM thing_contact_association tca JOIN contact c ON c.id = tca.contact_id
    WHERE tca.contact_id = ${contactId} AND ${releasedSql(viewer, Prisma.sql`c.release_status`)})`;
}

function aquiferTypesSql(aquiferTypes: readonly string[]): Prisma.Sql {
  return Prisma.sql`t.id IN (
    SELECT taa.thing_id FROM thing_aquifer_association taa
    JOIN aquifer_type aty ON aty.thing_aquifer_association_id = taa.id
    WHERE ${anyOf(Prisma.sql`aty.aquifer_type`, aquiferTypes)})`;
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
    conditions.push(Prisma.sql`t.name ILIKE ${`%${escapeLike(filter.nameContains)}%`} ESCAPE '\\'`);
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
  if (filter.wellStatuses) conditions.push(anyOf(currentStatusSql(statusTypes.WELL), filter.wellStatuses));
  if (filter.monitoringStatuses) conditions.push(anyOf(currentStatusSql(statusTypes.MONITORING), filter.monitoringStatuses));
  if (filter.monitoringFrequencies) conditions.push(anyOf(CURRENT_FREQUENCY, filter.monitoringFrequencies));
  if (filter.county !== undefined) conditions.push(currentLocationWhere(Prisma.sql`lower(l.county) = lower(${filter.county})`, viewer));
  if (filter.state !== undefined) conditions.push(currentLocationWhere(Prisma.sql`lower(l.state) = lower(${filter.state})`, viewer));
  if (filter.contactId !== undefined) conditions.push(contactSql(filter.contactId, viewer));
  if (filter.aquiferTypes) conditions.push(aquiferTypesSql(filter.aquiferTypes));
  if (filter.formations) conditions.push(anyOf(Prisma.sql`t.formation_completion_code`, filter.formations));
  if (filter.measuredSince) conditions.push(Prisma.sql`${latestMeasurementSql(viewer)} >= ${filter.measuredSince}::timestamptz`);
  if (filter.hasTransducerData !== undefined) {
    conditions.push(filter.hasTransducerData ? transducerDataSql(viewer) : Prisma.sql`NOT ${transducerDataSql(viewer)}`);
  }
  return conditions.length === 0 ? Prisma.sql`true` : Prisma.join(conditions, " AND ");
}
