/**
 * Factories for the NGWMN documents: released transducer readings, well screens, formation picks.
 * Vocabulary values are terms of the seeded lexicon.
 */
import type { PrismaClient } from "../../src/generated/prisma/client.js";
import { parameterId } from "./seriesFactories.js";

/** Transducer water-level readings of a deployment, each with its release status (default public). */
export async function createReleasedReadings(
  prisma: PrismaClient,
  deploymentId: number,
  readings: { at: string; value: number; releaseStatus?: string }[],
) {
  const parameter = await parameterId(prisma);
  await prisma.transducerObservation.createMany({
    data: readings.map((r) => ({
      deploymentId,
      parameterId: parameter,
      observationDatetime: new Date(r.at),
      value: r.value,
      releaseStatus: r.releaseStatus ?? "public",
    })),
  });
}

export async function createScreen(
  prisma: PrismaClient,
  thingId: number,
  data: { top: number | null; bottom: number | null; description?: string | null; screenType?: string | null; releaseStatus?: string },
) {
  return prisma.wellScreen.create({
    data: {
      thingId,
      screenDepthTop: data.top,
      screenDepthBottom: data.bottom,
      screenDescription: data.description ?? null,
      screenType: data.screenType ?? null,
      releaseStatus: data.releaseStatus ?? "public",
    },
  });
}

/** A formation (no formation code) with this lithology term, or none. */
export async function createFormation(prisma: PrismaClient, lithology: string | null, description = "Test formation") {
  return prisma.geologicFormation.create({ data: { lithology, description } });
}

export async function createPick(
  prisma: PrismaClient,
  thingId: number,
  formationId: number,
  data: { top: number; bottom: number; releaseStatus?: string },
) {
  return prisma.thingGeologicFormationAssociation.create({
    data: {
      thingId,
      geologicFormationId: formationId,
      topDepth: data.top,
      bottomDepth: data.bottom,
      releaseStatus: data.releaseStatus ?? "public",
    },
  });
}
