/**
 * Creates a spring with its location, groups, alternate ids and notes, in one transaction.
 * Contract as createWell: all invalid fields in one ValidationFailedError before any write; a missing
 * location or group gives NotFoundError; all rows or none.
 */
import type { Thing } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { releaseStatusValues, thingTypeValues } from "../vocabulary/enumValues.js";
import { checkNewThingParts, createNewThingParts } from "../things/newThingParts.js";
import type { NewSpring } from "./springInput.js";

export async function createSpring(deps: Pick<DomainDeps, "prisma" | "user">, input: NewSpring, now = new Date()): Promise<Thing> {
  const errors = new FieldErrors();
  checkNewThingParts(errors, input, now);
  errors.throwIfAny();
  const audit = auditFields(deps, "create");
  return deps.prisma.$transaction(async (tx) => {
    const thing = await tx.thing.create({
      data: {
        name: input.name.trim(),
        thingType: thingTypeValues.SPRING,
        siteName: input.siteName?.trim() || null,
        springType: input.springType ?? null,
        firstVisitDate: input.firstVisitDate ?? null,
        releaseStatus: input.releaseStatus ?? releaseStatusValues.DRAFT,
        ...audit,
      },
    });
    await createNewThingParts(tx, thing, input, audit, now);
    return thing;
  });
}
