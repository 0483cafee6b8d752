/**
 * Changes a location (partial: omitted = unchanged, null = cleared).
 *
 * Contract: NotFoundError("Location", id) for a missing location; latitude, longitude and release
 * status cannot be cleared; coordinates must stay within WGS84 ranges; the elevation is given in
 * feet or metres and stored in metres. Every failing field is listed in one ValidationFailedError.
 */
import type { Location } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { lengthIn, lengthUnitRule } from "../shared/lengthInput.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { latitudeInRange, longitudeInRange, maxLength, notNull } from "../shared/validation/rules.js";
import type { LocationChanges } from "./locationInput.js";
import { ELEVATION_UNITS } from "./newLocationData.js";

export async function updateLocation(deps: Pick<DomainDeps, "prisma" | "user">, id: number, input: LocationChanges): Promise<Location> {
  const errors = new FieldErrors();
  errors.check(["input", "latitude"], notNull(input.latitude, "Latitude") ?? latitudeInRange(input.latitude));
  errors.check(["input", "longitude"], notNull(input.longitude, "Longitude") ?? longitudeInRange(input.longitude));
  errors.check(["input", "elevation"], lengthUnitRule(input.elevation, ELEVATION_UNITS, "Elevation"));
  errors.check(["input", "county"], maxLength(input.county, 100, "County"));
  errors.check(["input", "state"], maxLength(input.state, 100, "State"));
  errors.check(["input", "quadName"], maxLength(input.quadName, 100, "Quadrangle name"));
  errors.check(["input", "releaseStatus"], notNull(input.releaseStatus, "Release status"));
  return deps.prisma.$transaction(async (tx) => {
    if (!(await tx.location.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError("Location", id);
    errors.throwIfAny();
    return tx.location.update({
      where: { id },
      data: {
        ...(typeof input.latitude === "number" ? { latitude: input.latitude } : {}),
        ...(typeof input.longitude === "number" ? { longitude: input.longitude } : {}),
        elevation: lengthIn(input.elevation, "METER"),
        elevationMethod: input.elevationMethod,
        coordinateMethod: input.coordinateMethod,
        description: input.description,
        county: input.county,
        state: input.state,
        quadName: input.quadName,
        ...(input.releaseStatus ? { releaseStatus: input.releaseStatus } : {}),
        ...auditFields(deps, "update"),
      },
    });
  });
}
