/**
 * Factories for water-level series, samples and sensors. Vocabulary values are terms of the
 * seeded lexicon; parameters are the seeded ones (looked up by name and matrix).
 */
import type { Prisma, PrismaClient } from "../../src/generated/prisma/client.js";
import { uniqueName } from "./factories.js";

/** Id of a seeded parameter (default: "groundwater level" in groundwater). */
export async function parameterId(prisma: PrismaClient, name = "groundwater level", matrix = "groundwater"): Promise<number> {
  const parameter = await prisma.parameter.findUniqueOrThrow({
    where: { parameterName_matrix: { parameterName: name, matrix } },
    select: { id: true },
  });
  return parameter.id;
}

export interface ManualLevelSpec {
  measuredAt: Date;
  /** Reading below the measuring point, ft; null = not measured (give a reason). */
  value: number | null;
  /** MP height checked in the field with this measurement, ft. */
  measuringPointHeight?: number | null;
  method?: string;
  reason?: string | null;
  releaseStatus?: string;
  /** Parameter measured (default: groundwater level). */
  parameterId?: number;
  unit?: string;
}

/** One field visit at the thing with one sample and one observation; returns the observation and sample. */
export async function createManualLevel(prisma: PrismaClient, thingId: number, spec: ManualLevelSpec) {
  const parameter = spec.parameterId ?? (await parameterId(prisma));
  const event = await prisma.fieldEvent.create({ data: { thingId, eventDate: spec.measuredAt } });
  const activity = await prisma.fieldActivity.create({
    data: { fieldEventId: event.id, activityType: "groundwater level" },
  });
  const sample = await prisma.sample.create({
    data: {
      fieldActivityId: activity.id,
      sampleDate: spec.measuredAt,
      sampleName: uniqueName("wl"),
      sampleMatrix: "groundwater",
      sampleMethod: spec.method ?? "Electric tape measurement (E-probe)",
    },
  });
  const observation = await prisma.observation.create({
    data: {
      sampleId: sample.id,
      parameterId: parameter,
      observationDatetime: spec.measuredAt,
      value: spec.value,
      unit: spec.unit ?? "ft",
      measuringPointHeight: spec.measuringPointHeight ?? null,
      groundwaterLevelReason: spec.reason ?? null,
      releaseStatus: spec.releaseStatus ?? "public",
    },
  });
  return { observation, sample };
}

export async function createMeasuringPoint(
  prisma: PrismaClient,
  thingId: number,
  data: { height: number | null; startDate: string; endDate?: string | null },
) {
  return prisma.measuringPointHistory.create({
    data: {
      thingId,
      measuringPointHeight: data.height,
      startDate: new Date(`${data.startDate}T00:00:00Z`),
      endDate: data.endDate ? new Date(`${data.endDate}T00:00:00Z`) : null,
    },
  });
}

export async function createSensor(prisma: PrismaClient, data: Partial<Prisma.SensorUncheckedCreateInput> = {}) {
  return prisma.sensor.create({
    data: { name: uniqueName("PT"), sensorType: "Pressure Transducer", serialNo: uniqueName("SN"), ...data },
  });
}

export async function createDeployment(
  prisma: PrismaClient,
  thingId: number,
  sensorId: number,
  data: Partial<Prisma.DeploymentUncheckedCreateInput> = {},
) {
  return prisma.deployment.create({ data: { thingId, sensorId, ...data } });
}

/** Transducer readings of one deployment (default parameter: groundwater level). */
export async function createReadings(
  prisma: PrismaClient,
  deploymentId: number,
  readings: { at: Date; value: number }[],
  parameter?: number,
) {
  const id = parameter ?? (await parameterId(prisma));
  await prisma.transducerObservation.createMany({
    data: readings.map((r) => ({ deploymentId, parameterId: id, observationDatetime: r.at, value: r.value })),
  });
}

export async function createReviewBlock(
  prisma: PrismaClient,
  thingId: number,
  data: { reviewStatus: string | null; start: Date; end: Date; parameterId?: number },
) {
  return prisma.transducerObservationBlock.create({
    data: {
      thingId,
      parameterId: data.parameterId ?? (await parameterId(prisma)),
      reviewStatus: data.reviewStatus,
      startDatetime: data.start,
      endDatetime: data.end,
    },
  });
}
