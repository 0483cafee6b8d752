/**
 * A location as an RFC 7946 Feature (acceptance criteria "well core information"): a Point
 * (pointFeature.ts) with the properties elevation in feet NAVD88 with its unit, datum and method,
 * and UTM NAD83 coordinates, then the caller's `extra` properties.
 */
import { metersToFeet } from "../shared/length.js";
import { toUtmNad83, type UtmCoordinates } from "../locations/utm.js";
import { pointFeature, type PointFeature, type PointPosition } from "./pointFeature.js";

export interface LocationLike extends PointPosition {
  id: number;
  elevationMethod: string | null;
}

export function utmPropertiesOf(utm: UtmCoordinates | null): Record<string, unknown> | null {
  return utm
    ? { easting: utm.easting, northing: utm.northing, utm_zone: utm.zone, horizontal_datum: utm.horizontalDatum }
    : null;
}

export function locationFeature(location: LocationLike, extra: Record<string, unknown> = {}): PointFeature<Record<string, unknown>> {
  return pointFeature(location.id, location, {
    location_id: location.id,
    elevation: location.elevation === null ? null : metersToFeet(location.elevation),
    elevation_unit: location.elevation === null ? null : "ft",
    vertical_datum: location.elevation === null ? null : "NAVD88",
    elevation_method: location.elevationMethod,
    utm_coordinates: utmPropertiesOf(toUtmNad83(location.latitude, location.longitude)),
    ...extra,
  });
}
