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

type Tx = Prisma.TransactionClient;

/** Transaction-scoped advisory lock key serialising fixture seeding ("ocoseedf"). */
const FIXTURE_LOCK_KEY = "7985637813728519526";

export const FIXTURE_WELL_NAMES = ["NM-00001", "NM-00002", "NM-00003"] as const;
export const FIXTURE_SPRING_NAME = "Ojo Caliente Spring";
export const FIXTURE_GROUP_NAME = "Collabnet";

const PUBLIC = "public";

function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** `<well>-WL-<yyyymmddhhmm>` (UTC), the reference's water-level sample naming rule. */
export function waterLevelSampleName(wellName: string, measuredAt: Date): string {
  const stamp = measuredAt.toISOString().slice(0, 16).replace(/[-T:]/g, "");
  return `${wellName}-WL-${stamp}`;
}

interface WellSpec {
  name: (typeof FIXTURE_WELL_NAMES)[number];
  siteName: string;
  inCollabnet: boolean;
  location: {
    latitude: number;
    longitude: number;
    elevation: number;
    county: string;
    quadName: string;
    directions: string;
  };
  purposes: string[];
  casingMaterials: string[];
  wellDepth: number;
  holeDepth: number;
  casingDepth: number;
  casingDiameter: number;
  pumpDepth: number;
  pumpType: string;
  completionDate: string;
  drillerName: string;
  constructionMethod: string;
  formationCode: string;
  aquiferSystem: string;
  aquiferTypes: string[];
  statuses: { type: string; value: string; start: string; end?: string; reason?: string }[];
  monitoringFrequency: string;
  measuringPoints: { height: number; description: string; start: string; end?: string; reason?: string }[];
  sources: { wellDepth: string; completionDate: string; constructionMethod: string };
  alternateIds: { usgs: string; osePod: string; oseTag: string };
  notes: { construction: string; general: string; measuring: string; water: string };
  consents: { waterLevel: boolean; chemistry: boolean; datalogger: boolean };
  owner: "person" | "organization";
  screens: { top: number; bottom: number; type: string; description: string }[];
  formationPick: { top: number; bottom: number };
}

const WELLS: WellSpec[] = [
  {
    name: "NM-00001",
    siteName: "John Smith Well",
    inCollabnet: true,
    location: {
      latitude: 35.61271,
      longitude: -106.03562,
      elevation: 1985.2,
      county: "Santa Fe",
      quadName: "Turquoise Hill",
      directions:
        "Directions: From Santa Fe take NM-14 south 6.2 miles, turn west on Camino Ocotillo; well is 150 ft north of the house, inside the pump house.",
    },
    purposes: ["Domestic", "Monitoring"],
    casingMaterials: ["Steel", "PVC"],
    wellDepth: 320,
    holeDepth: 340,
    casingDepth: 315,
    casingDiameter: 6,
    pumpDepth: 280,
    pumpType: "Submersible",
    completionDate: "1998-06-15",
    drillerName: "Rodgers Drilling Co.",
    constructionMethod: "Air-Rotary",
    formationCode: "112SNTF",
    aquiferSystem: "Santa Fe Group aquifer system",
    aquiferTypes: ["Unconfined, single"],
    statuses: [
      { type: "Well Status", value: "Active, pumping well", start: "1998-06-15" },
      { type: "Monitoring Status", value: "Currently monitored", start: "2010-01-01" },
      { type: "Open Status", value: "Open", start: "2010-01-01" },
      { type: "Datalogger Suitability Status", value: "Datalogger can be installed", start: "2010-01-01" },
    ],
    monitoringFrequency: "Monthly",
    measuringPoints: [
      { height: 1.5, description: "Top of steel casing", start: "2010-01-01", end: "2018-06-30" },
      {
        height: 2.1,
        description: "Top of PVC access port, north side of well cap",
        start: "2018-07-01",
        reason: "Well cap replaced; new access port installed",
      },
    ],
    sources: {
      wellDepth: "From driller's log or well report",
      completionDate: "From driller's log or well report",
      constructionMethod: "From driller's log or well report",
    },
    alternateIds: { usgs: "353641106020701", osePod: "RG-58211-POD1", oseTag: "WT-004512" },
    notes: {
      construction: "Steel surface casing to 20 ft, 6-inch PVC casing below; submersible pump set at 280 ft.",
      general: "Owner-operated domestic well, part of the collaborative monitoring network since 2010.",
      measuring: "Measure through the access port on the north side of the well cap; call the owner a day ahead.",
      water: "Water-bearing zone 250-315 ft in Santa Fe Group sands and gravels (OSE well record).",
    },
    consents: { waterLevel: true, chemistry: true, datalogger: true },
    owner: "person",
    screens: [
      { top: 255, bottom: 285, type: "PVC", description: "0.020-inch slotted PVC" },
      { top: 295, bottom: 315, type: "PVC", description: "0.020-inch slotted PVC" },
    ],
    formationPick: { top: 40, bottom: 340 },
  },
  {
    name: "NM-00002",
    siteName: "Estancia Ranch Well",
    inCollabnet: true,
    location: {
      latitude: 34.76034,
      longitude: -106.05511,
      elevation: 1873.6,
      county: "Torrance",
      quadName: "Estancia",
      directions:
        "Directions: From Estancia go 3.5 miles west on NM-55, north through the ranch gate (keep closed); windmill well 0.4 miles past the corrals.",
    },
    purposes: ["Livestock", "Irrigation"],
    casingMaterials: ["Steel"],
    wellDepth: 180,
    holeDepth: 185,
    casingDepth: 178,
    casingDiameter: 8,
    pumpDepth: 150,
    pumpType: "Line Shaft",
    completionDate: "1976-04-02",
    drillerName: "Estancia Valley Drilling",
    constructionMethod: "Cable-tool",
    formationCode: "110ALVM",
    aquiferSystem: "Estancia Basin aquifer",
    aquiferTypes: ["Unconfined, single"],
    statuses: [
      { type: "Well Status", value: "Active, pumping well", start: "1976-04-02" },
      { type: "Monitoring Status", value: "Currently monitored", start: "2012-05-01" },
      { type: "Open Status", value: "Open", start: "2012-05-01" },
      { type: "Datalogger Suitability Status", value: "Datalogger can be installed", start: "2012-05-01" },
    ],
    monitoringFrequency: "Monthly",
    measuringPoints: [
      { height: 0.8, description: "Top of casing, east side", start: "2012-05-01", end: "2019-02-28" },
      {
        height: 1.2,
        description: "Top of casing extension, east side",
        start: "2019-03-01",
        reason: "Casing extended for datalogger installation",
      },
    ],
    sources: {
      wellDepth: "Reported by owner of well",
      completionDate: "Reported by owner of well",
      constructionMethod: "Reported by another agency",
    },
    alternateIds: { usgs: "344537106031801", osePod: "E-03377-POD1", oseTag: "WT-001877" },
    notes: {
      construction: "8-inch steel casing, perforated 120-178 ft; line-shaft turbine pump driven by an electric motor.",
      general: "Stock and irrigation well on a working ranch; cattle in the pasture May to October.",
      measuring: "Remove the plug on the east side of the pump base; the tape snags below 60 ft, feed it slowly.",
      water: "Water-bearing zone 110-178 ft in valley-fill alluvium; water is hard (OSE well record).",
    },
    consents: { waterLevel: true, chemistry: true, datalogger: true },
    owner: "person",
    screens: [{ top: 120, bottom: 178, type: "Steel", description: "Torch-cut perforations" }],
    formationPick: { top: 0, bottom: 185 },
  },
  {
    name: "NM-00003",
    siteName: "PVACD Observation Well 7",
    inCollabnet: false,
    location: {
      latitude: 33.39431,
      longitude: -104.52304,
      elevation: 1112.4,
      county: "Chaves",
      quadName: "Roswell South",
      directions:
        "Directions: From Roswell take US-285 south 4 miles, east on Hobson Rd 1.2 miles; locked enclosure on the north side of the road (PVACD key).",
    },
    purposes: ["Observation"],
    casingMaterials: ["Steel"],
    wellDepth: 820,
    holeDepth: 860,
    casingDepth: 610,
    casingDiameter: 10,
    pumpDepth: 0,
    pumpType: "Submersible",
    completionDate: "1962-09-20",
    drillerName: "Pecos Valley Drilling",
    constructionMethod: "Hydraulic rotary (mud or water)",
    formationCode: "313SADR",
    aquiferSystem: "Roswell Artesian Basin aquifer",
    aquiferTypes: ["Confined, single", "Artesian"],
    statuses: [
      { type: "Well Status", value: "Inactive, exists but not used", start: "1995-01-01" },
      {
        type: "Monitoring Status",
        value: "Currently monitored",
        start: "2005-03-01",
        end: "2016-06-30",
      },
      {
        type: "Monitoring Status",
        value: "Not currently monitored",
        start: "2016-07-01",
        reason: "Owner asked to pause monitoring during well rehabilitation",
      },
      { type: "Open Status", value: "Open (unequipped)", start: "1995-01-01" },
      { type: "Datalogger Suitability Status", value: "Datalogger cannot be installed", start: "2005-03-01" },
    ],
    monitoringFrequency: "Quarterly",
    measuringPoints: [
      { height: 2.5, description: "Top of casing flange", start: "2005-03-01", end: "2014-12-31" },
      {
        height: 2.0,
        description: "Top of casing flange after wellhead repair",
        start: "2015-01-01",
        reason: "Wellhead repaired; flange lowered",
      },
    ],
    sources: {
      wellDepth: "Reported by another agency",
      completionDate: "Reported by another agency",
      constructionMethod: "From driller's log or well report",
    },
    alternateIds: { usgs: "332340104312301", osePod: "RA-01234-POD1", oseTag: "WT-000731" },
    notes: {
      construction: "10-inch steel casing cemented to 610 ft; open hole in the San Andres Limestone below.",
      general: "Artesian observation well of the Roswell basin network; no pump installed.",
      measuring: "Shut-in pressure gauge on the wellhead; measure only with district staff present.",
      water: "Confined San Andres Limestone aquifer, water-bearing fractures 640-820 ft (OSE well record).",
    },
    consents: { waterLevel: true, chemistry: false, datalogger: false },
    owner: "organization",
    screens: [{ top: 610, bottom: 820, type: "Steel", description: "Open hole below casing shoe" }],
    formationPick: { top: 560, bottom: 860 },
  },
];

const AQUIFER_SYSTEMS = [
  {
    name: "Santa Fe Group aquifer system",
    description: "Basin-fill sands and gravels of the Rio Grande rift near Santa Fe.",
    primaryAquiferType: "Unconfined, single",
    geographicScale: "Regional",
  },
  {
    name: "Estancia Basin aquifer",
    description: "Valley-fill alluvium of the closed Estancia Basin.",
    primaryAquiferType: "Unconfined, single",
    geographicScale: "Regional",
  },
  {
    name: "Roswell Artesian Basin aquifer",
    description: "Confined carbonate aquifer of the San Andres Limestone west of Roswell.",
    primaryAquiferType: "Confined, single",
    geographicScale: "Major",
  },
] as const;

const FORMATIONS = [
  { formationCode: "112SNTF", description: "Santa Fe Group, undivided", lithology: "Gravel, sand and silt" },
  { formationCode: "110ALVM", description: "Quaternary alluvium", lithology: "Alluvium" },
  { formationCode: "313SADR", description: "San Andres Limestone, undivided", lithology: "Limestone" },
] as const;

/** Depth to water below ground surface (ft) of the twelve monthly manual levels. */
const MANUAL_LEVEL_DEPTHS: Record<"NM-00001" | "NM-00002", number[]> = {
  "NM-00001": [148.62, 148.9, 149.35, 150.12, 151.04, 151.88, 152.3, 152.05, 151.47, 150.81, 150.26, 149.93],
  "NM-00002": [91.44, 91.7, 92.38, 93.95, 95.6, 96.82, 97.1, 96.25, 94.9, 93.62, 92.71, 92.15],
};

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

async function seedSensors(
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

async function seedManualLevels(
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
