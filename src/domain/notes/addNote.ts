/**
 * Adds a note to exactly one thing, location or contact.
 *
 * Contract: ValidationError when not exactly one target is given or the content is blank (every
 * failing field listed); NotFoundError when the target does not exist; the note takes the
 * release status given, else DRAFT.
 */
import type { Note } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { parseId } from "../shared/ids.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { required } from "../shared/validation/rules.js";
import { releaseStatusValues } from "../vocabulary/enumValues.js";
import type { NewNote } from "./noteInput.js";

export async function addNote(deps: Pick<DomainDeps, "prisma" | "user">, input: NewNote): Promise<Note> {
  const targets = (["thingId", "locationId", "contactId"] as const).filter((key) => input[key] !== undefined && input[key] !== null);
  const errors = new FieldErrors();
  if (targets.length !== 1) errors.add(["input", targets[1] ?? "thingId"], "Give exactly one of thingId, locationId, contactId");
  errors.check(["input", "content"], required(input.content, "Note content"));
  errors.throwIfAny();
  const target = targets[0] ?? "thingId";
  const targetId = parseId(input[target] ?? "", `input.${target}`);
  return deps.prisma.$transaction(async (tx) => {
    const exists =
      target === "thingId"
        ? await tx.thing.findUnique({ where: { id: targetId }, select: { id: true } })
        : target === "locationId"
          ? await tx.location.findUnique({ where: { id: targetId }, select: { id: true } })
          : await tx.contact.findUnique({ where: { id: targetId }, select: { id: true } });
    if (!exists) {
      throw new NotFoundError(target === "thingId" ? "Thing" : target === "locationId" ? "Location" : "Contact", targetId);
    }
    return tx.note.create({
      data: {
        thingId: target === "thingId" ? targetId : null,
        locationId: target === "locationId" ? targetId : null,
        contactId: target === "contactId" ? targetId : null,
        noteType: input.noteType,
        content: input.content.trim(),
        releaseStatus: input.releaseStatus ?? releaseStatusValues.DRAFT,
        ...auditFields(deps, "create"),
      },
    });
  });
}
