/**
 * Corrects a manual groundwater level (partial: omitted = unchanged, null = cleared).
 *
 * Contract:
 * - NotFoundError("GroundwaterLevel", id) when `id` is not an observation of the "groundwater
 *   level" parameter (checked before anything else is reported);
 * - the rules of recordGroundwaterLevel hold for the result, with its wording: "Date/Time is
 *   required" when the time is cleared, "Date cannot be in the future", "Groundwater level must be
 *   numeric", "Groundwater Level is required" when the level ends up empty without a reason,
 *   "Measurement Method is required" when the method is cleared; every failing field is listed in
 *   one ValidationFailedError; release status cannot be cleared;
 * - a new time is checked against the well's other levels under the per-well lock
 *   (ConflictError on uq_groundwater_level_well_time), and becomes the sample's time, and the field
 *   event's when the event holds no other sample; the sample keeps its name;
 * - the method is the sample's; the release status is set on the observation and the sample, and on
 *   the activity and event when they hold no other sample;
 * - all rows change or none; the editor is recorded in the updated-by columns; the observation row
 *   is locked first, so concurrent corrections of one level apply one after the other.
 */
import type { Thing } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { lockRow } from "../shared/lockRow.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { GROUNDWATER_LEVEL_PARAMETER } from "../shared/series/groundwaterLevelParameter.js";
import type { GroundwaterLevelRow } from "./groundwaterLevelSql.js";
import { lengthIn } from "../shared/lengthInput.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { latestMeasurementTime } from "../shared/validation/latestMeasurementTime.js";
import { notInFuture, notNull, numeric } from "../shared/validation/rules.js";
import type { GroundwaterLevelChanges } from "./groundwaterLevelInput.js";
import { groundwaterLevelRow } from "./groundwaterLevelRow.js";
import { assertNoLevelAt, lockWellLevels } from "./groundwaterLevelUniqueness.js";

export interface UpdatedGroundwaterLevel {
  groundwaterLevel: GroundwaterLevelRow;
  well: Thing;
}

/** The level of the input: undefined = unchanged, null = none measured, else feet. */
function levelOf(text: string | null | undefined): number | null | undefined {
  if (text === undefined) return undefined;
  const trimmed = text?.trim() ?? "";
  return trimmed === "" ? null : Number(trimmed);
}

export async function updateGroundwaterLevel(
  deps: Pick<DomainDeps, "prisma" | "user">,
  id: number,
  input: GroundwaterLevelChanges,
  now = new Date(),
): Promise<UpdatedGroundwaterLevel> {
  const errors = new FieldErrors();
  errors.check(
    ["input", "measuredAt"],
    input.measuredAt === null ? "Date/Time is required" : notInFuture(input.measuredAt, "Date", latestMeasurementTime(now)),
  );
  const text = input.groundwaterLevel?.trim();
  errors.check(["input", "groundwaterLevel"], text ? numeric(text, "Groundwater level") : null);
  errors.check(["input", "method"], input.method === null ? "Measurement Method is required" : null);
  errors.check(["input", "releaseStatus"], notNull(input.releaseStatus, "Release status"));
  const audit = auditFields(deps, "update");

  return deps.prisma.$transaction(async (tx) => {
    // Concurrent corrections of one level run one after the other, each reading the other's result.
    await lockRow(tx, "observation", id, "FOR UPDATE", "GroundwaterLevel");
    const level = await tx.observation.findUnique({
      where: { id },
      include: {
        parameter: { select: { parameterName: true } },
        sample: { include: { fieldActivity: { include: { fieldEvent: { include: { thing: true } } } } } },
      },
    });
    if (!level || level.parameter.parameterName !== GROUNDWATER_LEVEL_PARAMETER) throw new NotFoundError("GroundwaterLevel", id);
    const { sample } = level;
    const activity = sample.fieldActivity;
    const event = activity.fieldEvent;
    const well = event.thing;

    const value = errors.isEmpty ? levelOf(input.groundwaterLevel) : undefined;
    const reason = input.reason === undefined ? level.groundwaterLevelReason : input.reason;
    if ((value === undefined ? level.value : value) === null && reason === null) {
      errors.add(["input", "groundwaterLevel"], "Groundwater Level is required");
    }
    errors.throwIfAny();

    await lockWellLevels(tx, well.id);
    const measuredAt = input.measuredAt ?? undefined;
    if (measuredAt !== undefined && measuredAt.getTime() !== level.observationDatetime.getTime()) {
      await assertNoLevelAt(tx, well, measuredAt, level.id);
    }
    const releaseStatus = input.releaseStatus ?? undefined;
    // The event and activity follow the level only when they hold no other sample.
    const touchesEvent = releaseStatus !== undefined || measuredAt !== undefined;
    const eventSamples = touchesEvent
      ? await tx.sample.findMany({ where: { fieldActivity: { fieldEventId: event.id } }, select: { fieldActivityId: true } })
      : [];
    const eventIsOwn = eventSamples.length === 1;
    const activityIsOwn = eventSamples.filter((s) => s.fieldActivityId === activity.id).length === 1;

    const observation = await tx.observation.update({
      where: { id },
      data: {
        observationDatetime: measuredAt,
        value,
        measuringPointHeight: lengthIn(input.measuringPointHeight, "FOOT"),
        groundwaterLevelReason: input.reason,
        levelStatus: input.levelStatus,
        dataMaturity: input.dataMaturity,
        notes: input.notes === undefined ? undefined : input.notes?.trim() || null,
        releaseStatus,
        ...audit,
      },
    });
    const updatedSample = await tx.sample.update({
      where: { id: sample.id },
      data: { sampleDate: measuredAt, sampleMethod: input.method ?? undefined, releaseStatus, ...audit },
    });
    if (releaseStatus !== undefined && activityIsOwn) {
      await tx.fieldActivity.update({ where: { id: activity.id }, data: { releaseStatus, ...audit } });
    }
    if (eventIsOwn) {
      await tx.fieldEvent.update({ where: { id: event.id }, data: { eventDate: measuredAt, releaseStatus, ...audit } });
    }
    return { well, groundwaterLevel: await groundwaterLevelRow(tx, well.id, observation, updatedSample.sampleMethod) };
  });
}
