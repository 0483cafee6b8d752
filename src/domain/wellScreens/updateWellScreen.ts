/**
 * Changes a well screen (partial: omitted = unchanged, null = cleared).
 * Contract: NotFoundError("WellScreen", id) for a missing screen; the depth rules hold for the
 * resulting screen (for the depths the input sets); release status cannot be cleared.
 */
import type { Context } from "../../context.js";
import type { UpdateWellScreenInput } from "../../generated/graphql.js";
import { auditFields } from "../shared/audit.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { notNull } from "../things/thingPatch.js";
import { lengthIn } from "../shared/lengthInput.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength } from "../shared/validation/rules.js";
import { checkScreenDepths, type WellScreenRow } from "./screenRules.js";

export async function updateWellScreen(
  ctx: Pick<Context, "prisma" | "user">,
  id: number,
  input: UpdateWellScreenInput,
): Promise<WellScreenRow> {
  const top = lengthIn(input.top, "FOOT");
  const bottom = lengthIn(input.bottom, "FOOT");
  const errors = new FieldErrors();
  errors.check(["input", "description"], maxLength(input.description, 1000, "Description"));
  errors.check(["input", "releaseStatus"], notNull(input.releaseStatus, "Release status"));
  return ctx.prisma.$transaction(async (tx) => {
    const screen = await tx.wellScreen.findUnique({ where: { id } });
    if (!screen) throw new NotFoundError("WellScreen", id);
    checkScreenDepths(
      errors,
      { top: top === undefined ? screen.screenDepthTop : top, bottom: bottom === undefined ? screen.screenDepthBottom : bottom },
      { top: top !== undefined, bottom: bottom !== undefined },
    );
    errors.throwIfAny();
    return tx.wellScreen.update({
      where: { id },
      data: {
        screenDepthTop: top,
        screenDepthBottom: bottom,
        screenType: input.screenType,
        screenDescription: input.description === undefined ? undefined : input.description?.trim() || null,
        ...(input.releaseStatus ? { releaseStatus: input.releaseStatus } : {}),
        ...auditFields(ctx, "update"),
      },
      include: { aquiferSystem: true, geologicFormation: true },
    });
  });
}
