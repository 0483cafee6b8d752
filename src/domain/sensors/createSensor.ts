/**
 * Creates a sensor. Contract: blank name and over-long fields are listed in one ValidationError;
 * a serial or property number in use gives ConflictError naming the field and the other sensor.
 */
import type { Sensor } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength, required } from "../shared/validation/rules.js";
import { releaseStatusValues } from "../vocabulary/enumValues.js";
import { assertIdentifiersFree } from "./sensorIdentifiers.js";
import type { NewSensor } from "./sensorInput.js";

export async function createSensor(deps: Pick<DomainDeps, "prisma" | "user">, input: NewSensor): Promise<Sensor> {
  const errors = new FieldErrors();
  errors.check(["input", "name"], required(input.name, "Name") ?? maxLength(input.name, 255, "Name"));
  errors.check(["input", "model"], maxLength(input.model, 50, "Model"));
  errors.check(["input", "serialNumber"], maxLength(input.serialNumber, 50, "Serial number"));
  errors.check(["input", "pcnNumber"], maxLength(input.pcnNumber, 50, "Property number"));
  errors.throwIfAny();
  const serialNo = input.serialNumber?.trim() || null;
  const pcnNumber = input.pcnNumber?.trim() || null;
  return deps.prisma.$transaction(async (tx) => {
    await assertIdentifiersFree(tx, null, { serialNo, pcnNumber });
    return tx.sensor.create({
      data: {
        name: input.name.trim(),
        sensorType: input.sensorType,
        model: input.model?.trim() || null,
        serialNo,
        pcnNumber,
        ownerAgency: input.ownerAgency ?? null,
        sensorStatus: input.sensorStatus ?? null,
        notes: input.notes?.trim() || null,
        releaseStatus: input.releaseStatus ?? releaseStatusValues.DRAFT,
        ...auditFields(deps, "create"),
      },
    });
  });
}
