/**
 * Great-circle distances on a spherical Earth (haversine formula, IUGG mean radius), in the
 * application and as SQL over the plain `latitude`/`longitude` columns (ADR 4: no PostGIS).
 *
 * Contract: `haversineKm` and `haversineKmSql` compute the same function; `boundingBoxAround`
 * returns a box that contains every point within the distance (it may contain more), so that a
 * range condition on the (latitude, longitude) index can prefilter before the exact distance.
 */
import { Prisma } from "../../generated/prisma/client.js";

/** Mean Earth radius (IUGG), kilometres. */
export const EARTH_RADIUS_KM = 6371.0088;
export const KM_PER_MILE = 1.609344;

export interface LatLonBox {
  minLatitude: number;
  maxLatitude: number;
  /** Null when the box spans every longitude (near a pole or across the antimeridian). */
  minLongitude: number | null;
  maxLongitude: number | null;
}

const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;
const toDegrees = (radians: number): number => (radians * 180) / Math.PI;

export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const a =
    Math.sin(toRadians(lat2 - lat1) / 2) ** 2 +
    Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2)) * Math.sin(toRadians(lon2 - lon1) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, a)));
}

/**
 * SQL: the haversine distance in km from (latitude, longitude) to the columns named by
 * `latitudeColumn` / `longitudeColumn` (trusted identifiers, never user input).
 */
export function haversineKmSql(latitudeColumn: string, longitudeColumn: string, latitude: number, longitude: number): Prisma.Sql {
  const lat = Prisma.raw(latitudeColumn);
  const lon = Prisma.raw(longitudeColumn);
  return Prisma.sql`(2 * ${EARTH_RADIUS_KM}::float8 * asin(sqrt(least(1::float8,
    power(sin(radians(${lat} - ${latitude}::float8) / 2), 2)
    + cos(radians(${latitude}::float8)) * cos(radians(${lat})) * power(sin(radians(${lon} - ${longitude}::float8) / 2), 2)))))`;
}

/** Slack added to the prefilter box so that rounding never drops a point on the circle. */
const BOX_SLACK_DEGREES = 1e-6;

/** A latitude/longitude box containing the circle of `radiusKm` around the point. */
export function boundingBoxAround(latitude: number, longitude: number, radiusKm: number): LatLonBox {
  const angular = radiusKm / EARTH_RADIUS_KM;
  const dLat = toDegrees(angular) + BOX_SLACK_DEGREES;
  const minLatitude = latitude - dLat;
  const maxLatitude = latitude + dLat;
  if (minLatitude <= -90 || maxLatitude >= 90) {
    return { minLatitude: Math.max(-90, minLatitude), maxLatitude: Math.min(90, maxLatitude), minLongitude: null, maxLongitude: null };
  }
  const ratio = Math.sin(angular) / Math.cos(toRadians(latitude));
  if (ratio >= 1 || angular >= Math.PI / 2) return { minLatitude, maxLatitude, minLongitude: null, maxLongitude: null };
  const dLon = toDegrees(Math.asin(ratio)) + BOX_SLACK_DEGREES;
  const minLongitude = longitude - dLon;
  const maxLongitude = longitude + dLon;
  if (minLongitude < -180 || maxLongitude > 180) return { minLatitude, maxLatitude, minLongitude: null, maxLongitude: null };
  return { minLatitude, maxLatitude, minLongitude, maxLongitude };
}
