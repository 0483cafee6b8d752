/**
 * UTM (NAD83, northern hemisphere) to WGS84 latitude/longitude with proj4, for the zones that
 * cover New Mexico (12N and 13N). NAD83 and WGS84 differ by about a metre there; proj4 applies no
 * grid shift between them, which is within the precision of the stored coordinates.
 */
import proj4 from "proj4";

/** UTM zones of New Mexico. */
export const NEW_MEXICO_UTM_ZONES = [12, 13] as const;

/** Bounding box of New Mexico (WGS84 degrees), the reference's "outside New Mexico" check. */
export const NEW_MEXICO_BOUNDS = { minLatitude: 31.33, maxLatitude: 37.0, minLongitude: -109.05, maxLongitude: -103.0 } as const;

const converters = new Map<number, proj4.Converter>();

function converterFor(zone: number): proj4.Converter {
  let converter = converters.get(zone);
  if (!converter) {
    converter = proj4(`+proj=utm +zone=${zone} +datum=NAD83 +units=m +no_defs`, "WGS84");
    converters.set(zone, converter);
  }
  return converter;
}

/** "12", "13", "12N", "13 n" → 12 or 13; anything else → null. */
export function parseNewMexicoZone(text: string): 12 | 13 | null {
  const m = /^\s*(1[23])\s*N?\s*$/i.exec(text);
  return m ? (Number(m[1]) as 12 | 13) : null;
}

/** Latitude and longitude rounded to 1e-7 degrees (about 1 cm). */
export function utmToLatLon(easting: number, northing: number, zone: number): { latitude: number; longitude: number } {
  const [longitude, latitude] = converterFor(zone).forward([easting, northing]);
  const round = (v: number | undefined) => Math.round((v ?? Number.NaN) * 1e7) / 1e7;
  return { latitude: round(latitude), longitude: round(longitude) };
}

export function insideNewMexico(point: { latitude: number; longitude: number }): boolean {
  const b = NEW_MEXICO_BOUNDS;
  return point.latitude >= b.minLatitude && point.latitude <= b.maxLatitude && point.longitude >= b.minLongitude && point.longitude <= b.maxLongitude;
}
