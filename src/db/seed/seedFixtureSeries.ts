/**
 * The time series of the demo fixture: two sensors (PT-0001 deployed at the first well, PT-0002
 * removed from the second) with two days of hourly transducer readings under one "approved" and
 * one "not reviewed" review block, and twelve monthly manual water levels per well, each with its
 * field event, participant, activity and sample.
 *
 * Contract: called by seedDemoFixture inside its transaction; fixed values and dates only.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import { day, PUBLIC } from "./demoFixtureData.js";

type Tx = Prisma.TransactionClient;

/** `<well>-WL-<yyyymmddhhmm>` (UTC), the reference's water-level sample naming rule. */
function waterLevelSampleName(wellName: string, measuredAt: Date): string {
  const stamp = measuredAt.toISOString().slice(0, 16).replace(/[-T:]/g, "");
  return `${wellName}-WL-${stamp}`;
}

export async function seedSensors(
  tx: Tx,
  firstWellId: number,
  secondWellId: number,
  ids: { parameterId: number; reviewerId: number },
): Promise<void> {
  const deployed = await tx.sensor.upsert({
    where: { serialNo: "SN-0001" },
    create: {
      name: "PT-0001",
      sensorType: "Pressure Transducer",
      model: "Solinst Levelogger 5",
      serialNo: "SN-0001",
      pcnNumber: "PCN-100001",
      ownerAgency: "NMBGMR",
      sensorStatus: "In Service",
      notes: "Vented pressure transducer; factory calibrated 2023-11, 30 m range.",
      releaseStatus: PUBLIC,
    },
    update: {},
    select: { id: true },
  });
  const retired = await tx.sensor.upsert({
    where: { serialNo: "SN-0002" },
    create: {
      name: "PT-0002",
      sensorType: "Pressure Transducer",
      model: "In-Situ Level TROLL 500",
      serialNo: "SN-0002",
      pcnNumber: "PCN-100002",
      ownerAgency: "NMBGMR",
      sensorStatus: "Retired",
      notes: "Retired after a cable failure in August 2022.",
      releaseStatus: PUBLIC,
    },
    update: {},
    select: { id: true },
  });

  const deployment = await tx.deployment.create({
    data: {
      thingId: firstWellId,
      sensorId: deployed.id,
      installationDate: day("2024-01-15"),
      recordingInterval: 60,
      recordingIntervalUnits: "minute",
      hangingCableLength: 175,
      hangingPointHeight: 2.1,
      hangingPointDescription: "Hook on the access port, north side of well cap",
      notes: "Installed with a desiccant pack; download every three months.",
      releaseStatus: PUBLIC,
    },
    select: { id: true },
  });
  await tx.deployment.create({
    data: {
      thingId: secondWellId,
      sensorId: retired.id,
      installationDate: day("2019-03-01"),
      removalDate: day("2022-08-15"),
      recordingInterval: 60,
      recordingIntervalUnits: "minute",
      hangingCableLength: 120,
      hangingPointHeight: 1.2,
      hangingPointDescription: "Top of casing extension, east side",
      notes: "Removed after a cable failure.",
      releaseStatus: PUBLIC,
    },
  });

  // Two days of hourly depth-to-water readings (ft below ground surface): day one reviewed
  // and approved, day two not reviewed yet.
  const start = Date.parse("2025-01-10T00:00:00.000Z");
  const hour = 3_600_000;
  const readings = Array.from({ length: 48 }, (_, i) => ({
    deploymentId: deployment.id,
    parameterId: ids.parameterId,
    observationDatetime: new Date(start + i * hour),
    value: Math.round((150.2 + 0.35 * Math.sin((2 * Math.PI * i) / 24) + 0.004 * i) * 1000) / 1000,
    dataMaturity: i < 24 ? "approved" : "provisional",
    releaseStatus: PUBLIC,
  }));
  await tx.transducerObservation.createMany({ data: readings });
  await tx.transducerObservationBlock.createMany({
    data: [
      {
        thingId: firstWellId,
        parameterId: ids.parameterId,
        reviewStatus: "approved",
        startDatetime: new Date(start),
        endDatetime: new Date(start + 23 * hour),
        comment: "Checked against the manual level of 2025-01-15; no correction needed.",
        reviewerId: ids.reviewerId,
        sourceFile: "PT-0001_20250112.csv",
        sourceKind: "logger download",
        dataMaturity: "approved",
        releaseStatus: PUBLIC,
      },
      {
        thingId: firstWellId,
        parameterId: ids.parameterId,
        reviewStatus: "not reviewed",
        startDatetime: new Date(start + 24 * hour),
        endDatetime: new Date(start + 47 * hour),
        sourceFile: "PT-0001_20250112.csv",
        sourceKind: "logger download",
        dataMaturity: "provisional",
        releaseStatus: PUBLIC,
      },
    ],
  });
}

/** The level status of a depth to water after `previous`: deeper water is a falling level. */
function levelTrend(previous: number | undefined, depth: number): "stable" | "rising" | "falling" {
  if (previous === undefined || Math.abs(depth - previous) < 0.05) return "stable";
  return depth > previous ? "falling" : "rising";
}

export async function seedManualLevels(
  tx: Tx,
  args: {
    wellName: string;
    thingId: number;
    parameterId: number;
    participantContactId: number;
    measuringPointHeight: number;
    depths: number[];
  },
): Promise<void> {
  for (const [month, depth] of args.depths.entries()) {
    // Mid-month, 10:00 Mountain Standard Time, February 2024 to January 2025.
    const measuredAt = new Date(Date.UTC(2024, 1 + month, 15, 17, 0));
    const event = await tx.fieldEvent.create({
      data: {
        thingId: args.thingId,
        eventDate: measuredAt,
        notes: "Routine monthly water-level measurement",
        releaseStatus: PUBLIC,
        participants: {
          create: [{ contactId: args.participantContactId, participantRole: "Lead", releaseStatus: PUBLIC }],
        },
      },
      select: { id: true, participants: { select: { id: true } } },
    });
    await tx.fieldActivity.create({
      data: {
        fieldEventId: event.id,
        activityType: "groundwater level",
        releaseStatus: PUBLIC,
        samples: {
          create: [
            {
              sampleDate: measuredAt,
              sampleName: waterLevelSampleName(args.wellName, measuredAt),
              sampleMatrix: "groundwater",
              sampleMethod: month === 6 ? "Steel-tape measurement" : "Electric tape measurement (E-probe)",
              qcType: "Normal",
              fieldEventParticipantId: event.participants[0]?.id ?? null,
              releaseStatus: PUBLIC,
              observations: {
                create: [
                  {
                    parameterId: args.parameterId,
                    observationDatetime: measuredAt,
                    value: Math.round((depth + args.measuringPointHeight) * 100) / 100,
                    unit: "ft",
                    measuringPointHeight: args.measuringPointHeight,
                    groundwaterLevelReason: month === 4 ? "Site was pumped recently" : "Water level not affected",
                    levelStatus: levelTrend(args.depths[month - 1], depth),
                    // The last three months are not reviewed yet.
                    dataMaturity: month < args.depths.length - 3 ? "approved" : "provisional",
                    releaseStatus: PUBLIC,
                  },
                ],
              },
            },
          ],
        },
      },
    });
  }
}
