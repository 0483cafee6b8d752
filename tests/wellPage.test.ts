/**
 * The well page (issue 3, part A): the BDD features "well core information" (§9), "additional
 * information" (§8), "well notes" (§10) and "location notes" (§2) as GraphQL tests against the
 * acceptance fixture (three wells, two in "Collabnet", one spring), `wellByName`, the "current
 * row" rule of dated histories, and batching of the whole well page (statements for 5 and 50
 * wells).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createGroupWith, createLocationFor, createThing, uniqueName } from "./support/factories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";
import { createFullWell, day, daysFromToday } from "./support/wellFactories.js";

let api: TestApi;

/** The acceptance fixture (spec README, decision 8). */
const fixture = {
  wellId: "",
  aquiferName: "",
  sensorId: "",
  sensorName: "",
  locationId: "",
  contactId: "",
  sparseWellId: "",
};

beforeAll(async () => {
  api = await createTestApi();
  const prisma = api.db.prisma;
  const full = await createFullWell(prisma, { name: "NM-00001" });
  const second = await createThing(prisma, { name: "NM-00002", wellDepth: 180, holeDepth: 185 });
  await createLocationFor(prisma, second.id, { latitude: 34.76034, longitude: -106.05511, elevation: 1873.6 });
  // The third well has nothing but a name: every optional field must be JSON null.
  const sparse = await createThing(prisma, { name: "NM-00003", releaseStatus: "draft" });
  await createThing(prisma, { name: "Ojo Caliente Spring", thingType: "spring", springType: "Thermal" });
  await createGroupWith(prisma, [full.well.id, second.id], "Collabnet");
  fixture.wellId = String(full.well.id);
  fixture.aquiferName = full.aquifer.name;
  fixture.sensorId = String(full.sensor.id);
  fixture.sensorName = full.sensor.name;
  fixture.locationId = String(full.location.id);
  fixture.contactId = String(full.contact.id);
  fixture.sparseWellId = String(sparse.id);
});

afterAll(async () => {
  await api?.close();
});

// ---------------------------------------------------------------- independent references

/**
 * UTM easting/northing on GRS80 (NAD83) by the USGS series (Snyder, "Map Projections: A Working
 * Manual", 1987, eqs. 8-9 to 8-10), written independently of the proj4 library the API uses.
 */
function snyderUtm(latitude: number, longitude: number, zone: number): { easting: number; northing: number } {
  const a = 6378137;
  const f = 1 / 298.257222101;
  const e2 = f * (2 - f);
  const e4 = e2 * e2;
  const e6 = e4 * e2;
  const ep2 = e2 / (1 - e2);
  const k0 = 0.9996;
  const phi = (latitude * Math.PI) / 180;
  const lambda0 = (((zone - 1) * 6 - 180 + 3) * Math.PI) / 180;
  const n = a / Math.sqrt(1 - e2 * Math.sin(phi) ** 2);
  const t = Math.tan(phi) ** 2;
  const c = ep2 * Math.cos(phi) ** 2;
  const A = ((longitude * Math.PI) / 180 - lambda0) * Math.cos(phi);
  const m =
    a *
    ((1 - e2 / 4 - (3 * e4) / 64 - (5 * e6) / 256) * phi -
      ((3 * e2) / 8 + (3 * e4) / 32 + (45 * e6) / 1024) * Math.sin(2 * phi) +
      ((15 * e4) / 256 + (45 * e6) / 1024) * Math.sin(4 * phi) -
      ((35 * e6) / 3072) * Math.sin(6 * phi));
  const easting = k0 * n * (A + ((1 - t + c) * A ** 3) / 6 + ((5 - 18 * t + t * t + 72 * c - 58 * ep2) * A ** 5) / 120) + 500000;
  const northing =
    k0 *
    (m +
      n *
        Math.tan(phi) *
        ((A * A) / 2 + ((5 - t + 9 * c + 4 * c * c) * A ** 4) / 24 + ((61 - 58 * t + t * t + 600 * c - 330 * ep2) * A ** 6) / 720));
  return { easting, northing };
}

interface NoteJson {
  id: string;
  noteType: string;
  content: string;
}

function expectNonEmptyNotes(notes: NoteJson[]): void {
  for (const note of notes) {
    expect(typeof note.content).toBe("string");
    expect(note.content.trim().length).toBeGreaterThan(0);
    expect(note.noteType.length).toBeGreaterThan(0);
  }
}

// ---------------------------------------------------------------- BDD §9

const CORE_QUERY = `query($id: ID!) { well(id: $id) {
  id name siteName groups { name } purposes wellStatus monitoringFrequency monitoringStatus releaseStatus
  holeDepth { value unit } wellDepth { value unit } wellDepthSource
  measuringPointDescription measuringPointHeight { value unit }
  currentLocation {
    latitude longitude elevation { value unit } verticalDatum elevationMethod
    utm { easting northing zone horizontalDatum }
    feature
  }
  alternateIds { alternateId organization relation }
} }`;

describe("Retrieve core well information by well ID", () => {
  it("Retrieve core well information for an existing well", async () => {
    const result = await api.run<{ well: Record<string, unknown> & { currentLocation: Record<string, unknown> } }>(CORE_QUERY, {
      id: fixture.wellId,
    });
    expect(result.errors).toBeUndefined();
    const well = result.data!.well;
    const { currentLocation, ...core } = well;
    expect(core).toEqual({
      id: fixture.wellId,
      name: "NM-00001",
      siteName: "John Smith Well",
      groups: [{ name: "Collabnet" }],
      purposes: ["Domestic", "Monitoring"],
      wellStatus: "Active, pumping well",
      monitoringFrequency: "Monthly",
      monitoringStatus: "Currently monitored",
      releaseStatus: "PUBLIC",
      holeDepth: { value: 340, unit: "FOOT" },
      wellDepth: { value: 320, unit: "FOOT" },
      wellDepthSource: "From driller's log or well report",
      measuringPointDescription: "Top of PVC access port, north side of well cap",
      measuringPointHeight: { value: 2.1, unit: "FOOT" },
      alternateIds: [
        { alternateId: "RG-58211-POD1", organization: "NMOSE", relation: "OSEPOD" },
        { alternateId: "WT-004512", organization: "NMOSE", relation: "OSEWellTagID" },
        { alternateId: "353641106020701", organization: "USGS", relation: "same_as" },
      ],
    });

    // Location: elevation 1600 m NAVD88 = 5249.34 ft; geometry in metres (RFC 7946).
    const { utm, feature, ...location } = currentLocation as {
      utm: { easting: number; northing: number; zone: number; horizontalDatum: string };
      feature: { type: string; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> };
    };
    expect(location).toEqual({
      latitude: 35,
      longitude: -106,
      elevation: { value: 5249.34, unit: "FOOT" },
      verticalDatum: "NAVD88",
      elevationMethod: "Interpolated from digital elevation model (DEM)",
    });
    // UTM NAD83: zone 13 (102°W-108°W); expected from an independent series, and by hand
    // (Snyder's series at 35°N 106°W: E 408,746.75 m, N 3,873,499.85 m).
    const expected = snyderUtm(35, -106, 13);
    expect(utm.zone).toBe(13);
    expect(utm.horizontalDatum).toBe("NAD83");
    expect(Math.abs(utm.easting - expected.easting)).toBeLessThan(1);
    expect(Math.abs(utm.northing - expected.northing)).toBeLessThan(1);
    expect(Math.abs(utm.easting - 408746.75)).toBeLessThan(1);
    expect(Math.abs(utm.northing - 3873499.85)).toBeLessThan(1);

    expect(feature.type).toBe("Feature");
    expect(feature.geometry).toEqual({ type: "Point", coordinates: [-106, 35, 1600] });
    expect(feature.properties).toMatchObject({
      elevation: 5249.34,
      elevation_unit: "ft",
      vertical_datum: "NAVD88",
      elevation_method: "Interpolated from digital elevation model (DEM)",
      utm_coordinates: { easting: utm.easting, northing: utm.northing, utm_zone: 13, horizontal_datum: "NAD83" },
    });
  });

  it("gives JSON null (never a placeholder string) for everything a sparse well lacks", async () => {
    const result = await api.run<{ well: Record<string, unknown> }>(CORE_QUERY, { id: fixture.sparseWellId });
    expect(result.errors).toBeUndefined();
    expect(result.data?.well).toEqual({
      id: fixture.sparseWellId,
      name: "NM-00003",
      siteName: null,
      groups: [],
      purposes: [],
      wellStatus: null,
      monitoringFrequency: null,
      monitoringStatus: null,
      releaseStatus: "DRAFT",
      holeDepth: null,
      wellDepth: null,
      wellDepthSource: null,
      measuringPointDescription: null,
      measuringPointHeight: null,
      currentLocation: null,
      alternateIds: [],
    });
  });
});

// ---------------------------------------------------------------- BDD §8

const ADDITIONAL_QUERY = `query($id: ID!) { well(id: $id) {
  permissions { permissionType allowed startDate endDate notes }
  completionDate completionDateSource drillerName constructionMethod constructionMethodSource
  casingDiameter { value unit } casingDepth { value unit } casingMaterials
  pumpType pumpDepth { value unit } isSuitableForDatalogger
  formation aquiferClassCode aquiferTypes
  aquifers { aquiferSystem aquiferTypes }
  formationIntervals { formation description lithology top { value unit } bottom { value unit } }
  openStatus firstVisitDate monitoringFrequencies { monitoringFrequency startDate endDate }
  screens { top { value unit } bottom { value unit } screenType description aquiferSystem formation }
  deployments { installedOn removedOn recordingIntervalMinutes sensor { id name sensorType model } }
  provenance { fieldName sourceType sourceReference }
} }`;

describe("Retrieve additional well information by well ID", () => {
  it("Retrieve additional well information for an existing well", async () => {
    const result = await api.run(ADDITIONAL_QUERY, { id: fixture.wellId });
    expect(result.errors).toBeUndefined();
    expect(result.data?.well).toEqual({
      // Current consent per type: the 2005-2009 refusal of water-level samples has ended.
      permissions: [
        { permissionType: "Datalogger Installation", allowed: true, startDate: "2012-03-01", endDate: "2099-12-31", notes: null },
        { permissionType: "Water Chemistry Sample", allowed: false, startDate: "2010-01-01", endDate: null, notes: "Not during irrigation season" },
        { permissionType: "Water Level Sample", allowed: true, startDate: "2010-01-01", endDate: null, notes: null },
      ],
      completionDate: "1998-06-15",
      // Only a free-text reference was recorded for this field.
      completionDateSource: "Owner's purchase papers",
      drillerName: "Rodgers Drilling Co.",
      constructionMethod: "Air-Rotary",
      constructionMethodSource: "Reported by another agency",
      casingDiameter: { value: 6, unit: "INCH" },
      casingDepth: { value: 315, unit: "FOOT" },
      casingMaterials: ["PVC", "Steel"],
      pumpType: "Submersible",
      pumpDepth: { value: 280, unit: "FOOT" },
      isSuitableForDatalogger: true,
      formation: "112SNTF",
      aquiferClassCode: fixture.aquiferName,
      aquiferTypes: ["Perched", "Unconfined, single"],
      aquifers: [{ aquiferSystem: fixture.aquiferName, aquiferTypes: ["Perched", "Unconfined, single"] }],
      formationIntervals: [
        {
          formation: "112SNTF",
          description: "Santa Fe Group, undivided",
          lithology: "Gravel, sand and silt",
          top: { value: 40, unit: "FOOT" },
          bottom: { value: 340, unit: "FOOT" },
        },
      ],
      openStatus: "Open",
      firstVisitDate: "2010-01-05",
      monitoringFrequencies: [
        { monitoringFrequency: "Monthly", startDate: "2016-01-01", endDate: null },
        { monitoringFrequency: "Quarterly", startDate: "2010-01-01", endDate: "2015-12-31" },
      ],
      screens: [
        {
          top: { value: 255, unit: "FOOT" },
          bottom: { value: 285, unit: "FOOT" },
          screenType: "PVC",
          description: "0.020-inch slotted PVC",
          aquiferSystem: fixture.aquiferName,
          formation: "112SNTF",
        },
        {
          top: { value: 295, unit: "FOOT" },
          bottom: { value: 315, unit: "FOOT" },
          screenType: "PVC",
          description: "Lower slotted PVC",
          aquiferSystem: null,
          formation: null,
        },
      ],
      deployments: [
        {
          installedOn: "2019-03-01",
          removedOn: null,
          recordingIntervalMinutes: 60,
          sensor: { id: fixture.sensorId, name: fixture.sensorName, sensorType: "Pressure Transducer", model: "Levelogger 5" },
        },
      ],
      provenance: [
        { fieldName: "well_construction_method", sourceType: "Reported by another agency", sourceReference: null },
        { fieldName: "well_completion_date", sourceType: null, sourceReference: "Owner's purchase papers" },
        { fieldName: "well_depth", sourceType: "From driller's log or well report", sourceReference: "OSE well record RG-58211" },
        { fieldName: "well_depth", sourceType: "Reported by owner of well", sourceReference: null },
      ],
    });
  });

  it("gives JSON null and empty lists for a well without additional information", async () => {
    const result = await api.run(ADDITIONAL_QUERY, { id: fixture.sparseWellId });
    expect(result.errors).toBeUndefined();
    expect(result.data?.well).toEqual({
      permissions: [],
      completionDate: null,
      completionDateSource: null,
      drillerName: null,
      constructionMethod: null,
      constructionMethodSource: null,
      casingDiameter: null,
      casingDepth: null,
      casingMaterials: [],
      pumpType: null,
      pumpDepth: null,
      isSuitableForDatalogger: null,
      formation: null,
      aquiferClassCode: null,
      aquiferTypes: [],
      aquifers: [],
      formationIntervals: [],
      openStatus: null,
      firstVisitDate: null,
      monitoringFrequencies: [],
      screens: [],
      deployments: [],
      provenance: [],
    });
  });
});

// ---------------------------------------------------------------- BDD §10

const NOTES_QUERY = `query($id: ID!) { well(id: $id) {
  currentLocation { notes { id noteType content } }
  constructionNotes { id noteType content }
  generalNotes { id noteType content }
  measuringNotes { id noteType content }
  waterNotes { id noteType content }
  notes { noteType }
} }`;

interface NotesResult {
  well: {
    currentLocation: { notes: NoteJson[] } | null;
    constructionNotes: NoteJson[];
    generalNotes: NoteJson[];
    measuringNotes: NoteJson[];
    waterNotes: NoteJson[];
    notes: { noteType: string }[];
  } | null;
}

describe("Retrieve well notes by well ID", () => {
  it("Retrieve well notes for an existing well", async () => {
    const result = await api.run<NotesResult>(NOTES_QUERY, { id: fixture.wellId });
    expect(result.errors).toBeUndefined();
    const well = result.data!.well!;
    const strip = (notes: NoteJson[]) => notes.map(({ noteType, content }) => ({ noteType, content }));
    expect(strip(well.currentLocation!.notes)).toEqual([
      { noteType: "General", content: "From Santa Fe take NM-14 south 6.2 miles; well is north of the house." },
      { noteType: "Coordinate", content: "Coordinates from a handheld GPS at the wellhead." },
    ]);
    expect(strip(well.constructionNotes)).toEqual([
      { noteType: "Construction", content: "Steel surface casing to 20 ft, 6-inch PVC below." },
      { noteType: "Construction", content: "Submersible pump set at 280 ft." },
    ]);
    expect(strip(well.generalNotes)).toEqual([{ noteType: "General", content: "Owner-operated domestic well." }]);
    expect(strip(well.measuringNotes)).toEqual([
      { noteType: "Measuring", content: "Measure through the access port on the north side." },
    ]);
    expect(strip(well.waterNotes)).toEqual([{ noteType: "Water", content: "Water-bearing zone 250-315 ft (OSE well record)." }]);
    for (const notes of [well.currentLocation!.notes, well.constructionNotes, well.generalNotes, well.measuringNotes, well.waterNotes]) {
      expectNonEmptyNotes(notes);
    }
    // `notes` has every kind, including those without a field of their own ("Access").
    expect(well.notes.map((n) => n.noteType)).toEqual(["Construction", "General", "Measuring", "Water", "Construction", "Access"]);

    const sparse = await api.run<NotesResult>(NOTES_QUERY, { id: fixture.sparseWellId });
    expect(sparse.data?.well).toEqual({
      currentLocation: null,
      constructionNotes: [],
      generalNotes: [],
      measuringNotes: [],
      waterNotes: [],
      notes: [],
    });
  });

  it("Retrieve well notes for a non-existing well", async () => {
    const result = await api.run<NotesResult>(NOTES_QUERY, { id: "9999" });
    expect(result.data).toEqual({ well: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.message).toBe("Well 9999 not found");
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

// ---------------------------------------------------------------- BDD §2

describe("Retrieve location notes by well name", () => {
  it("Retrieve location notes for an existing well", async () => {
    const result = await api.run<{
      well: { currentLocation: { id: string; notes: NoteJson[]; feature: { properties: { notes: Record<string, unknown>[] } } } };
    }>(
      `query($id: ID!) { well(id: $id) { currentLocation { id notes { id noteType content } feature } } }`,
      { id: fixture.wellId },
    );
    expect(result.errors).toBeUndefined();
    const location = result.data!.well.currentLocation;
    expect(location.id).toBe(fixture.locationId);
    expect(location.notes).toHaveLength(2);
    expectNonEmptyNotes(location.notes);
    // The GeoJSON form carries the same notes as dictionaries with "note_type" and "content".
    expect(location.feature.properties.notes).toEqual(
      location.notes.map((n) => ({ id: Number(n.id), note_type: n.noteType, content: n.content })),
    );
  });

  it("Retrieve location notes by location ID", async () => {
    const result = await api.run<{ location: { id: string; notes: NoteJson[] } }>(
      `query($id: ID!) { location(id: $id) { id notes { id noteType content } } }`,
      { id: fixture.locationId },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.location.notes.map((n) => n.noteType)).toEqual(["General", "Coordinate"]);
    expectNonEmptyNotes(result.data!.location.notes);
  });
});

// ---------------------------------------------------------------- wellByName

describe("wellByName(name)", () => {
  it("finds a well by its exact name", async () => {
    const result = await api.run(`{ wellByName(name: "NM-00001") { id name } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ wellByName: { id: fixture.wellId, name: "NM-00001" } });
  });

  it("gives null and NOT_FOUND naming the well for a name that is not exact or not a well", async () => {
    for (const name of ["nm-00001", "NM-0000", "Ojo Caliente Spring"]) {
      const result = await api.run(`query($name: String!) { wellByName(name: $name) { id } }`, { name });
      expect(result.data).toEqual({ wellByName: null });
      expect(result.errors?.[0]?.message).toBe(`Well ${name} not found`);
      expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
  });

  it("returns the lowest id when several wells share the name", async () => {
    const name = uniqueName("DUP");
    const first = await createThing(api.db.prisma, { name });
    await createThing(api.db.prisma, { name });
    const result = await api.run(`query($name: String!) { wellByName(name: $name) { id } }`, { name });
    expect(result.data).toEqual({ wellByName: { id: String(first.id) } });
  });
});

// ---------------------------------------------------------------- current rows

describe("current rows of dated histories", () => {
  it("use the row whose period contains today: newest start, then highest id; ended and future rows are not current", async () => {
    const today = daysFromToday(0);
    const well = await createThing(api.db.prisma, {
      statusHistory: {
        create: [
          // Ended yesterday: not current.
          { statusType: "Well Status", statusValue: "Abandoned", startDate: day("2000-01-01"), endDate: day(daysFromToday(-1)) },
          // Two rows starting on the same day: the higher id wins.
          { statusType: "Monitoring Status", statusValue: "Not currently monitored", startDate: day("2020-01-01") },
          { statusType: "Monitoring Status", statusValue: "Currently monitored", startDate: day("2020-01-01") },
          // Ends today: still current.
          { statusType: "Open Status", statusValue: "Closed", startDate: day("2020-01-01"), endDate: day(today) },
          { statusType: "Datalogger Suitability Status", statusValue: "Datalogger cannot be installed", startDate: day(today) },
        ],
      },
      monitoringFrequencies: { create: [{ monitoringFrequency: "Annual", startDate: day(daysFromToday(1)) }] },
      measuringPoints: {
        create: [{ measuringPointHeight: null, measuringPointDescription: "Ground surface", startDate: day("2015-01-01") }],
      },
      accessConsents: {
        create: [{ permissionType: "Water Level Sample", permissionAllowed: true, startDate: day("2010-01-01"), endDate: day(daysFromToday(-1)) }],
      },
    });
    const result = await api.run(
      `query($id: ID!) { well(id: $id) { wellStatus monitoringStatus openStatus isSuitableForDatalogger monitoringFrequency
        measuringPointDescription measuringPointHeight { value } permissions { permissionType } } }`,
      { id: String(well.id) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.well).toEqual({
      wellStatus: null,
      monitoringStatus: "Currently monitored",
      openStatus: "Closed",
      isSuitableForDatalogger: false,
      monitoringFrequency: null,
      measuringPointDescription: "Ground surface",
      measuringPointHeight: null,
      permissions: [],
    });
  });
});

// ---------------------------------------------------------------- batching

/** Every field of the well page this part owns, with the shared Thing fields, nested under `wells`. */
const WELL_PAGE_LIST = `query($first: Int, $groupName: String) {
  wells(first: $first, filter: { groupName: $groupName }) {
    totalCount
    edges { node {
      id name thingType releaseStatus siteName purposes wellStatus monitoringStatus monitoringFrequency openStatus
      holeDepth { value unit } wellDepth { value unit } wellDepthSource
      measuringPointDescription measuringPointHeight { value unit }
      completionDate completionDateSource drillerName constructionMethod constructionMethodSource
      casingDiameter { value unit } casingDepth { value unit } casingMaterials pumpType pumpDepth { value unit }
      isSuitableForDatalogger formation aquiferClassCode aquiferTypes aquifers { aquiferSystem aquiferTypes }
      formationIntervals { formation top { value } bottom { value } }
      permissions { permissionType allowed startDate endDate }
      constructionNotes { id content } generalNotes { id content } measuringNotes { id content } waterNotes { id content }
      notes { id } provenance { fieldName sourceType }
      monitoringFrequencies { monitoringFrequency startDate }
      screens { id top { value } bottom { value } screenType description aquiferSystem formation }
      deployments { id installedOn removedOn recordingIntervalMinutes sensor { id name sensorType model serialNumber } }
      firstVisitDate createdAt
      currentLocation { id latitude longitude elevation { value } utm { zone } notes { content } feature }
      groups { name } alternateIds { alternateId organization }
      contacts { id name emails { email } phones { phoneNumber } }
    } }
  }
}`;

interface WellPageList {
  wells: { totalCount: number; edges: { node: { wellStatus: string; deployments: { sensor: { id: string } }[]; contacts: { emails: unknown[] }[] } }[] };
}

describe("statement count of the well page", () => {
  it("is the same for 5 and for 50 wells with every part filled", { timeout: 120_000 }, async () => {
    const groupName = uniqueName("wellpage");
    const ids: number[] = [];
    for (let i = 0; i < 50; i += 1) ids.push((await createFullWell(api.db.prisma)).well.id);
    await createGroupWith(api.db.prisma, ids, groupName);

    const five = await api.run<WellPageList>(WELL_PAGE_LIST, { first: 5, groupName });
    const fifty = await api.run<WellPageList>(WELL_PAGE_LIST, { first: 50, groupName });
    expect(five.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data?.wells.edges).toHaveLength(50);
    expect(fifty.data?.wells.totalCount).toBe(50);
    expect(
      fifty.data?.wells.edges.every(
        (e) => e.node.wellStatus === "Active, pumping well" && e.node.deployments.length === 1 && e.node.contacts[0]?.emails.length === 1,
      ),
    ).toBe(true);
    // The page with its count, current locations and groups (ADR 26) and every other part of
    // the well page (ADR 36) in one statement (was 25 statements, 30 before ADR 26).
    expect(five.statements).toBe(1);
    expect(fifty.statements).toBe(five.statements);
  });
});
