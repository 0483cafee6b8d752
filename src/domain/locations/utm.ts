/**
 * WGS84 longitude/latitude to UTM NAD83 (northern hemisphere), zone from the longitude.
 * NAD83 and WGS84 differ by about a metre in New Mexico; proj4 treats them as identical
 * without a grid shift, which is within the precision of the stored coordinates.
 */
import proj4 from "proj4";

export interface UtmCoordinates {
  easting: number;
  northing: number;
  zone: number;
  horizontalDatum: "NAD83";
}

/** UTM zone (1-60) containing the longitude. */
export function utmZoneOf(longitude: number): number {
  return Math.min(60, Math.floor((longitude + 180) / 6) + 1);
}

const converters = new Map<number, proj4.Converter>();

function converterFor(zone: number): proj4.Converter {
  let converter = converters.get(zone);
  if (!converter) {
    converter = proj4("WGS84", `+proj=utm +zone=${zone} +datum=NAD83 +units=m +no_defs`);
    converters.set(zone, converter);
  }
  return converter;
}

/** Rounded to the centimetre. Null for latitudes south of the equator (not served by this API). */
export function toUtmNad83(latitude: number, longitude: number): UtmCoordinates | null {
  if (latitude < 0 || latitude > 84) return null;
  const zone = utmZoneOf(longitude);
  const [easting, northing] = converterFor(zone).forward([longitude, latitude]);
  if (easting === undefined || northing === undefined) return null;
  const cm = (v: number): number => Math.round(v * 100) / 100;
  return { easting: cm(easting), northing: cm(northing), zone, horizontalDatum: "NAD83" };
}
