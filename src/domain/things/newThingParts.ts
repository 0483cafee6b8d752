/**
 * The parts every new thing (well, spring) may be created with: a location (new or existing),
 * group memberships, alternate ids and notes.
 *
 * Contract: `checkNewThingParts` records every invalid field without touching the database;
 * `createNewThingParts` runs inside the creating transaction and ends it with NotFoundError when a
 * referenced location or group does not exist. Rows written here take the thing's release status.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import { parseId } from "../shared/ids.js";
import type { NewLocation } from "../locations/locationInput.js";
import { checkNewLocation, newLocationData } from "../locations/newLocationData.js";
import type { CreateAuditFields } from "../shared/audit.js";
import { NotFoundError } from "../shared/domainErrors.js";
import type { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength, notBlank, notInFuture, required } from "../shared/validation/rules.js";
import type { AlternateIdParts } from "./alternateIdInput.js";

/** A note written with a new thing (`noteType` a lexicon term). */
export interface NewThingNote {
  noteType: string;
  content: string;
}

/** The common parts of a new thing; `locationId` and `groupIds` are the API's decimal ids. */
export interface NewThingParts {
  name: string;
  firstVisitDate?: Date | null;
  location?: NewLocation | null;
  locationId?: string | null;
  groupIds?: readonly string[] | null;
  alternateIds?: readonly AlternateIdParts[] | null;
  notes?: readonly NewThingNote[] | null;
}

/** Records every invalid field of the common parts (paths under ["input"]). */
export function checkNewThingParts(errors: FieldErrors, parts: NewThingParts, now: Date): void {
  errors.check(["input", "name"], required(parts.name, "Name"));
  errors.check(["input", "firstVisitDate"], notInFuture(parts.firstVisitDate, "First visit date", now));
  if (parts.location && parts.locationId) {
    errors.add(["input", "locationId"], "Give either location or locationId, not both");
  }
  if (parts.location) checkNewLocation(errors, parts.location, ["input", "location"]);
  (parts.alternateIds ?? []).forEach((link, i) => {
    const path = ["input", "alternateIds", String(i), "alternateId"];
    errors.check(path, notBlank(link.alternateId, "Alternate id"));
    errors.check(path, maxLength(link.alternateId, 100, "Alternate id"));
  });
  (parts.notes ?? []).forEach((note, i) => {
    errors.check(["input", "notes", String(i), "content"], required(note.content, "Note content"));
  });
}

/** Writes the common parts of the new thing (inside its transaction). */
export async function createNewThingParts(
  tx: Prisma.TransactionClient,
  thing: { id: number; releaseStatus: string },
  parts: NewThingParts,
  audit: CreateAuditFields,
  now: Date,
): Promise<void> {
  const own = { thingId: thing.id, releaseStatus: thing.releaseStatus, ...audit };
  if (parts.locationId) {
    const locationId = parseId(parts.locationId, "input.locationId");
    const exists = await tx.location.findUnique({ where: { id: locationId }, select: { id: true } });
    if (!exists) throw new NotFoundError("Location", locationId);
    await tx.locationThingAssociation.create({ data: { thingId: thing.id, locationId, effectiveStart: now, ...audit } });
  } else if (parts.location) {
    const location = await tx.location.create({ data: { ...newLocationData(parts.location), ...audit }, select: { id: true } });
    await tx.locationThingAssociation.create({ data: { thingId: thing.id, locationId: location.id, effectiveStart: now, ...audit } });
  }
  const groupIds = [...new Set((parts.groupIds ?? []).map((id, i) => parseId(id, `input.groupIds[${i}]`)))];
  if (groupIds.length > 0) {
    const found = new Set((await tx.group.findMany({ where: { id: { in: groupIds } }, select: { id: true } })).map((g) => g.id));
    const missing = groupIds.find((id) => !found.has(id));
    if (missing !== undefined) throw new NotFoundError("Group", missing);
    await tx.groupThingAssociation.createMany({ data: groupIds.map((groupId) => ({ groupId, thingId: thing.id, ...audit })) });
  }
  if (parts.alternateIds && parts.alternateIds.length > 0) {
    await tx.thingIdLink.createMany({
      data: parts.alternateIds.map((link) => ({
        ...own,
        alternateId: link.alternateId.trim(),
        alternateOrganization: link.organization,
        relation: link.relation,
      })),
    });
  }
  if (parts.notes && parts.notes.length > 0) {
    await tx.note.createMany({
      data: parts.notes.map((note) => ({ ...own, noteType: note.noteType, content: note.content.trim() })),
    });
  }
}
