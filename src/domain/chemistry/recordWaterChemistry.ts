/**
 * Records one chemistry result (laboratory analyte or field parameter) of an existing sample.
 *
 * Contract:
 * - the parameter is named by exactly one of `parameterId` and `parameterName` (`parameterMatrix`
 *   only with `parameterName`; the sample's matrix when omitted); every invalid field is reported
 *   in one ValidationFailedError (observation time not in the future, within the clock tolerance of
 *   recordGroundwaterLevel);
 * - NotFoundError for an unknown sample, parameter or analysis method; the "groundwater level"
 *   parameter gives a ValidationFailedError (see findChemistryParameter);
 * - the unit defaults to the parameter's default unit, the observation time to the sample date;
 * - no uniqueness rule: a repeated analysis of the same parameter is a second result.
 */
import type { Observation, Prisma, Sample } from "../../generated/prisma/client.js";
import { parseId } from "../shared/ids.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { auditFields } from "../shared/audit.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { latestMeasurementTime } from "../shared/validation/latestMeasurementTime.js";
import { notInFuture } from "../shared/validation/rules.js";
import { releaseStatusValues } from "../vocabulary/enumValues.js";
import type { NewChemistryResult } from "./observationInput.js";
import { findChemistryParameter } from "./findChemistryParameter.js";

export interface RecordedWaterChemistry {
  observation: Observation;
  sample: Sample;
}

/** Throws NotFoundError("AnalysisMethod", id) unless the method exists. */
export async function assertAnalysisMethodExists(tx: Prisma.TransactionClient, id: number | null | undefined): Promise<void> {
  if (id === null || id === undefined) return;
  const method = await tx.analysisMethod.findUnique({ where: { id }, select: { id: true } });
  if (!method) throw new NotFoundError("AnalysisMethod", id);
}

export async function recordWaterChemistry(
  deps: Pick<DomainDeps, "prisma" | "user">,
  input: NewChemistryResult,
  now = new Date(),
): Promise<RecordedWaterChemistry> {
  const parameterIdText = input.parameterId?.trim() || null;
  const parameterName = input.parameterName ?? null;
  const errors = new FieldErrors();
  if (parameterIdText === null && parameterName === null) errors.add(["input", "parameterId"], "Parameter ID or parameter name is required");
  if (parameterIdText !== null && parameterName !== null) errors.add(["input", "parameterName"], "Give either parameterId or parameterName, not both");
  if (input.parameterMatrix != null && parameterName === null) {
    errors.add(["input", "parameterMatrix"], "Parameter matrix applies only with parameterName");
  }
  errors.check(["input", "observedAt"], notInFuture(input.observedAt, "Observation time", latestMeasurementTime(now)));
  errors.throwIfAny();

  const sampleId = parseId(input.sampleId, "input.sampleId");
  const parameterId = parameterIdText === null ? null : parseId(parameterIdText, "input.parameterId");
  const analysisMethodId = input.analysisMethodId ? parseId(input.analysisMethodId, "input.analysisMethodId") : null;

  return deps.prisma.$transaction(async (tx) => {
    const sample = await tx.sample.findUnique({ where: { id: sampleId } });
    if (!sample) throw new NotFoundError("Sample", sampleId);
    const parameter = await findChemistryParameter(
      tx,
      parameterId !== null ? { id: parameterId } : { name: parameterName ?? "", matrix: input.parameterMatrix ?? sample.sampleMatrix },
    );
    await assertAnalysisMethodExists(tx, analysisMethodId);
    const observation = await tx.observation.create({
      data: {
        sampleId,
        parameterId: parameter.id,
        analysisMethodId,
        observationDatetime: input.observedAt ?? sample.sampleDate,
        value: input.value,
        unit: input.unit ?? parameter.defaultUnit,
        notes: input.notes?.trim() || null,
        releaseStatus: input.releaseStatus ?? releaseStatusValues.DRAFT,
        ...auditFields(deps, "create"),
      },
    });
    return { observation, sample };
  });
}
