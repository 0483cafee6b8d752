/**
 * Changes a spring: partial input (omitted = unchanged, null = cleared).
 * Contract: a missing id or a thing that is not a spring gives NotFoundError("Spring", id); every
 * invalid field is reported in one ValidationFailedError and nothing is written.
 */
import type { Thing } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { thingTypeValues } from "../vocabulary/enumValues.js";
import { findThingOfType } from "../things/findThingOfType.js";
import { checkThingPatch, thingPatchColumns } from "../things/thingPatch.js";
import type { SpringChanges } from "./springInput.js";

export async function updateSpring(
  deps: Pick<DomainDeps, "prisma" | "user">,
  id: number,
  input: SpringChanges,
  now = new Date(),
): Promise<Thing> {
  const errors = new FieldErrors();
  checkThingPatch(errors, input, now);
  const audit = auditFields(deps, "update");
  return deps.prisma.$transaction(async (tx) => {
    await findThingOfType(tx, id, thingTypeValues.SPRING, "Spring");
    errors.throwIfAny();
    return tx.thing.update({
      where: { id },
      data: {
        ...thingPatchColumns(input),
        ...(input.springType !== undefined ? { springType: input.springType } : {}),
        ...audit,
      },
    });
  });
}
