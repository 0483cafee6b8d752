/**
 * Changes a sample (partial: omitted = unchanged, null = cleared).
 *
 * Contract: NotFoundError("Sample", id) for a missing sample (before any other error); sample name,
 * date, matrix, method, QC type and release status cannot be cleared; every invalid field is
 * reported in one ValidationFailedError, the depth rules checked on the resulting interval; a name another
 * sample has gives ConflictError on `sample_sample_name_key`. The sample's field activity, and so
 * its site, do not change.
 */
import type { Sample } from "../../generated/prisma/client.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { auditFields } from "../shared/audit.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { lengthIn } from "../shared/lengthInput.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { latestMeasurementTime } from "../shared/validation/latestMeasurementTime.js";
import { maxLength, notBlank, notInFuture, notNull } from "../shared/validation/rules.js";
import type { SampleChanges } from "./sampleInput.js";
import { assertSampleNameFree } from "./sampleName.js";
import { checkSampleDepths } from "./sampleRules.js";

export async function updateSample(
  deps: Pick<DomainDeps, "prisma" | "user">,
  id: number,
  input: SampleChanges,
  now = new Date(),
): Promise<Sample> {
  const depthTop = lengthIn(input.depthTop, "FOOT");
  const depthBottom = lengthIn(input.depthBottom, "FOOT");
  const errors = new FieldErrors();
  errors.check(["input", "sampleName"], notNull(input.sampleName, "Sample name") ?? notBlank(input.sampleName, "Sample name"));
  errors.check(
    ["input", "sampleDate"],
    notNull(input.sampleDate, "Sample date") ?? notInFuture(input.sampleDate, "Sample date", latestMeasurementTime(now)),
  );
  errors.check(["input", "sampleMatrix"], notNull(input.sampleMatrix, "Sample matrix"));
  errors.check(["input", "sampleMethod"], notNull(input.sampleMethod, "Sample method"));
  errors.check(
    ["input", "qcType"],
    notNull(input.qcType, "QC type") ?? notBlank(input.qcType, "QC type") ?? maxLength(input.qcType?.trim(), 100, "QC type"),
  );
  errors.check(["input", "releaseStatus"], notNull(input.releaseStatus, "Release status"));
  const sampleName = input.sampleName?.trim() || undefined;

  return deps.prisma.$transaction(async (tx) => {
    const sample = await tx.sample.findUnique({ where: { id } });
    if (!sample) throw new NotFoundError("Sample", id);
    checkSampleDepths(
      errors,
      {
        top: depthTop === undefined ? sample.depthTop : depthTop,
        bottom: depthBottom === undefined ? sample.depthBottom : depthBottom,
      },
      { top: depthTop !== undefined, bottom: depthBottom !== undefined },
    );
    errors.throwIfAny();
    if (sampleName !== undefined && sampleName !== sample.sampleName) await assertSampleNameFree(tx, sampleName, id);
    return tx.sample.update({
      where: { id },
      data: {
        sampleName,
        sampleDate: input.sampleDate ?? undefined,
        sampleMatrix: input.sampleMatrix ?? undefined,
        sampleMethod: input.sampleMethod ?? undefined,
        qcType: input.qcType?.trim() || undefined,
        depthTop,
        depthBottom,
        notes: input.notes === undefined ? undefined : input.notes?.trim() || null,
        releaseStatus: input.releaseStatus ?? undefined,
        ...auditFields(deps, "update"),
      },
    });
  });
}
