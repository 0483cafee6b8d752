/**
 * Changes a well screen (partial: omitted = unchanged, null = cleared).
 * Contract: NotFoundError("WellScreen", id) for a missing screen; the depth rules hold for the
 * resulting screen (for the depths the input sets); release status cannot be cleared.
 */
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { lengthIn } from "../shared/lengthInput.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength, notNull } from "../shared/validation/rules.js";
import { checkScreenDepths, type WellScreenRow } from "./screenRules.js";
import type { WellScreenChanges } from "./wellScreenInput.js";

export async function updateWellScreen(
  deps: Pick<DomainDeps, "prisma" | "user">,
  id: number,
  input: WellScreenChanges,
): Promise<WellScreenRow> {
  const top = lengthIn(input.top, "FOOT");
  const bottom = lengthIn(input.bottom, "FOOT");
  const errors = new FieldErrors();
  errors.check(["input", "description"], maxLength(input.description, 1000, "Description"));
  errors.check(["input", "releaseStatus"], notNull(input.releaseStatus, "Release status"));
  return deps.prisma.$transaction(async (tx) => {
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
        ...auditFields(deps, "update"),
      },
      include: { aquiferSystem: true, geologicFormation: true },
    });
  });
}
