/**
 * The deterministic acceptance fixture (spec README, decision 8): three public wells
 * NM-00001..NM-00003, two of them in group "Collabnet", one public spring "Ojo Caliente Spring",
 * their owners and field staff, two sensors (PT-0001 deployed at NM-00001, PT-0002 removed from
 * NM-00002), twelve monthly manual water levels at NM-00001 and NM-00002, and two days of hourly
 * transducer readings at NM-00001 under one "approved" and one "not reviewed" review block.
 *
 * Contract:
 * - Requires the vocabulary (seedVocabulary) first; every vocabulary value used is a term of
 *   the category its column requires.
 * - Idempotent: if a thing named "NM-00001" exists, nothing is written. Otherwise everything is
 *   written in one transaction (serialised against concurrent runs by an advisory lock).
 * - Deterministic content: fixed names, values and dates (nothing depends on the clock). On a
 *   fresh database the first well, location, contact and sensor created get id 1 (the BDD
 *   features address "well 1" and "sensor 1"); shared rows that already exist (group
 *   "Collabnet", aquifer systems, formations, sensors by serial number) are reused.
 * - Everything is released as "public" so anonymous callers see all three wells; contact PII
 *   is protected by the server's role rules, not by release status.
 */
import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";
import {
  AQUIFER_SYSTEMS,
  day,
  FIXTURE_GROUP_NAME,
  FIXTURE_SPRING_NAME,
  FIXTURE_WELL_NAMES,
  FORMATIONS,
  MANUAL_LEVEL_DEPTHS,
  PUBLIC,
  WELLS,
  type WellSpec,
} from "./demoFixtureData.js";
import { seedManualLevels, seedSensors } from "./seedFixtureSeries.js";

type Tx = Prisma.TransactionClient;

/** Transaction-scoped advisory lock key serialising fixture seeding ("ocoseedf"). */
const FIXTURE_LOCK_KEY = "7985637813728519526";

export async function seedDemoFixture(prisma: PrismaClient): Promise<void> {
  await prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${FIXTURE_LOCK_KEY})`);
      if (await tx.thing.findFirst({ where: { name: FIXTURE_WELL_NAMES[0] }, select: { id: true } })) return;
      await writeFixture(tx);
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}

async function writeFixture(tx: Tx): Promise<void> {
  const groundwaterLevel = await tx.parameter.findUnique({
    where: { parameterName_matrix: { parameterName: "groundwater level", matrix: "groundwater" } },
    select: { id: true },
  });
  if (!groundwaterLevel) {
    throw new Error('parameter "groundwater level" (groundwater) is missing: run seedVocabulary first');
  }

  // Created first so that, on a fresh database, NM-00001 and its location get id 1.
  const things = new Map<string, number>();
  const locations = new Map<string, number>();
  for (const w of WELLS) {
    const thing = await tx.thing.create({
      data: { name: w.name, thingType: "water well", releaseStatus: PUBLIC },
      select: { id: true },
    });
    things.set(w.name, thing.id);
    locations.set(w.name, await createCurrentLocation(tx, thing.id, w.location));
  }
  const spring = await tx.thing.create({
    data: {
      name: FIXTURE_SPRING_NAME,
      thingType: "spring",
      springType: "Thermal",
      siteName: "Ojo Caliente Hot Springs",
      firstVisitDate: day("2014-10-08"),
      releaseStatus: PUBLIC,
      notes: {
        create: [
          {
            noteType: "General",
            content: "Thermal spring issuing from Precambrian granite; several vents feed the bathing pools.",
            releaseStatus: PUBLIC,
          },
        ],
      },
    },
    select: { id: true },
  });
  await createCurrentLocation(tx, spring.id, {
    latitude: 36.30492,
    longitude: -106.05288,
    elevation: 1921.0,
    county: "Taos",
    quadName: "Ojo Caliente",
    directions: "Directions: From Española take US-285 north 27 miles to Ojo Caliente; the spring vents are behind the resort.",
  });

  // Contacts: the owner first (id 1 on a fresh database), an organisation without email,
  // phone or address, and a staff hydrologist (field events, block reviews).
  const owner = await tx.contact.create({
    data: {
      name: "John Smith",
      role: "Owner",
      contactType: "Primary",
      releaseStatus: PUBLIC,
      emails: { create: [{ email: "john.smith@example.com", emailType: "Primary", releaseStatus: PUBLIC }] },
      phones: { create: [{ phoneNumber: "+15055550142", phoneType: "Mobile", releaseStatus: PUBLIC }] },
      addresses: {
        create: [
          {
            addressLine1: "1204 Camino Ocotillo",
            city: "Santa Fe",
            state: "NM",
            postalCode: "87508",
            country: "United States",
            addressType: "Mailing",
            releaseStatus: PUBLIC,
          },
        ],
      },
      notes: {
        create: [{ noteType: "General", content: "Prefers a phone call the day before a visit.", releaseStatus: PUBLIC }],
      },
    },
    select: { id: true },
  });
  const organization = await tx.contact.create({
    data: { organization: "PVACD", role: "Organization", contactType: "Primary", releaseStatus: PUBLIC },
    select: { id: true },
  });
  const staff = await tx.contact.create({
    data: {
      name: "Maria Lopez",
      organization: "NMBGMR",
      role: "Hydrologist",
      contactType: "Field Event Participant",
      releaseStatus: PUBLIC,
      emails: { create: [{ email: "maria.lopez@example.org", emailType: "Work", releaseStatus: PUBLIC }] },
    },
    select: { id: true },
  });

  const collabnet = await tx.group.upsert({
    where: { name: FIXTURE_GROUP_NAME },
    create: {
      name: FIXTURE_GROUP_NAME,
      description: "Collaborative Groundwater Monitoring Network (NMBGMR and well owners)",
      groupType: "Monitoring Plan",
      releaseStatus: PUBLIC,
    },
    update: {},
    select: { id: true },
  });
  const aquiferIds = new Map<string, number>();
  for (const a of AQUIFER_SYSTEMS) {
    const row = await tx.aquiferSystem.upsert({
      where: { name: a.name },
      create: { ...a, releaseStatus: PUBLIC },
      update: {},
      select: { id: true },
    });
    aquiferIds.set(a.name, row.id);
  }
  const formationIds = new Map<string, number>();
  for (const f of FORMATIONS) {
    const row = await tx.geologicFormation.upsert({
      where: { formationCode: f.formationCode },
      create: { ...f, releaseStatus: PUBLIC },
      update: {},
      select: { id: true },
    });
    formationIds.set(f.formationCode, row.id);
  }

  for (const w of WELLS) {
    const thingId = required(things.get(w.name), w.name);
    const aquiferSystemId = required(aquiferIds.get(w.aquiferSystem), w.aquiferSystem);
    const formationId = required(formationIds.get(w.formationCode), w.formationCode);
    const ownerId = w.owner === "person" ? owner.id : organization.id;
    await tx.thing.update({
      where: { id: thingId },
      data: {
        siteName: w.siteName,
        firstVisitDate: day(required(w.measuringPoints[0], "measuring point").start),
        wellDepth: w.wellDepth,
        holeDepth: w.holeDepth,
        wellCasingDepth: w.casingDepth,
        wellCasingDiameter: w.casingDiameter,
        wellPumpDepth: w.pumpDepth > 0 ? w.pumpDepth : null,
        wellPumpType: w.pumpDepth > 0 ? w.pumpType : null,
        wellCompletionDate: day(w.completionDate),
        wellDrillerName: w.drillerName,
        wellConstructionMethod: w.constructionMethod,
        formationCompletionCode: w.formationCode,
        purposes: { create: w.purposes.map((purpose) => ({ purpose, releaseStatus: PUBLIC })) },
        casingMaterials: { create: w.casingMaterials.map((material) => ({ material, releaseStatus: PUBLIC })) },
        statusHistory: {
          create: w.statuses.map((s) => ({
            statusType: s.type,
            statusValue: s.value,
            startDate: day(s.start),
            endDate: s.end ? day(s.end) : null,
            reason: s.reason ?? null,
            releaseStatus: PUBLIC,
          })),
        },
        monitoringFrequencies: {
          create: [
            {
              monitoringFrequency: w.monitoringFrequency,
              startDate: day(required(w.statuses[1], "status").start),
              releaseStatus: PUBLIC,
            },
          ],
        },
        measuringPoints: {
          create: w.measuringPoints.map((m) => ({
            measuringPointHeight: m.height,
            measuringPointDescription: m.description,
            startDate: day(m.start),
            endDate: m.end ? day(m.end) : null,
            reason: m.reason ?? null,
            releaseStatus: PUBLIC,
          })),
        },
        provenance: {
          create: [
            { fieldName: "well_depth", sourceType: w.sources.wellDepth, releaseStatus: PUBLIC },
            { fieldName: "well_completion_date", sourceType: w.sources.completionDate, releaseStatus: PUBLIC },
            {
              fieldName: "well_construction_method",
              sourceType: w.sources.constructionMethod,
              releaseStatus: PUBLIC,
            },
          ],
        },
        idLinks: {
          create: [
            { relation: "same_as", alternateOrganization: "USGS", alternateId: w.alternateIds.usgs, releaseStatus: PUBLIC },
            { relation: "OSEPOD", alternateOrganization: "NMOSE", alternateId: w.alternateIds.osePod, releaseStatus: PUBLIC },
            {
              relation: "OSEWellTagID",
              alternateOrganization: "NMOSE",
              alternateId: w.alternateIds.oseTag,
              releaseStatus: PUBLIC,
            },
          ],
        },
        notes: {
          create: [
            { noteType: "Construction", content: w.notes.construction, releaseStatus: PUBLIC },
            { noteType: "General", content: w.notes.general, releaseStatus: PUBLIC },
            { noteType: "Measuring", content: w.notes.measuring, releaseStatus: PUBLIC },
            { noteType: "Water", content: w.notes.water, releaseStatus: PUBLIC },
          ],
        },
        accessConsents: {
          create: [
            { permissionType: "Water Level Sample", permissionAllowed: w.consents.waterLevel },
            { permissionType: "Water Chemistry Sample", permissionAllowed: w.consents.chemistry },
            { permissionType: "Datalogger Installation", permissionAllowed: w.consents.datalogger },
          ].map((consent) => ({
            ...consent,
            contactId: ownerId,
            startDate: day("2015-01-01"),
            releaseStatus: PUBLIC,
          })),
        },
        contactAssociations: { create: [{ contactId: ownerId }] },
        groupAssociations: w.inCollabnet ? { create: [{ groupId: collabnet.id }] } : undefined,
        collaborativeNetworkWells: w.inCollabnet ? { create: [{ activelyMonitored: true }] } : undefined,
        aquiferAssociations: {
          create: [
            {
              aquiferSystemId,
              releaseStatus: PUBLIC,
              aquiferTypes: { create: w.aquiferTypes.map((aquiferType) => ({ aquiferType, releaseStatus: PUBLIC })) },
            },
          ],
        },
        formationAssociations: {
          create: [
            {
              geologicFormationId: formationId,
              topDepth: w.formationPick.top,
              bottomDepth: w.formationPick.bottom,
              releaseStatus: PUBLIC,
            },
          ],
        },
        screens: {
          create: w.screens.map((s) => ({
            aquiferSystemId,
            geologicFormationId: formationId,
            screenDepthTop: s.top,
            screenDepthBottom: s.bottom,
            screenType: s.type,
            screenDescription: s.description,
            releaseStatus: PUBLIC,
          })),
        },
      },
    });
  }
  const locationOfFirstWell = required(locations.get("NM-00001"), "location");
  await tx.dataProvenance.create({
    data: {
      locationId: locationOfFirstWell,
      fieldName: "elevation",
      collectionMethod: "Global positioning system (GPS)",
      accuracyValue: 3,
      accuracyUnit: "m",
      releaseStatus: PUBLIC,
    },
  });

  await seedSensors(tx, required(things.get("NM-00001"), "NM-00001"), required(things.get("NM-00002"), "NM-00002"), {
    parameterId: groundwaterLevel.id,
    reviewerId: staff.id,
  });

  for (const wellName of ["NM-00001", "NM-00002"] as const) {
    const spec = required(WELLS.find((w) => w.name === wellName), wellName);
    const mpHeight = required(spec.measuringPoints.at(-1), "measuring point").height;
    await seedManualLevels(tx, {
      wellName,
      thingId: required(things.get(wellName), wellName),
      parameterId: groundwaterLevel.id,
      participantContactId: staff.id,
      measuringPointHeight: mpHeight,
      depths: MANUAL_LEVEL_DEPTHS[wellName],
    });
  }
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`fixture definition incomplete: ${what}`);
  return value;
}

async function createCurrentLocation(
  tx: Tx,
  thingId: number,
  l: WellSpec["location"],
): Promise<number> {
  const location = await tx.location.create({
    data: {
      latitude: l.latitude,
      longitude: l.longitude,
      elevation: l.elevation,
      elevationMethod: "Global positioning system (GPS)",
      coordinateMethod: "GPS, uncorrected",
      county: l.county,
      state: "NM",
      quadName: l.quadName,
      releaseStatus: PUBLIC,
      notes: { create: [{ noteType: "General", content: l.directions, releaseStatus: PUBLIC }] },
      thingAssociations: { create: [{ thingId, effectiveStart: new Date("2010-01-01T00:00:00.000Z") }] },
    },
    select: { id: true },
  });
  return location.id;
}
