/**
 * A `NewLocation` checked and converted to a row: coordinates within WGS84 ranges, elevation
 * given in feet or metres and stored in metres (NAVD88).
 */
import type { Prisma } from "../../generated/prisma/client.js";
import { releaseStatusValues } from "../vocabulary/enumValues.js";
import type { FieldErrors } from "../shared/validation/FieldErrors.js";
import { latitudeInRange, longitudeInRange, maxLength } from "../shared/validation/rules.js";
import { convertLength, lengthUnitRule } from "../shared/lengthInput.js";
import type { NewLocation } from "./locationInput.js";

/** Units an elevation may be given in. */
export const ELEVATION_UNITS = ["FOOT", "METER"] as const;

/** Records every invalid field of `input` under `path` (e.g. ["input", "location"]). */
export function checkNewLocation(errors: FieldErrors, input: NewLocation, path: string[]): void {
  errors.check([...path, "latitude"], latitudeInRange(input.latitude));
  errors.check([...path, "longitude"], longitudeInRange(input.longitude));
  errors.check([...path, "elevation"], lengthUnitRule(input.elevation, ELEVATION_UNITS, "Elevation"));
  errors.check([...path, "county"], maxLength(input.county, 100, "County"));
  errors.check([...path, "state"], maxLength(input.state, 100, "State"));
  errors.check([...path, "quadName"], maxLength(input.quadName, 100, "Quadrangle name"));
}

/** The location row of a checked `input`. */
export function newLocationData(input: NewLocation): Omit<Prisma.LocationUncheckedCreateInput, "id"> {
  return {
    latitude: input.latitude,
    longitude: input.longitude,
    elevation: input.elevation ? convertLength(input.elevation, "METER") : null,
    elevationMethod: input.elevationMethod ?? null,
    coordinateMethod: input.coordinateMethod ?? null,
    description: input.description ?? null,
    county: input.county ?? null,
    state: input.state ?? null,
    quadName: input.quadName ?? null,
    releaseStatus: input.releaseStatus ?? releaseStatusValues.DRAFT,
  };
}
