/**
 * A location as an RFC 7946 Feature (acceptance criteria "well core information").
 * Geometry: Point [longitude, latitude, elevation in metres] (RFC 7946 §3.1.1 allows a third
 * position element; two elements when there is no elevation). Properties: elevation in feet
 * NAVD88 with its unit, datum and method, and UTM NAD83 coordinates.
 */
import { metersToFeet } from "../shared/length.js";
import { toUtmNad83, type UtmCoordinates } from "../locations/utm.js";

export interface LocationLike {
  id: number;
  latitude: number;
  longitude: number;
  elevation: number | null;
  elevationMethod: string | null;
}

export interface PointFeature {
  type: "Feature";
  id: number;
  geometry: { type: "Point"; coordinates: number[] };
  properties: Record<string, unknown>;
}

export function utmPropertiesOf(utm: UtmCoordinates | null): Record<string, unknown> | null {
  return utm
    ? { easting: utm.easting, northing: utm.northing, utm_zone: utm.zone, horizontal_datum: utm.horizontalDatum }
    : null;
}

export function locationFeature(location: LocationLike, extra: Record<string, unknown> = {}): PointFeature {
  const coordinates = location.elevation === null
    ? [location.longitude, location.latitude]
    : [location.longitude, location.latitude, location.elevation];
  return {
    type: "Feature",
    id: location.id,
    geometry: { type: "Point", coordinates },
    properties: {
      location_id: location.id,
      elevation: location.elevation === null ? null : metersToFeet(location.elevation),
      elevation_unit: location.elevation === null ? null : "ft",
      vertical_datum: location.elevation === null ? null : "NAVD88",
      elevation_method: location.elevationMethod,
      utm_coordinates: utmPropertiesOf(toUtmNad83(location.latitude, location.longitude)),
      ...extra,
    },
  };
}
