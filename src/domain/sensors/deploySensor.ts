/**
 * Installs a sensor at a thing.
 *
 * Contract: every invalid field is listed in one ValidationError; NotFoundError for a missing
 * sensor or thing; a deployment of the same sensor whose period overlaps the new one (an open
 * deployment overlaps everything after its installation) gives ConflictError on
 * `deployment_sensor_no_overlap` naming it. The check runs with the sensor's row locked, so of two
 * concurrent deployments of one sensor at most one succeeds.
 */
import type { Deployment } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { lockRow } from "../shared/lockRow.js";
import { ConflictError, NotFoundError } from "../shared/domainErrors.js";
import { parseId } from "../shared/ids.js";
import { convertLength } from "../shared/lengthInput.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { notInFuture, positiveNumber } from "../shared/validation/rules.js";
import { releaseStatusValues } from "../vocabulary/enumValues.js";
import {
  DEPLOYMENT_OVERLAP_CONSTRAINT,
  periodsOverlap,
  recordingIntervalRule,
  removalNotBeforeInstallation,
} from "./deploymentRules.js";
import type { NewDeployment } from "./sensorInput.js";

function day(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "an unknown date";
}

export async function deploySensor(deps: Pick<DomainDeps, "prisma" | "user">, input: NewDeployment, now = new Date()): Promise<Deployment> {
  const sensorId = parseId(input.sensorId, "input.sensorId");
  const thingId = parseId(input.thingId, "input.thingId");
  const hangingCableLength = input.hangingCableLength ? convertLength(input.hangingCableLength, "FOOT") : null;
  const hangingPointHeight = input.hangingPointHeight ? convertLength(input.hangingPointHeight, "FOOT") : null;
  const errors = new FieldErrors();
  errors.check(["input", "installedOn"], notInFuture(input.installedOn, "Installation date", now));
  errors.check(["input", "removedOn"], notInFuture(input.removedOn, "Removal date", now));
  errors.check(["input", "removedOn"], removalNotBeforeInstallation(input.installedOn, input.removedOn));
  const interval = recordingIntervalRule(input.recordingInterval, input.recordingIntervalUnit);
  errors.check(["input", "recordingInterval"], interval.interval);
  errors.check(["input", "recordingIntervalUnit"], interval.unit);
  errors.check(["input", "hangingCableLength"], positiveNumber(hangingCableLength, "Hanging cable length"));
  errors.throwIfAny();

  const period = { installationDate: input.installedOn, removalDate: input.removedOn ?? null };
  return deps.prisma.$transaction(async (tx) => {
    await lockRow(tx, "sensor", sensorId, "FOR UPDATE");
    if (!(await tx.thing.findUnique({ where: { id: thingId }, select: { id: true } }))) throw new NotFoundError("Thing", thingId);
    const existing = await tx.deployment.findMany({
      where: { sensorId },
      select: { id: true, thingId: true, installationDate: true, removalDate: true },
      orderBy: { id: "asc" },
    });
    const clash = existing.find((d) => periodsOverlap(d, period));
    if (clash) {
      throw new ConflictError(`Sensor ${sensorId} is already deployed at thing ${clash.thingId} in deployment ${clash.id} ` +
          `(installed ${day(clash.installationDate)}, ${clash.removalDate ? `removed ${day(clash.removalDate)}` : "not removed"})`, DEPLOYMENT_OVERLAP_CONSTRAINT, ["sensorId", "installedOn", "removedOn"]);
    }
    return tx.deployment.create({
      data: {
        sensorId,
        thingId,
        installationDate: input.installedOn,
        removalDate: input.removedOn ?? null,
        recordingInterval: input.recordingInterval ?? null,
        recordingIntervalUnits: input.recordingIntervalUnit ?? null,
        hangingCableLength,
        hangingPointHeight,
        hangingPointDescription: input.hangingPointDescription?.trim() || null,
        notes: input.notes?.trim() || null,
        releaseStatus: input.releaseStatus ?? releaseStatusValues.DRAFT,
        ...auditFields(deps, "create"),
      },
    });
  });
}
