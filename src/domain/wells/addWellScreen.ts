/**
 * Adds a screened interval to a well.
 * Contract: NotFoundError("Well", id) for a missing thing; ValidationFailedError on ["input", "wellId"]
 * for a thing that is not a well, listed together with every other invalid field.
 */
import type { Thing } from "../../generated/prisma/client.js";
import { parseId } from "../shared/ids.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { convertLength } from "../shared/lengthInput.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength } from "../shared/validation/rules.js";
import { releaseStatusValues, thingTypeValues } from "../vocabulary/enumValues.js";
import { checkScreenDepths, type WellScreenRow } from "./screenRules.js";
import type { NewWellScreen } from "./wellScreenInput.js";

export async function addWellScreen(
  deps: Pick<DomainDeps, "prisma" | "user">,
  input: NewWellScreen,
): Promise<{ screen: WellScreenRow; well: Thing }> {
  const wellId = parseId(input.wellId, "input.wellId");
  const top = input.top ? convertLength(input.top, "FOOT") : null;
  const bottom = input.bottom ? convertLength(input.bottom, "FOOT") : null;
  const errors = new FieldErrors();
  checkScreenDepths(errors, { top, bottom }, { top: top !== null, bottom: bottom !== null });
  errors.check(["input", "description"], maxLength(input.description, 1000, "Description"));
  return deps.prisma.$transaction(async (tx) => {
    const well = await tx.thing.findUnique({ where: { id: wellId } });
    if (!well) throw new NotFoundError("Well", wellId);
    if (well.thingType !== thingTypeValues.WATER_WELL) {
      errors.add(["input", "wellId"], `Thing ${wellId} is a ${well.thingType}; screens belong to wells only`);
    }
    errors.throwIfAny();
    const screen = await tx.wellScreen.create({
      data: {
        thingId: wellId,
        screenDepthTop: top,
        screenDepthBottom: bottom,
        screenType: input.screenType ?? null,
        screenDescription: input.description?.trim() || null,
        releaseStatus: input.releaseStatus ?? releaseStatusValues.DRAFT,
        ...auditFields(deps, "create"),
      },
      include: { aquiferSystem: true, geologicFormation: true },
    });
    return { screen, well };
  });
}
