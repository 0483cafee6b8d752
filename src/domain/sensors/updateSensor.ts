/**
 * Changes a sensor (partial: omitted = unchanged, null = cleared).
 * Contract: NotFoundError("Sensor", id) for a missing sensor; name, type and release status cannot
 * be cleared; a serial or property number another sensor has gives ConflictError.
 */
import type { Sensor } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength, notBlank, notNull } from "../shared/validation/rules.js";
import { assertIdentifiersFree } from "./sensorIdentifiers.js";
import type { SensorChanges } from "./sensorInput.js";

function cleared(value: string | null | undefined): string | null | undefined {
  return value === undefined ? undefined : value?.trim() || null;
}

export async function updateSensor(deps: Pick<DomainDeps, "prisma" | "user">, id: number, input: SensorChanges): Promise<Sensor> {
  const errors = new FieldErrors();
  errors.check(["input", "name"], notNull(input.name, "Name") ?? notBlank(input.name, "Name") ?? maxLength(input.name, 255, "Name"));
  errors.check(["input", "sensorType"], notNull(input.sensorType, "Sensor type"));
  errors.check(["input", "model"], maxLength(input.model, 50, "Model"));
  errors.check(["input", "serialNumber"], maxLength(input.serialNumber, 50, "Serial number"));
  errors.check(["input", "pcnNumber"], maxLength(input.pcnNumber, 50, "Property number"));
  errors.check(["input", "releaseStatus"], notNull(input.releaseStatus, "Release status"));
  const serialNo = cleared(input.serialNumber);
  const pcnNumber = cleared(input.pcnNumber);
  return deps.prisma.$transaction(async (tx) => {
    if (!(await tx.sensor.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError("Sensor", id);
    errors.throwIfAny();
    await assertIdentifiersFree(tx, id, { serialNo, pcnNumber });
    return tx.sensor.update({
      where: { id },
      data: {
        ...(input.name ? { name: input.name.trim() } : {}),
        ...(input.sensorType ? { sensorType: input.sensorType } : {}),
        model: cleared(input.model),
        serialNo,
        pcnNumber,
        ownerAgency: input.ownerAgency,
        sensorStatus: input.sensorStatus,
        notes: cleared(input.notes),
        ...(input.releaseStatus ? { releaseStatus: input.releaseStatus } : {}),
        ...auditFields(deps, "update"),
      },
    });
  });
}
