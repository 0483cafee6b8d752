/**
 * Creates a sample: at a site, with a new field event (dated the sample date) and field activity,
 * or in an existing field activity.
 *
 * Contract:
 * - exactly one of `thingId` and `fieldActivityId`; `activityType` only with `thingId`;
 * - every invalid field is reported in one ValidationFailedError (sample date not in the future, within
 *   the clock tolerance of recordGroundwaterLevel; name and QC type not blank; depths greater than
 *   0 with the bottom below the top);
 * - NotFoundError for an unknown site ("Thing"), field activity ("FieldActivity") or participant
 *   contact ("Contact");
 * - a sample name in use gives ConflictError on `sample_sample_name_key` (see sampleName.ts);
 * - the field event, its participant, the field activity and the sample are written or none.
 */
import type { Prisma, Sample, Thing } from "../../generated/prisma/client.js";
import { parseId } from "../shared/ids.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { auditFields, type CreateAuditFields } from "../shared/audit.js";
import { lockRow } from "../shared/lockRow.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { lengthIn } from "../shared/lengthInput.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { latestMeasurementTime } from "../shared/validation/latestMeasurementTime.js";
import { maxLength, notBlank, notInFuture } from "../shared/validation/rules.js";
import { releaseStatusValues } from "../vocabulary/enumValues.js";
import type { NewSample } from "./sampleInput.js";
import { assertSampleNameFree, generatedSampleName } from "./sampleName.js";
import { checkSampleDepths } from "./sampleRules.js";

const DEFAULT_ACTIVITY_TYPE = "water chemistry";
const DEFAULT_QC_TYPE = "Normal";
/** Role of the sampler on a field event written with the sample. */
const NEW_EVENT_ROLE = "Lead";
/** Role of a sampler added to an existing field event. */
const JOINING_ROLE = "Participant";

export interface CreatedSample {
  sample: Sample;
  thing: Thing;
  fieldEventId: number;
  fieldActivityId: number;
}

/** Where the sample goes: the site, event and activity, and the sampler's participant row. */
interface Placement {
  thing: Thing;
  fieldEventId: number;
  fieldActivityId: number;
  activityType: string;
  participantId: number | null;
}

type Own = CreateAuditFields & { releaseStatus: string };

/** A new field event and activity at the site (with the sampler as "Lead" participant). */
async function newPlacement(
  tx: Prisma.TransactionClient,
  thingId: number,
  activityType: string,
  eventDate: Date,
  contactId: number | null,
  own: Own,
): Promise<Placement> {
  const thing = await tx.thing.findUnique({ where: { id: thingId } });
  if (!thing) throw new NotFoundError("Thing", thingId);
  if (contactId !== null) await lockRow(tx, "contact", contactId, "FOR KEY SHARE");
  const event = await tx.fieldEvent.create({
    data: {
      thingId,
      eventDate,
      ...own,
      ...(contactId !== null ? { participants: { create: [{ contactId, participantRole: NEW_EVENT_ROLE, ...own }] } } : {}),
    },
    select: { id: true, participants: { select: { id: true } } },
  });
  const activity = await tx.fieldActivity.create({ data: { fieldEventId: event.id, activityType, ...own }, select: { id: true } });
  return { thing, fieldEventId: event.id, fieldActivityId: activity.id, activityType, participantId: event.participants[0]?.id ?? null };
}

/** An existing field activity; the sampler's participant row of its event (added as "Participant" if missing). */
async function existingPlacement(
  tx: Prisma.TransactionClient,
  fieldActivityId: number,
  contactId: number | null,
  own: Own,
): Promise<Placement> {
  const activity = await tx.fieldActivity.findUnique({
    where: { id: fieldActivityId },
    include: { fieldEvent: { include: { thing: true } } },
  });
  if (!activity) throw new NotFoundError("FieldActivity", fieldActivityId);
  if (contactId !== null) await lockRow(tx, "contact", contactId, "FOR KEY SHARE");
  let participantId: number | null = null;
  if (contactId !== null) {
    const existing = await tx.fieldEventParticipant.findFirst({
      where: { fieldEventId: activity.fieldEventId, contactId },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    participantId =
      existing?.id ??
      (
        await tx.fieldEventParticipant.create({
          data: { fieldEventId: activity.fieldEventId, contactId, participantRole: JOINING_ROLE, ...own },
          select: { id: true },
        })
      ).id;
  }
  return {
    thing: activity.fieldEvent.thing,
    fieldEventId: activity.fieldEventId,
    fieldActivityId: activity.id,
    activityType: activity.activityType,
    participantId,
  };
}

export async function createSample(
  deps: Pick<DomainDeps, "prisma" | "user">,
  input: NewSample,
  now = new Date(),
): Promise<CreatedSample> {
  const thingIdText = input.thingId?.trim() || null;
  const activityIdText = input.fieldActivityId?.trim() || null;
  const depthTop = lengthIn(input.depthTop, "FOOT") ?? null;
  const depthBottom = lengthIn(input.depthBottom, "FOOT") ?? null;

  const errors = new FieldErrors();
  if (thingIdText === null && activityIdText === null) errors.add(["input", "thingId"], "Thing ID or field activity ID is required");
  if (thingIdText !== null && activityIdText !== null) {
    errors.add(["input", "fieldActivityId"], "Give either thingId or fieldActivityId, not both");
  }
  if (activityIdText !== null && input.activityType != null) {
    errors.add(["input", "activityType"], "Activity type applies only to a new field activity (with thingId)");
  }
  errors.check(["input", "sampleDate"], notInFuture(input.sampleDate, "Sample date", latestMeasurementTime(now)));
  errors.check(["input", "sampleName"], notBlank(input.sampleName, "Sample name"));
  errors.check(["input", "qcType"], notBlank(input.qcType, "QC type") ?? maxLength(input.qcType?.trim(), 100, "QC type"));
  checkSampleDepths(errors, { top: depthTop, bottom: depthBottom }, { top: depthTop !== null, bottom: depthBottom !== null });
  errors.throwIfAny();

  const thingId = thingIdText === null ? null : parseId(thingIdText, "input.thingId");
  const fieldActivityId = activityIdText === null ? null : parseId(activityIdText, "input.fieldActivityId");
  const contactId = input.participantContactId ? parseId(input.participantContactId, "input.participantContactId") : null;
  const own: Own = { releaseStatus: input.releaseStatus ?? releaseStatusValues.DRAFT, ...auditFields(deps, "create") };

  return deps.prisma.$transaction(async (tx) => {
    // One of the two ids is set (checked above), so `thingId` is set when `fieldActivityId` is not.
    const placement =
      fieldActivityId !== null
        ? await existingPlacement(tx, fieldActivityId, contactId, own)
        : await newPlacement(tx, thingId ?? 0, input.activityType ?? DEFAULT_ACTIVITY_TYPE, input.sampleDate, contactId, own);
    const sampleName = input.sampleName?.trim() || generatedSampleName(placement.activityType, placement.thing.id, input.sampleDate);
    await assertSampleNameFree(tx, sampleName, null);
    const sample = await tx.sample.create({
      data: {
        fieldActivityId: placement.fieldActivityId,
        fieldEventParticipantId: placement.participantId,
        sampleDate: input.sampleDate,
        sampleName,
        sampleMatrix: input.sampleMatrix,
        sampleMethod: input.sampleMethod,
        qcType: input.qcType?.trim() || DEFAULT_QC_TYPE,
        depthTop,
        depthBottom,
        notes: input.notes?.trim() || null,
        ...own,
      },
    });
    return { sample, thing: placement.thing, fieldEventId: placement.fieldEventId, fieldActivityId: placement.fieldActivityId };
  });
}
