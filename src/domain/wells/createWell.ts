/**
 * Creates a water well with everything it may be created with, in one transaction.
 *
 * Contract: every invalid field is reported in one ValidationFailedError before anything is written;
 * a referenced location or group that does not exist ends the transaction with NotFoundError;
 * either every row is written (thing, purposes, casing materials, alternate ids, histories, notes,
 * location association, group memberships) or none is.
 */
import type { Thing } from "../../generated/prisma/client.js";
import { todayUtc } from "../shared/currentPeriod.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength, notInFuture } from "../shared/validation/rules.js";
import { releaseStatusValues, thingTypeValues } from "../vocabulary/enumValues.js";
import { applyHistoryWrites, checkHistoryWrites, historyWritesOf } from "./historyWrites.js";
import { checkNewThingParts, createNewThingParts } from "../things/newThingParts.js";
import { givenMeasures, wellColumnsOf } from "./wellColumns.js";
import type { NewWell } from "./wellInput.js";
import { checkWellMeasures, type WellMeasureField, type WellMeasures } from "./wellRules.js";

export async function createWell(deps: Pick<DomainDeps, "prisma" | "user">, input: NewWell, now = new Date()): Promise<Thing> {
  const today = todayUtc(now);
  const errors = new FieldErrors();
  checkNewThingParts(errors, input, now);
  const given = givenMeasures(input);
  const measures: WellMeasures = { wellDepth: null, holeDepth: null, casingDepth: null, pumpDepth: null, casingDiameter: null, ...given };
  checkWellMeasures(errors, measures, new Set(Object.keys(given) as WellMeasureField[]));
  errors.check(["input", "completionDate"], notInFuture(input.completionDate, "Completion date", now));
  errors.check(["input", "drillerName"], maxLength(input.drillerName, 200, "Driller name"));
  const writes = historyWritesOf(input, today).filter((w) => w.row !== null);
  checkHistoryWrites(errors, writes, new Map(), now);
  errors.throwIfAny();

  const audit = { create: auditFields(deps, "create"), update: auditFields(deps, "update") };
  return deps.prisma.$transaction(async (tx) => {
    const thing = await tx.thing.create({
      data: {
        name: input.name.trim(),
        thingType: thingTypeValues.WATER_WELL,
        siteName: input.siteName?.trim() || null,
        firstVisitDate: input.firstVisitDate ?? null,
        releaseStatus: input.releaseStatus ?? releaseStatusValues.DRAFT,
        ...wellColumnsOf(input),
        ...audit.create,
      },
    });
    await createNewThingParts(tx, thing, input, audit.create, now);
    const own = { thingId: thing.id, releaseStatus: thing.releaseStatus, ...audit.create };
    const purposes = [...new Set(input.purposes ?? [])];
    if (purposes.length > 0) await tx.wellPurpose.createMany({ data: purposes.map((purpose) => ({ ...own, purpose })) });
    const materials = [...new Set(input.casingMaterials ?? [])];
    if (materials.length > 0) await tx.wellCasingMaterial.createMany({ data: materials.map((material) => ({ ...own, material })) });
    await applyHistoryWrites(tx, thing, writes, new Map(), audit, today);
    return thing;
  });
}
