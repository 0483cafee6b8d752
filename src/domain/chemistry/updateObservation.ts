/**
 * Changes an observation (partial: omitted = unchanged, null = cleared).
 *
 * Contract:
 * - NotFoundError("Observation", id) for a missing observation (before any other error), and
 *   NotFoundError("AnalysisMethod", id) for an unknown analysis method;
 * - value, unit, observation time and release status cannot be cleared; the observation time is
 *   not in the future; every invalid field is reported in one ValidationFailedError;
 * - of a groundwater level (parameter "groundwater level") the value, unit and time are refused:
 *   they carry the one-level-per-well-and-instant rule and the measuring point, which
 *   updateGroundwaterLevel keeps;
 * - the parameter and the sample do not change.
 */
import type { Observation } from "../../generated/prisma/client.js";
import { parseId } from "../shared/ids.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { auditFields } from "../shared/audit.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { GROUNDWATER_LEVEL_PARAMETER } from "../shared/series/groundwaterLevelParameter.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { latestMeasurementTime } from "../shared/validation/latestMeasurementTime.js";
import { notInFuture, notNull } from "../shared/validation/rules.js";
import type { ObservationChanges } from "./observationInput.js";
import { assertAnalysisMethodExists } from "./recordWaterChemistry.js";

const GROUNDWATER_LEVEL_FIELDS = [
  ["value", "value"],
  ["unit", "unit"],
  ["observedAt", "time"],
] as const;

export async function updateObservation(
  deps: Pick<DomainDeps, "prisma" | "user">,
  id: number,
  input: ObservationChanges,
  now = new Date(),
): Promise<Observation> {
  const errors = new FieldErrors();
  errors.check(["input", "value"], notNull(input.value, "Value"));
  errors.check(["input", "unit"], notNull(input.unit, "Unit"));
  errors.check(
    ["input", "observedAt"],
    notNull(input.observedAt, "Observation time") ??
      notInFuture(input.observedAt, "Observation time", latestMeasurementTime(now)),
  );
  errors.check(["input", "releaseStatus"], notNull(input.releaseStatus, "Release status"));
  const analysisMethodId =
    input.analysisMethodId === undefined ? undefined : input.analysisMethodId ? parseId(input.analysisMethodId, "input.analysisMethodId") : null;

  return deps.prisma.$transaction(async (tx) => {
    const observation = await tx.observation.findUnique({ where: { id }, include: { parameter: { select: { parameterName: true } } } });
    if (!observation) throw new NotFoundError("Observation", id);
    if (observation.parameter.parameterName === GROUNDWATER_LEVEL_PARAMETER) {
      for (const [field, label] of GROUNDWATER_LEVEL_FIELDS) {
        if (input[field] !== undefined) {
          errors.add(
            ["input", field],
            `The ${label} of a groundwater level cannot be changed here; correct it with updateGroundwaterLevel`,
          );
        }
      }
    }
    errors.throwIfAny();
    await assertAnalysisMethodExists(tx, analysisMethodId);
    return tx.observation.update({
      where: { id },
      data: {
        value: input.value ?? undefined,
        unit: input.unit ?? undefined,
        observationDatetime: input.observedAt ?? undefined,
        analysisMethodId,
        notes: input.notes === undefined ? undefined : input.notes?.trim() || null,
        releaseStatus: input.releaseStatus ?? undefined,
        ...auditFields(deps, "update"),
      },
    });
  });
}
