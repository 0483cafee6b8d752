/**
 * A field visit with every part filled: a participant (contact), an activity, a sample taken by
 * that participant and chemistry results. Released (`public`) unless told otherwise.
 */
import type { PrismaClient } from "../../src/generated/prisma/client.js";
import { uniqueName } from "./factories.js";
import { parameterId } from "./seriesFactories.js";

export interface VisitSpec {
  eventDate?: Date;
  notes?: string | null;
  releaseStatus?: string;
  /** Release status of the participant, activity, sample and observations (default: that of the event). */
  partsReleaseStatus?: string;
  contactId?: number;
  /** Chemistry results of the sample: parameter name, value, unit, detection flag. */
  results?: { parameter: string; value: number | null; unit: string; flag?: string | null; at?: Date; releaseStatus?: string }[];
}

export async function createVisit(prisma: PrismaClient, thingId: number, spec: VisitSpec = {}) {
  const eventDate = spec.eventDate ?? new Date("2024-05-01T16:00:00Z");
  const releaseStatus = spec.releaseStatus ?? "public";
  const parts = spec.partsReleaseStatus ?? releaseStatus;
  const contactId =
    spec.contactId ?? (await prisma.contact.create({ data: { name: uniqueName("Sampler"), role: "Owner", contactType: "Primary", releaseStatus: "public" } })).id;
  const event = await prisma.fieldEvent.create({ data: { thingId, eventDate, notes: spec.notes ?? null, releaseStatus } });
  const participant = await prisma.fieldEventParticipant.create({
    data: { fieldEventId: event.id, contactId, participantRole: "Lead", releaseStatus: parts },
  });
  const activity = await prisma.fieldActivity.create({ data: { fieldEventId: event.id, activityType: "water chemistry", releaseStatus: parts } });
  const sample = await prisma.sample.create({
    data: {
      fieldActivityId: activity.id,
      fieldEventParticipantId: participant.id,
      sampleDate: eventDate,
      sampleName: uniqueName("S"),
      sampleMatrix: "groundwater",
      sampleMethod: "pump",
      releaseStatus: parts,
    },
  });
  const observations = [];
  for (const r of spec.results ?? [{ parameter: "Arsenic", value: 0.005, unit: "mg/L" }]) {
    observations.push(
      await prisma.observation.create({
        data: {
          sampleId: sample.id,
          parameterId: await parameterId(prisma, r.parameter),
          observationDatetime: r.at ?? eventDate,
          value: r.value,
          unit: r.unit,
          detectionFlag: r.flag ?? null,
          releaseStatus: r.releaseStatus ?? parts,
        },
      }),
    );
  }
  return { event, participant, activity, sample, observations, contactId };
}
