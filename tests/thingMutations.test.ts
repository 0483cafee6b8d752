/**
 * Mutations of wells and springs: nested creation in one transaction, partial updates (omitted vs
 * null), depth rules listing every failing field, dated histories closed and opened, set
 * replacement, alternate ids, deletes, not found.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createGroupWith, createThing, uniqueName } from "./support/factories.js";
import { countRows, ERROR_FIELDS, errorFields, isoDay, utcDay } from "./support/mutationFactories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const WELL_TABLES = [
  "thing",
  "location",
  "location_thing_association",
  "group_thing_association",
  "well_purpose",
  "well_casing_material",
  "thing_id_link",
  "status_history",
  "measuring_point_history",
  "monitoring_frequency_history",
  "notes",
];

const CREATE_WELL = `
  mutation($input: CreateWellInput!) {
    createWell(input: $input) {
      ${ERROR_FIELDS}
      ... on CreateWellSuccess {
        well {
          id name siteName releaseStatus thingType firstVisitDate
          wellDepth { value unit } holeDepth { value unit } casingDepth { value unit }
          casingDiameter { value unit } pumpDepth { value unit }
          completionDate drillerName constructionMethod pumpType
          purposes casingMaterials wellStatus monitoringStatus monitoringFrequency
          measuringPointHeight { value unit } measuringPointDescription
          currentLocation { latitude longitude elevation { value unit } }
          groups { name }
          alternateIds { alternateId organization relation }
          generalNotes { noteType content }
          constructionNotes { noteType content }
        }
      }
    }
  }`;

const UPDATE_WELL = `
  mutation($id: ID!, $input: UpdateWellInput!) {
    updateWell(id: $id, input: $input) {
      ${errorFields("ValidationError", "NotFoundError")}
      ... on UpdateWellSuccess {
        well {
          id name siteName releaseStatus drillerName
          wellDepth { value unit } holeDepth { value unit } casingDepth { value unit }
          purposes casingMaterials wellStatus monitoringStatus monitoringFrequency
          measuringPointHeight { value unit } measuringPointDescription
        }
      }
    }
  }`;

interface Result<K extends string, T> {
  [key: string]: ({ __typename: string } & Partial<Record<K, T>> & Record<string, unknown>) | undefined;
}

async function createWell(input: Record<string, unknown>) {
  const result = await api.run<Result<"well", Record<string, unknown>>>(CREATE_WELL, { input });
  expect(result.errors).toBeUndefined();
  const payload = result.data?.createWell;
  if (!payload) throw new Error("no payload");
  return payload;
}

async function createdWellId(input: Record<string, unknown>): Promise<string> {
  const payload = await createWell(input);
  expect(payload.__typename).toBe("CreateWellSuccess");
  return String(payload.well?.id);
}

async function updateWell(id: string, input: Record<string, unknown>) {
  const result = await api.run<Result<"well", Record<string, unknown>>>(UPDATE_WELL, { id, input });
  expect(result.errors).toBeUndefined();
  const payload = result.data?.updateWell;
  if (!payload) throw new Error("no payload");
  return payload;
}

describe("createWell", () => {
  it("creates the well and every part in one call, converting units and normalising vocabulary", async () => {
    const group = await createGroupWith(api.db.prisma, []);
    const name = uniqueName("NM");
    const payload = await createWell({
      name: `  ${name} `,
      siteName: "John Smith Well",
      releaseStatus: "PUBLIC",
      firstVisitDate: "2024-03-01",
      location: { latitude: 34.05, longitude: -106.9, elevation: { value: 1500, unit: "METER" }, elevationMethod: "Global positioning system (GPS)" },
      groupIds: [String(group.id)],
      wellDepth: { value: 30.48, unit: "METER" },
      holeDepth: { value: 120, unit: "FOOT" },
      casingDepth: { value: 90, unit: "FOOT" },
      casingDiameter: { value: 6, unit: "INCH" },
      pumpDepth: { value: 80, unit: "FOOT" },
      completionDate: "1998-07-15",
      drillerName: "Acme Drilling",
      purposes: ["domestic", "Irrigation", "Domestic"],
      casingMaterials: ["pvc"],
      alternateIds: [{ alternateId: "331234106543201", organization: "USGS", relation: "same_as" }],
      wellStatus: { status: "Active, pumping well", startDate: "2024-03-01" },
      monitoringStatus: { status: "Currently monitored" },
      measuringPoint: { height: { value: 1.5, unit: "FOOT" }, description: "Top of casing", startDate: "2024-03-01" },
      monitoringFrequency: { frequency: "monthly" },
      notes: [
        { noteType: "General", content: " Gate code 1234 " },
        { noteType: "Construction", content: "Steel casing to 90 ft" },
      ],
    });
    expect(payload.__typename).toBe("CreateWellSuccess");
    expect({ ...payload.well, id: undefined }).toEqual({
      id: undefined,
      name,
      siteName: "John Smith Well",
      releaseStatus: "PUBLIC",
      thingType: "WATER_WELL",
      firstVisitDate: "2024-03-01",
      wellDepth: { value: 100, unit: "FOOT" },
      holeDepth: { value: 120, unit: "FOOT" },
      casingDepth: { value: 90, unit: "FOOT" },
      casingDiameter: { value: 6, unit: "INCH" },
      pumpDepth: { value: 80, unit: "FOOT" },
      completionDate: "1998-07-15",
      drillerName: "Acme Drilling",
      constructionMethod: null,
      pumpType: null,
      purposes: ["Domestic", "Irrigation"],
      casingMaterials: ["PVC"],
      wellStatus: "Active, pumping well",
      monitoringStatus: "Currently monitored",
      monitoringFrequency: "Monthly",
      measuringPointHeight: { value: 1.5, unit: "FOOT" },
      measuringPointDescription: "Top of casing",
      currentLocation: { latitude: 34.05, longitude: -106.9, elevation: { value: 4921.26, unit: "FOOT" } },
      groups: [{ name: group.name }],
      alternateIds: [{ alternateId: "331234106543201", organization: "USGS", relation: "same_as" }],
      generalNotes: [{ noteType: "General", content: "Gate code 1234" }],
      constructionNotes: [{ noteType: "Construction", content: "Steel casing to 90 ft" }],
    });
    const id = Number(payload.well?.id);
    const location = await api.db.prisma.location.findFirstOrThrow({ where: { thingAssociations: { some: { thingId: id } } } });
    expect(location.elevation).toBe(1500);
    const statuses = await api.db.prisma.statusHistory.findMany({ where: { thingId: id }, orderBy: { id: "asc" } });
    expect(statuses.map((s) => [s.statusType, s.statusValue, s.startDate, s.endDate, s.releaseStatus])).toEqual([
      ["Well Status", "Active, pumping well", utcDay("2024-03-01"), null, "public"],
      ["Monitoring Status", "Currently monitored", utcDay(isoDay()), null, "public"],
    ]);
  });

  it("lists every failing field in one ValidationError and writes nothing", async () => {
    const before = await countRows(api.db.prisma, WELL_TABLES);
    const payload = await createWell({
      name: "  ",
      firstVisitDate: isoDay(2),
      location: { latitude: 95, longitude: -200 },
      locationId: "1",
      wellDepth: { value: 300, unit: "FOOT" },
      holeDepth: { value: 250, unit: "FOOT" },
      casingDepth: { value: 310, unit: "FOOT" },
      pumpDepth: { value: -5, unit: "FOOT" },
      completionDate: isoDay(1),
      wellStatus: { status: "Abandoned", startDate: isoDay(1) },
      notes: [{ noteType: "General", content: "ok" }, { noteType: "General", content: "   " }],
    });
    expect(payload).toEqual({
      __typename: "ValidationError",
      message: expect.stringContaining("fields are invalid"),
      fieldErrors: [
        { path: ["input", "name"], message: "Name is required" },
        { path: ["input", "firstVisitDate"], message: "First visit date cannot be in the future" },
        { path: ["input", "locationId"], message: "Give either location or locationId, not both" },
        { path: ["input", "location", "latitude"], message: "Latitude must be between -90 and 90" },
        { path: ["input", "location", "longitude"], message: "Longitude must be between -180 and 180" },
        { path: ["input", "notes", "1", "content"], message: "Note content is required" },
        { path: ["input", "pumpDepth"], message: "Pump depth must be greater than 0" },
        { path: ["input", "wellDepth"], message: "Well depth (300 ft) must not exceed hole depth (250 ft)" },
        { path: ["input", "casingDepth"], message: "Casing depth (310 ft) must not exceed well depth (300 ft)" },
        { path: ["input", "completionDate"], message: "Completion date cannot be in the future" },
        { path: ["input", "wellStatus", "startDate"], message: "Start date cannot be in the future" },
      ],
    });
    expect(await countRows(api.db.prisma, WELL_TABLES)).toEqual(before);
  });

  it("checks casing depth against hole depth while the well depth is unknown, and pump depth against well depth", async () => {
    const casing = await createWell({ name: uniqueName("NM"), holeDepth: { value: 100, unit: "FOOT" }, casingDepth: { value: 101, unit: "FOOT" } });
    expect(casing).toMatchObject({
      __typename: "ValidationError",
      fieldErrors: [{ path: ["input", "casingDepth"], message: "Casing depth (101 ft) must not exceed hole depth (100 ft)" }],
    });
    const pump = await createWell({ name: uniqueName("NM"), wellDepth: { value: 100, unit: "FOOT" }, pumpDepth: { value: 120, unit: "FOOT" } });
    expect(pump).toMatchObject({
      __typename: "ValidationError",
      fieldErrors: [{ path: ["input", "pumpDepth"], message: "Pump depth (120 ft) must not exceed well depth (100 ft)" }],
    });
    const driller = await createWell({ name: uniqueName("NM"), drillerName: "x".repeat(201) });
    expect(driller).toMatchObject({ fieldErrors: [{ path: ["input", "drillerName"], message: "Driller name must be at most 200 characters" }] });
  });

  it("fills the audit columns of every row it writes from the authenticated user", async () => {
    const { createWell: createWellDirectly } = await import("../src/domain/wells/createWell.js");
    const well = await createWellDirectly(
      { prisma: api.db.prisma, user: { id: "sub-42", name: "Ana Ortiz" } },
      { name: uniqueName("NM"), purposes: ["Domestic"], wellStatus: { status: "Abandoned" }, location: { latitude: 34, longitude: -106 } },
    );
    const rows = [
      await api.db.prisma.thing.findUniqueOrThrow({ where: { id: well.id } }),
      await api.db.prisma.wellPurpose.findFirstOrThrow({ where: { thingId: well.id } }),
      await api.db.prisma.statusHistory.findFirstOrThrow({ where: { thingId: well.id } }),
      await api.db.prisma.locationThingAssociation.findFirstOrThrow({ where: { thingId: well.id }, include: { location: true } }),
    ];
    expect(rows.map((r) => [r.createdById, r.createdByName])).toEqual(Array(4).fill(["sub-42", "Ana Ortiz"]));
    const location = (rows[3] as { location: { createdById: string | null } }).location;
    expect(location.createdById).toBe("sub-42");
  });

  it("rolls back the well and its location when a group does not exist (NotFoundError)", async () => {
    const before = await countRows(api.db.prisma, WELL_TABLES);
    const payload = await createWell({
      name: uniqueName("NM"),
      location: { latitude: 34, longitude: -106 },
      purposes: ["Domestic"],
      groupIds: ["999999"],
    });
    expect(payload).toEqual({ __typename: "NotFoundError", message: "Group 999999 not found", entity: "Group", id: "999999" });
    expect(await countRows(api.db.prisma, WELL_TABLES)).toEqual(before);
  });

  it("gives NotFoundError for an unknown locationId", async () => {
    const payload = await createWell({ name: uniqueName("NM"), locationId: "999999" });
    expect(payload).toEqual({ __typename: "NotFoundError", message: "Location 999999 not found", entity: "Location", id: "999999" });
  });

  it("gives ConflictError for the same alternate id twice, and writes nothing", async () => {
    const before = await countRows(api.db.prisma, WELL_TABLES);
    const link = { alternateId: "RG-1234", organization: "NMOSE", relation: "OSEPOD" };
    const payload = await createWell({ name: uniqueName("NM"), alternateIds: [link, link] });
    expect(payload).toMatchObject({
      __typename: "ConflictError",
      constraint: "uq_thing_id_link_thing_org_relation_id",
      fields: ["thingId", "alternateOrganization", "relation", "alternateId"],
    });
    expect(await countRows(api.db.prisma, WELL_TABLES)).toEqual(before);
  });

  it("rejects a term of another lexicon category before any resolver runs", async () => {
    const result = await api.run(CREATE_WELL, { input: { name: uniqueName("NM"), purposes: ["Steel"] } });
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toContain("well_purpose");
  });
});

describe("updateWell", () => {
  it("leaves omitted fields unchanged and clears fields given as null", async () => {
    const id = await createdWellId({
      name: uniqueName("NM"),
      siteName: "Old Ranch Well",
      drillerName: "Acme Drilling",
      wellDepth: { value: 100, unit: "FOOT" },
      holeDepth: { value: 120, unit: "FOOT" },
    });
    const cleared = await updateWell(id, { drillerName: null, holeDepth: null });
    expect(cleared.__typename).toBe("UpdateWellSuccess");
    expect(cleared.well).toMatchObject({
      siteName: "Old Ranch Well",
      drillerName: null,
      wellDepth: { value: 100, unit: "FOOT" },
      holeDepth: null,
    });
    const renamed = await updateWell(id, { siteName: "New Ranch Well" });
    expect(renamed.well).toMatchObject({
      siteName: "New Ranch Well",
      drillerName: null,
      wellDepth: { value: 100, unit: "FOOT" },
      holeDepth: null,
    });
    const row = await api.db.prisma.thing.findUniqueOrThrow({ where: { id: Number(id) } });
    expect([row.siteName, row.wellDrillerName, row.wellDepth, row.holeDepth]).toEqual(["New Ranch Well", null, 100, null]);
    expect(row.updatedAt).toBeInstanceOf(Date);
  });

  it("checks depth rules against the stored well and lists every failing field", async () => {
    const id = await createdWellId({ name: uniqueName("NM"), wellDepth: { value: 100, unit: "FOOT" }, holeDepth: { value: 120, unit: "FOOT" } });
    const payload = await updateWell(id, { name: null, releaseStatus: null, wellDepth: { value: 150, unit: "FOOT" }, casingDepth: { value: 0, unit: "FOOT" } });
    expect(payload).toEqual({
      __typename: "ValidationError",
      message: expect.any(String),
      fieldErrors: [
        { path: ["input", "name"], message: "Name cannot be null" },
        { path: ["input", "releaseStatus"], message: "Release status cannot be null" },
        { path: ["input", "casingDepth"], message: "Casing depth must be greater than 0" },
        { path: ["input", "wellDepth"], message: "Well depth (150 ft) must not exceed hole depth (120 ft)" },
      ],
    });
    const row = await api.db.prisma.thing.findUniqueOrThrow({ where: { id: Number(id) } });
    expect(row.wellDepth).toBe(100);
  });

  it("does not let stored values that break a rule block an update of other fields", async () => {
    const legacy = await createThing(api.db.prisma, { wellDepth: 500, holeDepth: 400 });
    const payload = await updateWell(String(legacy.id), { siteName: "Legacy site" });
    expect(payload.__typename).toBe("UpdateWellSuccess");
    expect(payload.well).toMatchObject({ siteName: "Legacy site", wellDepth: { value: 500, unit: "FOOT" } });
  });

  it("replaces the purpose and casing material sets, keeping rows of values that stay", async () => {
    const id = await createdWellId({ name: uniqueName("NM"), purposes: ["Domestic", "Irrigation"], casingMaterials: ["PVC"] });
    const kept = await api.db.prisma.wellPurpose.findFirstOrThrow({ where: { thingId: Number(id), purpose: "Irrigation" } });
    const replaced = await updateWell(id, { purposes: ["Irrigation", "Livestock"] });
    expect(replaced.well).toMatchObject({ purposes: ["Irrigation", "Livestock"], casingMaterials: ["PVC"] });
    const rows = await api.db.prisma.wellPurpose.findMany({ where: { thingId: Number(id) }, orderBy: { purpose: "asc" } });
    expect(rows.map((r) => [r.purpose, r.id === kept.id])).toEqual([
      ["Irrigation", true],
      ["Livestock", false],
    ]);
    const emptied = await updateWell(id, { purposes: null, casingMaterials: [] });
    expect(emptied.well).toMatchObject({ purposes: [], casingMaterials: [] });
  });

  it("appends history rows that close the open row, and null closes it as of today", async () => {
    const id = await createdWellId({
      name: uniqueName("NM"),
      wellStatus: { status: "Active, pumping well", startDate: "2024-01-01" },
      measuringPoint: { height: { value: 1.5, unit: "FOOT" }, description: "Top of casing", startDate: "2024-01-01" },
      monitoringFrequency: { frequency: "Monthly", startDate: "2024-01-01" },
    });
    const changed = await updateWell(id, {
      wellStatus: { status: "Inactive, exists but not used", startDate: "2024-06-01", reason: "Pump removed" },
      measuringPoint: { height: { value: 0.6096, unit: "METER" }, startDate: "2024-06-01" },
      monitoringFrequency: { frequency: "Quarterly", startDate: "2024-06-01" },
    });
    expect(changed.well).toMatchObject({
      wellStatus: "Inactive, exists but not used",
      measuringPointHeight: { value: 2, unit: "FOOT" },
      measuringPointDescription: null,
      monitoringFrequency: "Quarterly",
    });
    const thingId = Number(id);
    const statuses = await api.db.prisma.statusHistory.findMany({ where: { thingId }, orderBy: { id: "asc" } });
    expect(statuses.map((s) => [s.statusValue, s.startDate, s.endDate, s.reason])).toEqual([
      ["Active, pumping well", utcDay("2024-01-01"), utcDay("2024-06-01"), null],
      ["Inactive, exists but not used", utcDay("2024-06-01"), null, "Pump removed"],
    ]);
    const points = await api.db.prisma.measuringPointHistory.findMany({ where: { thingId }, orderBy: { id: "asc" } });
    expect(points.map((p) => [p.measuringPointHeight, p.startDate, p.endDate])).toEqual([
      [1.5, utcDay("2024-01-01"), utcDay("2024-06-01")],
      [2, utcDay("2024-06-01"), null],
    ]);
    const frequencies = await api.db.prisma.monitoringFrequencyHistory.findMany({ where: { thingId }, orderBy: { id: "asc" } });
    expect(frequencies.map((f) => [f.monitoringFrequency, f.startDate, f.endDate])).toEqual([
      ["Monthly", utcDay("2024-01-01"), utcDay("2024-06-01")],
      ["Quarterly", utcDay("2024-06-01"), null],
    ]);

    const closed = await updateWell(id, { wellStatus: null });
    expect(closed.well).toMatchObject({ wellStatus: null, monitoringFrequency: "Quarterly" });
    const after = await api.db.prisma.statusHistory.findMany({ where: { thingId }, orderBy: { id: "asc" } });
    expect(after.map((s) => s.endDate)).toEqual([utcDay("2024-06-01"), utcDay(isoDay(-1))]);
  });

  it("removes a history row that started today when it is cleared today", async () => {
    const id = await createdWellId({ name: uniqueName("NM"), monitoringFrequency: { frequency: "Annual" } });
    const cleared = await updateWell(id, { monitoringFrequency: null });
    expect(cleared.well).toMatchObject({ monitoringFrequency: null });
    expect(await api.db.prisma.monitoringFrequencyHistory.count({ where: { thingId: Number(id) } })).toBe(0);
  });

  it("rejects a history start before the open row's start", async () => {
    const id = await createdWellId({ name: uniqueName("NM"), monitoringStatus: { status: "Currently monitored", startDate: "2024-05-01" } });
    const payload = await updateWell(id, { monitoringStatus: { status: "Not currently monitored", startDate: "2024-04-30" } });
    expect(payload).toEqual({
      __typename: "ValidationError",
      message: "Start date must not be before the start of the current monitoring status (2024-05-01)",
      fieldErrors: [
        {
          path: ["input", "monitoringStatus", "startDate"],
          message: "Start date must not be before the start of the current monitoring status (2024-05-01)",
        },
      ],
    });
    expect(await api.db.prisma.statusHistory.count({ where: { thingId: Number(id) } })).toBe(1);
  });

  it("gives NotFoundError for a missing id and for a spring", async () => {
    expect(await updateWell("999999", { siteName: "x" })).toEqual({
      __typename: "NotFoundError",
      message: "Well 999999 not found",
      entity: "Well",
      id: "999999",
    });
    const spring = await createThing(api.db.prisma, { thingType: "spring" });
    expect(await updateWell(String(spring.id), { siteName: "x" })).toMatchObject({ __typename: "NotFoundError", entity: "Well" });
  });
});

describe("deleteWell", () => {
  it("deletes the well and everything that belongs to it", async () => {
    const id = await createdWellId({
      name: uniqueName("NM"),
      purposes: ["Domestic"],
      wellStatus: { status: "Abandoned" },
      notes: [{ noteType: "General", content: "x" }],
      location: { latitude: 34, longitude: -106 },
    });
    const result = await api.run(`mutation($id: ID!) { deleteWell(id: $id) { ${errorFields("NotFoundError")} ... on DeleteWellSuccess { deletedId } } }`, { id });
    expect(result.data).toEqual({ deleteWell: { __typename: "DeleteWellSuccess", deletedId: id } });
    const thingId = Number(id);
    expect(await api.db.prisma.thing.count({ where: { id: thingId } })).toBe(0);
    expect(await api.db.prisma.wellPurpose.count({ where: { thingId } })).toBe(0);
    expect(await api.db.prisma.statusHistory.count({ where: { thingId } })).toBe(0);
    expect(await api.db.prisma.note.count({ where: { thingId } })).toBe(0);
  });

  it("gives NotFoundError for a missing id or a spring, deleting nothing", async () => {
    const spring = await createThing(api.db.prisma, { thingType: "spring" });
    for (const id of ["999999", String(spring.id)]) {
      const result = await api.run(`mutation($id: ID!) { deleteWell(id: $id) { ${errorFields("NotFoundError")} } }`, { id });
      expect(result.data).toEqual({ deleteWell: { __typename: "NotFoundError", message: `Well ${id} not found`, entity: "Well", id } });
    }
    expect(await api.db.prisma.thing.count({ where: { id: spring.id } })).toBe(1);
  });
});

describe("springs", () => {
  const CREATE_SPRING = `mutation($input: CreateSpringInput!) { createSpring(input: $input) {
    ${ERROR_FIELDS} ... on CreateSpringSuccess { spring { id name springType releaseStatus thingType currentLocation { latitude } } } } }`;

  it("creates, updates (partial) and deletes a spring", async () => {
    const name = uniqueName("Spring");
    const created = await api.run<{ createSpring: { __typename: string; spring: { id: string } } }>(CREATE_SPRING, {
      input: { name, springType: "thermal", location: { latitude: 33.2, longitude: -107.3 } },
    });
    const spring = created.data?.createSpring.spring;
    expect(created.data?.createSpring).toEqual({
      __typename: "CreateSpringSuccess",
      spring: { id: spring?.id, name, springType: "Thermal", releaseStatus: "DRAFT", thingType: "SPRING", currentLocation: { latitude: 33.2 } },
    });
    const updated = await api.run(
      `mutation($id: ID!, $input: UpdateSpringInput!) { updateSpring(id: $id, input: $input) {
        ${errorFields("ValidationError", "NotFoundError")} ... on UpdateSpringSuccess { spring { name springType } } } }`,
      { id: spring?.id, input: { springType: null } },
    );
    expect(updated.data).toEqual({ updateSpring: { __typename: "UpdateSpringSuccess", spring: { name, springType: null } } });
    const invalid = await api.run(
      `mutation($id: ID!, $input: UpdateSpringInput!) { updateSpring(id: $id, input: $input) { ${errorFields("ValidationError", "NotFoundError")} } }`,
      { id: spring?.id, input: { name: null, firstVisitDate: isoDay(3) } },
    );
    expect(invalid.data?.updateSpring).toMatchObject({
      __typename: "ValidationError",
      fieldErrors: [
        { path: ["input", "name"], message: "Name cannot be null" },
        { path: ["input", "firstVisitDate"], message: "First visit date cannot be in the future" },
      ],
    });
    const deleted = await api.run(`mutation($id: ID!) { deleteSpring(id: $id) { ${errorFields("NotFoundError")} ... on DeleteSpringSuccess { deletedId } } }`, {
      id: spring?.id,
    });
    expect(deleted.data).toEqual({ deleteSpring: { __typename: "DeleteSpringSuccess", deletedId: spring?.id } });
  });

  it("does not update a well addressed as a spring", async () => {
    const well = await createThing(api.db.prisma);
    const result = await api.run(
      `mutation($id: ID!) { updateSpring(id: $id, input: { siteName: "x" }) { ${errorFields("ValidationError", "NotFoundError")} } }`,
      { id: String(well.id) },
    );
    expect(result.data).toEqual({
      updateSpring: { __typename: "NotFoundError", message: `Spring ${well.id} not found`, entity: "Spring", id: String(well.id) },
    });
  });
});

describe("alternate ids", () => {
  const ADD = `mutation($input: AlternateIdChangeInput!) { addAlternateId(input: $input) {
    ${ERROR_FIELDS} ... on AddAlternateIdSuccess { thing { id alternateIds { alternateId organization relation } } } } }`;
  const REMOVE = `mutation($input: AlternateIdChangeInput!) { removeAlternateId(input: $input) {
    ${errorFields("NotFoundError")} ... on RemoveAlternateIdSuccess { thing { alternateIds { alternateId } } } } }`;

  it("adds an id, refuses the same id twice, removes it", async () => {
    const thing = await createThing(api.db.prisma);
    const input = { thingId: String(thing.id), alternateId: " 12N.3E.4.111 ", organization: "PLSS", relation: "PLSS" };
    const added = await api.run(ADD, { input });
    expect(added.data).toEqual({
      addAlternateId: {
        __typename: "AddAlternateIdSuccess",
        thing: { id: String(thing.id), alternateIds: [{ alternateId: "12N.3E.4.111", organization: "PLSS", relation: "PLSS" }] },
      },
    });
    const again = await api.run(ADD, { input });
    expect(again.data?.addAlternateId).toMatchObject({ __typename: "ConflictError", constraint: "uq_thing_id_link_thing_org_relation_id" });
    const removed = await api.run(REMOVE, { input });
    expect(removed.data).toEqual({ removeAlternateId: { __typename: "RemoveAlternateIdSuccess", thing: { alternateIds: [] } } });
    const missing = await api.run(REMOVE, { input });
    expect(missing.data?.removeAlternateId).toMatchObject({ __typename: "NotFoundError", entity: "AlternateId" });
  });

  it("rejects a blank id and an unknown thing", async () => {
    const thing = await createThing(api.db.prisma);
    const blank = await api.run(ADD, { input: { thingId: String(thing.id), alternateId: " ", organization: "USGS", relation: "same_as" } });
    expect(blank.data?.addAlternateId).toEqual({
      __typename: "ValidationError",
      message: "Alternate id must not be empty",
      fieldErrors: [{ path: ["input", "alternateId"], message: "Alternate id must not be empty" }],
    });
    const unknown = await api.run(ADD, { input: { thingId: "999999", alternateId: "1", organization: "USGS", relation: "same_as" } });
    expect(unknown.data?.addAlternateId).toEqual({ __typename: "NotFoundError", message: "Thing 999999 not found", entity: "Thing", id: "999999" });
  });
});
