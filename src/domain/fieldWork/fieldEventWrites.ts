/**
 * Corrections of field visits: change a visit, add or remove a participant, delete a visit.
 *
 * Contract (every function runs in one transaction, locks the rows it changes first, writes the
 * audit columns of the caller, and fails with domain errors, src/domain/shared/domainErrors.ts):
 * - `updateFieldEvent`: partial (omitted = unchanged, null = cleared); the date and the release
 *   status cannot be cleared, the date cannot lie in the future; environmental conditions and free
 *   notes are the parts of the notes of fieldEventNotes.ts (the field-staff line is kept);
 *   NotFoundError("FieldEvent", id) first;
 * - `addFieldEventParticipant`: NotFoundError for the event or the contact; a contact already
 *   taking part gives ConflictError on FIELD_EVENT_PARTICIPANT_UNIQUE (an application rule, checked
 *   under the event's row lock);
 * - `removeFieldEventParticipant`: NotFoundError("FieldEventParticipant", id); samples the
 *   participant took keep existing without a sampler (`sample_field_event_participant_id_fkey` SET NULL);
 * - `deleteFieldEvent`: while the visit holds samples it is refused with ConflictError on
 *   FIELD_EVENT_HOLDS_SAMPLES unless `cascade`; with it, the activities, participants, samples and
 *   their observations go with the visit (the foreign keys cascade). Returns what was deleted.
 */
import type { FieldEvent, FieldEventParticipant } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { lockRow } from "../shared/lockRow.js";
import { ConflictError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { latestMeasurementTime } from "../shared/validation/latestMeasurementTime.js";
import { maxLength, notInFuture, notNull } from "../shared/validation/rules.js";
import { releaseStatusValues, type ReleaseStatusValue } from "../vocabulary/enumValues.js";
import { readFieldEventNotes, writeFieldEventNotes } from "./fieldEventNotes.js";

/** Name reported in the ConflictError of a contact added twice to one visit. */
export const FIELD_EVENT_PARTICIPANT_UNIQUE = "uq_field_event_participant_contact";
/** Name reported in the ConflictError of deleting a visit that holds samples. */
export const FIELD_EVENT_HOLDS_SAMPLES = "sample_field_activity_id_fkey";

/** What the writes need: the database, the writing user (audit columns) and the clock. */
export type FieldEventWriteDeps = Pick<DomainDeps, "prisma" | "user"> & { now?: Date };

export interface FieldEventPatch {
  eventDate?: Date | null;
  environmentalConditions?: string | null;
  notes?: string | null;
  releaseStatus?: ReleaseStatusValue | null;
}

export interface NewParticipant {
  contactId: number;
  role: string;
  releaseStatus?: ReleaseStatusValue | null;
}

export interface DeletedFieldEvent {
  deletedId: number;
  deletedSampleCount: number;
  deletedObservationCount: number;
}

const MAX_TEXT = 2_000;

/** The new value of an optional text field: undefined = unchanged, null or blank = cleared. */
function textPatch(value: string | null | undefined): string | null | undefined {
  return value === undefined ? undefined : value?.trim() || null;
}

export async function updateFieldEvent(deps: FieldEventWriteDeps, id: number, patch: FieldEventPatch): Promise<FieldEvent> {
  const errors = new FieldErrors();
  errors.check(
    ["input", "eventDate"],
    notNull(patch.eventDate, "Event date") ?? notInFuture(patch.eventDate, "Event date", latestMeasurementTime(deps.now)),
  );
  errors.check(["input", "releaseStatus"], notNull(patch.releaseStatus, "Release status"));
  const conditions = textPatch(patch.environmentalConditions);
  const remarks = textPatch(patch.notes);
  errors.check(["input", "environmentalConditions"], maxLength(conditions, MAX_TEXT, "Environmental conditions"));
  errors.check(["input", "notes"], maxLength(remarks, MAX_TEXT, "Notes"));
  return deps.prisma.$transaction(async (tx) => {
    await lockRow(tx, "field_event", id, "FOR NO KEY UPDATE", "FieldEvent");
    errors.throwIfAny();
    const event = await tx.fieldEvent.findUniqueOrThrow({ where: { id } });
    const notes = readFieldEventNotes(event.notes);
    return tx.fieldEvent.update({
      where: { id },
      data: {
        ...(patch.eventDate ? { eventDate: patch.eventDate } : {}),
        ...(patch.releaseStatus ? { releaseStatus: patch.releaseStatus } : {}),
        notes: writeFieldEventNotes({
          fieldStaff: notes.fieldStaff,
          environmentalConditions: conditions === undefined ? notes.environmentalConditions : conditions,
          remarks: remarks === undefined ? notes.remarks : remarks,
        }),
        ...auditFields(deps, "update"),
      },
    });
  });
}

export async function addFieldEventParticipant(deps: FieldEventWriteDeps, fieldEventId: number, participant: NewParticipant): Promise<FieldEventParticipant> {
  return deps.prisma.$transaction(async (tx) => {
    // The event lock serialises participant writes of the visit (the uniqueness check below).
    await lockRow(tx, "field_event", fieldEventId, "FOR NO KEY UPDATE", "FieldEvent");
    await lockRow(tx, "contact", participant.contactId, "FOR KEY SHARE");
    const existing = await tx.fieldEventParticipant.findFirst({ where: { fieldEventId, contactId: participant.contactId }, select: { id: true } });
    if (existing) {
      throw new ConflictError(`Contact ${participant.contactId} already takes part in field event ${fieldEventId} (participant ${existing.id})`, FIELD_EVENT_PARTICIPANT_UNIQUE, ["fieldEventId", "contactId"]);
    }
    await tx.fieldEvent.update({ where: { id: fieldEventId }, data: auditFields(deps, "update") });
    return tx.fieldEventParticipant.create({
      data: {
        fieldEventId,
        contactId: participant.contactId,
        participantRole: participant.role,
        releaseStatus: participant.releaseStatus ?? releaseStatusValues.DRAFT,
        ...auditFields(deps, "create"),
      },
    });
  });
}

export async function removeFieldEventParticipant(deps: FieldEventWriteDeps, id: number): Promise<FieldEventParticipant> {
  return deps.prisma.$transaction(async (tx) => {
    await lockRow(tx, "field_event_participant", id, "FOR UPDATE", "FieldEventParticipant");
    const participant = await tx.fieldEventParticipant.delete({ where: { id } });
    await tx.fieldEvent.update({ where: { id: participant.fieldEventId }, data: auditFields(deps, "update") });
    return participant;
  });
}

export async function deleteFieldEvent(deps: FieldEventWriteDeps, id: number, cascade: boolean): Promise<DeletedFieldEvent> {
  return deps.prisma.$transaction(async (tx) => {
    // FOR UPDATE: no sample can be added to the visit's activities between the count and the delete.
    await lockRow(tx, "field_event", id, "FOR UPDATE", "FieldEvent");
    const sampleWhere = { fieldActivity: { fieldEventId: id } };
    const deletedSampleCount = await tx.sample.count({ where: sampleWhere });
    const deletedObservationCount = await tx.observation.count({ where: { sample: sampleWhere } });
    if (deletedSampleCount > 0 && !cascade) {
      throw new ConflictError(`Field event ${id} holds ${deletedSampleCount} sample(s) with ${deletedObservationCount} observation(s); delete them first, or pass cascade: true to delete them with it`, FIELD_EVENT_HOLDS_SAMPLES, ["cascade"]);
    }
    await tx.fieldEvent.delete({ where: { id } });
    return { deletedId: id, deletedSampleCount, deletedObservationCount };
  });
}
