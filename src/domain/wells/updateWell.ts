/**
 * Changes a well: partial input (omitted = unchanged, null = cleared), in one transaction.
 *
 * Contract: a missing id or a thing that is not a well gives NotFoundError("Well", id); every
 * invalid field (including depth rules on the resulting well and history start dates) is reported
 * in one ValidationFailedError and nothing is written; purposes and casing materials given are the new
 * sets (rows of values that stay are kept); history fields append rows (see historyWrites.ts).
 */
import type { Thing } from "../../generated/prisma/client.js";
import { todayUtc } from "../shared/currentPeriod.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength, notInFuture } from "../shared/validation/rules.js";
import { thingTypeValues } from "../vocabulary/enumValues.js";
import { findThingOfType } from "../things/findThingOfType.js";
import { applyHistoryWrites, checkHistoryWrites, historyWritesOf, loadOpenPeriods } from "./historyWrites.js";
import { checkThingPatch, thingPatchColumns } from "../things/thingPatch.js";
import { givenMeasures, storedMeasures, wellColumnsOf } from "./wellColumns.js";
import type { WellChanges } from "./wellInput.js";
import { checkWellMeasures, type WellMeasureField } from "./wellRules.js";

export async function updateWell(
  deps: Pick<DomainDeps, "prisma" | "user">,
  id: number,
  input: WellChanges,
  now = new Date(),
): Promise<Thing> {
  const today = todayUtc(now);
  const audit = { create: auditFields(deps, "create"), update: auditFields(deps, "update") };
  return deps.prisma.$transaction(async (tx) => {
    const thing = await findThingOfType(tx, id, thingTypeValues.WATER_WELL, "Well");
    const errors = new FieldErrors();
    checkThingPatch(errors, input, now);
    const given = givenMeasures(input);
    checkWellMeasures(errors, { ...storedMeasures(thing), ...given }, new Set(Object.keys(given) as WellMeasureField[]));
    errors.check(["input", "completionDate"], notInFuture(input.completionDate, "Completion date", now));
    errors.check(["input", "drillerName"], maxLength(input.drillerName, 200, "Driller name"));
    const writes = historyWritesOf(input, today);
    const open = await loadOpenPeriods(tx, id, writes);
    checkHistoryWrites(errors, writes, open, now);
    errors.throwIfAny();

    const updated = await tx.thing.update({
      where: { id },
      data: { ...thingPatchColumns(input), ...wellColumnsOf(input), ...audit.update },
    });
    const own = { thingId: id, releaseStatus: updated.releaseStatus, ...audit.create };
    if (input.purposes !== undefined) {
      const wanted = [...new Set(input.purposes ?? [])];
      const kept = await tx.wellPurpose.findMany({ where: { thingId: id, purpose: { in: wanted } }, select: { purpose: true } });
      await tx.wellPurpose.deleteMany({ where: { thingId: id, purpose: { notIn: wanted } } });
      const added = wanted.filter((p) => !kept.some((k) => k.purpose === p));
      if (added.length > 0) await tx.wellPurpose.createMany({ data: added.map((purpose) => ({ ...own, purpose })) });
    }
    if (input.casingMaterials !== undefined) {
      const wanted = [...new Set(input.casingMaterials ?? [])];
      const kept = await tx.wellCasingMaterial.findMany({ where: { thingId: id, material: { in: wanted } }, select: { material: true } });
      await tx.wellCasingMaterial.deleteMany({ where: { thingId: id, material: { notIn: wanted } } });
      const added = wanted.filter((m) => !kept.some((k) => k.material === m));
      if (added.length > 0) await tx.wellCasingMaterial.createMany({ data: added.map((material) => ({ ...own, material })) });
    }
    await applyHistoryWrites(tx, updated, writes, open, audit, today);
    return updated;
  });
}
