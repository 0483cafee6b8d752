/**
 * Places (or relocates) a thing: closes its open location association and opens a new one, in one
 * transaction.
 *
 * Contract: the thing's row is locked for the transaction, so concurrent relocations of one thing
 * run one after the other and the thing keeps exactly one open association. The old association
 * ends at `effectiveStart` (default now), which may not lie in the future nor before the old one's
 * start. NotFoundError for a missing thing or location; ValidationFailedError listing every bad field.
 */
import type { Location, Thing } from "../../generated/prisma/client.js";
import { parseId } from "../shared/ids.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { lockRow } from "../shared/lockRow.js";
import { NotFoundError, ValidationFailedError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { notInFuture } from "../shared/validation/rules.js";
import type { ThingPlacement } from "./locationInput.js";
import { checkNewLocation, newLocationData } from "./newLocationData.js";

export async function setThingLocation(
  deps: Pick<DomainDeps, "prisma" | "user">,
  input: ThingPlacement,
  now = new Date(),
): Promise<{ thing: Thing; location: Location }> {
  const thingId = parseId(input.thingId, "input.thingId");
  const locationId = input.locationId ? parseId(input.locationId, "input.locationId") : null;
  const errors = new FieldErrors();
  if ((locationId === null) === !input.location) errors.add(["input", "locationId"], "Give exactly one of location or locationId");
  if (input.location) checkNewLocation(errors, input.location, ["input", "location"]);
  errors.check(["input", "effectiveStart"], notInFuture(input.effectiveStart, "Effective start", now));
  const create = auditFields(deps, "create");
  const update = auditFields(deps, "update");

  return deps.prisma.$transaction(async (tx) => {
    await lockRow(tx, "thing", thingId, "FOR UPDATE");
    // Taken after the lock, so that relocations queued behind one another start in lock order.
    const effectiveStart = input.effectiveStart ?? new Date();
    const open = await tx.locationThingAssociation.findMany({ where: { thingId, effectiveEnd: null } });
    const latest = open.reduce<Date | null>((max, a) => (max === null || a.effectiveStart > max ? a.effectiveStart : max), null);
    if (latest !== null && effectiveStart < latest) {
      errors.add(["input", "effectiveStart"], `Effective start must not be before the start of the current location (${latest.toISOString()})`);
    }
    if (locationId !== null) {
      if (!(await tx.location.findUnique({ where: { id: locationId }, select: { id: true } }))) {
        throw new NotFoundError("Location", locationId);
      }
      if (open.some((a) => a.locationId === locationId)) {
        errors.add(["input", "locationId"], `Thing ${thingId} is already at location ${locationId}`);
      }
    }
    errors.throwIfAny();

    if (open.length > 0) {
      await tx.locationThingAssociation.updateMany({
        where: { id: { in: open.map((a) => a.id) } },
        data: { effectiveEnd: effectiveStart, ...update },
      });
    }
    let location: Location;
    if (input.location) location = await tx.location.create({ data: { ...newLocationData(input.location), ...create } });
    else if (locationId !== null) location = await tx.location.findUniqueOrThrow({ where: { id: locationId } });
    else throw ValidationFailedError.forField(["input", "locationId"], "Give exactly one of location or locationId");
    await tx.locationThingAssociation.create({ data: { thingId, locationId: location.id, effectiveStart, ...create } });
    const thing = await tx.thing.findUniqueOrThrow({ where: { id: thingId } });
    return { thing, location };
  });
}
