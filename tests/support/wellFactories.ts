/**
 * Factories for the well page: a well with every part a well page shows (histories with past
 * and current rows, provenance, consents, aquifers, formation picks, notes, screens, a deployed
 * sensor, alternate ids, a contact). Every vocabulary value is a term of its category.
 */
import type { Prisma, PrismaClient } from "../../src/generated/prisma/client.js";
import { createThing, uniqueName } from "./factories.js";

/** A calendar date as Prisma stores `@db.Date` values (UTC midnight). */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/** The UTC calendar date `days` from today, "YYYY-MM-DD". */
export function daysFromToday(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days)).toISOString().slice(0, 10);
}

/** A geologic formation with this code (a `formation_code` term), created once per database. */
export async function formationWithCode(prisma: PrismaClient, formationCode: string, description: string, lithology: string) {
  return prisma.geologicFormation.upsert({
    where: { formationCode },
    create: { formationCode, description, lithology },
    update: {},
  });
}

export interface FullWellOptions {
  name?: string;
  thing?: Partial<Prisma.ThingUncheckedCreateInput>;
  location?: { latitude: number; longitude: number; elevation: number | null; elevationMethod?: string | null };
}

/** A well with every well-page part; returns the ids the tests assert on. */
export async function createFullWell(prisma: PrismaClient, options: FullWellOptions = {}) {
  const aquifer = await prisma.aquiferSystem.create({
    data: { name: uniqueName("Santa Fe Group aquifer"), primaryAquiferType: "Unconfined, single", geographicScale: "Regional" },
  });
  const formation = await formationWithCode(prisma, "112SNTF", "Santa Fe Group, undivided", "Gravel, sand and silt");
  const sensor = await prisma.sensor.create({
    data: { name: uniqueName("PT"), sensorType: "Pressure Transducer", model: "Levelogger 5", serialNo: uniqueName("SN") },
  });
  const well = await createThing(prisma, {
    name: options.name ?? uniqueName("NM"),
    siteName: "John Smith Well",
    firstVisitDate: day("2010-01-05"),
    wellDepth: 320,
    holeDepth: 340,
    wellCasingDepth: 315,
    wellCasingDiameter: 6,
    wellPumpDepth: 280,
    wellPumpType: "Submersible",
    wellCompletionDate: day("1998-06-15"),
    wellDrillerName: "Rodgers Drilling Co.",
    wellConstructionMethod: "Air-Rotary",
    formationCompletionCode: "112SNTF",
    ...options.thing,
    purposes: { create: [{ purpose: "Monitoring" }, { purpose: "Domestic" }] },
    casingMaterials: { create: [{ material: "Steel" }, { material: "PVC" }] },
    statusHistory: {
      create: [
        { statusType: "Well Status", statusValue: "Inactive, exists but not used", startDate: day("1990-01-01"), endDate: day("1998-06-14") },
        { statusType: "Well Status", statusValue: "Active, pumping well", startDate: day("1998-06-15") },
        { statusType: "Monitoring Status", statusValue: "Not currently monitored", startDate: day("2005-01-01"), endDate: day("2009-12-31") },
        { statusType: "Monitoring Status", statusValue: "Currently monitored", startDate: day("2010-01-01") },
        // A status that starts in the future is not current yet.
        { statusType: "Monitoring Status", statusValue: "Not currently monitored", startDate: day(daysFromToday(30)) },
        { statusType: "Open Status", statusValue: "Open", startDate: day("2010-01-01") },
        { statusType: "Datalogger Suitability Status", statusValue: "Datalogger can be installed", startDate: day("2010-01-01") },
      ],
    },
    monitoringFrequencies: {
      create: [
        { monitoringFrequency: "Quarterly", startDate: day("2010-01-01"), endDate: day("2015-12-31") },
        { monitoringFrequency: "Monthly", startDate: day("2016-01-01") },
      ],
    },
    measuringPoints: {
      create: [
        { measuringPointHeight: 1.5, measuringPointDescription: "Top of steel casing", startDate: day("2010-01-01"), endDate: day("2018-06-30") },
        {
          measuringPointHeight: 2.1,
          measuringPointDescription: "Top of PVC access port, north side of well cap",
          startDate: day("2018-07-01"),
        },
      ],
    },
    provenance: {
      create: [
        { fieldName: "well_depth", sourceType: "Reported by owner of well" },
        // The newest row of a field decides.
        { fieldName: "well_depth", sourceType: "From driller's log or well report", sourceReference: "OSE well record RG-58211" },
        { fieldName: "well_completion_date", sourceReference: "Owner's purchase papers" },
        { fieldName: "well_construction_method", sourceType: "Reported by another agency" },
      ],
    },
    accessConsents: {
      create: [
        { permissionType: "Water Level Sample", permissionAllowed: false, startDate: day("2005-01-01"), endDate: day("2009-12-31") },
        { permissionType: "Water Level Sample", permissionAllowed: true, startDate: day("2010-01-01") },
        { permissionType: "Water Chemistry Sample", permissionAllowed: false, startDate: day("2010-01-01"), notes: "Not during irrigation season" },
        { permissionType: "Datalogger Installation", permissionAllowed: true, startDate: day("2012-03-01"), endDate: day("2099-12-31") },
      ],
    },
    notes: {
      create: [
        { noteType: "Construction", content: "Steel surface casing to 20 ft, 6-inch PVC below." },
        { noteType: "General", content: "Owner-operated domestic well." },
        { noteType: "Measuring", content: "Measure through the access port on the north side." },
        { noteType: "Water", content: "Water-bearing zone 250-315 ft (OSE well record)." },
        { noteType: "Construction", content: "Submersible pump set at 280 ft." },
        { noteType: "Access", content: "Call the owner a day ahead." },
      ],
    },
    screens: {
      create: [
        { screenDepthTop: 295, screenDepthBottom: 315, screenType: "PVC", screenDescription: "Lower slotted PVC" },
        {
          screenDepthTop: 255,
          screenDepthBottom: 285,
          screenType: "PVC",
          screenDescription: "0.020-inch slotted PVC",
          aquiferSystemId: aquifer.id,
          geologicFormationId: formation.id,
        },
      ],
    },
    formationAssociations: { create: [{ geologicFormationId: formation.id, topDepth: 40, bottomDepth: 340 }] },
    aquiferAssociations: {
      create: [{ aquiferSystemId: aquifer.id, aquiferTypes: { create: [{ aquiferType: "Unconfined, single" }, { aquiferType: "Perched" }] } }],
    },
    idLinks: {
      create: [
        { alternateId: "353641106020701", alternateOrganization: "USGS", relation: "same_as" },
        { alternateId: "RG-58211-POD1", alternateOrganization: "NMOSE", relation: "OSEPOD" },
        { alternateId: "WT-004512", alternateOrganization: "NMOSE", relation: "OSEWellTagID" },
      ],
    },
    deployments: {
      create: [
        { sensorId: sensor.id, installationDate: day("2019-03-01"), recordingInterval: 1, recordingIntervalUnits: "hour" },
      ],
    },
  });
  const location = options.location ?? { latitude: 35.0, longitude: -106.0, elevation: 1600, elevationMethod: "Interpolated from digital elevation model (DEM)" };
  const created = await prisma.location.create({
    data: {
      latitude: location.latitude,
      longitude: location.longitude,
      elevation: location.elevation,
      elevationMethod: location.elevationMethod ?? null,
      notes: {
        create: [
          { noteType: "General", content: "From Santa Fe take NM-14 south 6.2 miles; well is north of the house." },
          { noteType: "Coordinate", content: "Coordinates from a handheld GPS at the wellhead." },
        ],
      },
      thingAssociations: { create: [{ thingId: well.id, effectiveStart: day("2010-01-01") }] },
    },
  });
  const contact = await prisma.contact.create({
    data: {
      name: uniqueName("John Smith"),
      role: "Owner",
      contactType: "Primary",
      emails: { create: [{ email: "john.smith@example.com", emailType: "Primary" }] },
      phones: { create: [{ phoneNumber: "+15055550142", phoneType: "Mobile" }] },
      thingAssociations: { create: [{ thingId: well.id }] },
    },
  });
  return { well, location: created, aquifer, formation, sensor, contact };
}
