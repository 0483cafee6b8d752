/**
 * Changes a spring: partial input (omitted = unchanged, null = cleared).
 * Contract: a missing id or a thing that is not a spring gives NotFoundError("Spring", id); every
 * invalid field is reported in one ValidationError and nothing is written.
 */
import type { Context } from "../../context.js";
import type { UpdateSpringInput } from "../../generated/graphql.js";
import type { Thing } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { thingTypeValues } from "../vocabulary/enumValues.js";
import { findThingOfType } from "../things/findThingOfType.js";
import { checkThingPatch, thingPatchColumns } from "../things/thingPatch.js";

export async function updateSpring(
  ctx: Pick<Context, "prisma" | "user">,
  id: number,
  input: UpdateSpringInput,
  now = new Date(),
): Promise<Thing> {
  const errors = new FieldErrors();
  checkThingPatch(errors, input, now);
  const audit = auditFields(ctx, "update");
  return ctx.prisma.$transaction(async (tx) => {
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
