/**
 * Lists of things (`things`, `wells`, `springs`): the BDD features "thing query parameters" (§5)
 * and "thing type path parameters" (§6), every filter (name, name contains, group, several
 * types, release statuses, bounding box, near in miles and kilometres against hand-computed
 * great-circle distances), every ordering in both directions, keyset paging through all pages,
 * and the page-size cap.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createGroupWith, createLocationFor, createThing, uniqueName } from "./support/factories.js";
import { createDeployment, createSensor } from "./support/seriesFactories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";
import { day } from "./support/wellFactories.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

interface Node {
  __typename: string;
  id: string;
  name: string;
  thingType: string;
}

interface ListResult {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Node }[];
}

const LIST_FIELDS = `totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { __typename id name thingType } }`;

function listQuery(field: "things" | "wells" | "springs"): string {
  return `query($filter: ThingFilter, $orderBy: ThingOrder, $first: Int, $after: String) {
    ${field}(filter: $filter, orderBy: $orderBy, first: $first, after: $after) { ${LIST_FIELDS} } }`;
}

async function list(
  field: "things" | "wells" | "springs",
  variables: Record<string, unknown>,
): Promise<{ page: ListResult; statements: number }> {
  const result = await api.run<Record<string, ListResult>>(listQuery(field), variables);
  expect(result.errors).toBeUndefined();
  const page = result.data?.[field];
  if (!page) throw new Error(`no ${field} in the result`);
  return { page, statements: result.statements };
}

async function namesOf(field: "things" | "wells" | "springs", filter: Record<string, unknown>): Promise<string[]> {
  const { page } = await list(field, { filter, first: 1000 });
  return page.edges.map((e) => e.node.name);
}

async function badInput(field: "things" | "wells" | "springs", variables: Record<string, unknown>) {
  const result = await api.run(listQuery(field), variables);
  expect(result.data).toBeNull();
  expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  return { message: result.errors?.[0]?.message, statements: result.statements };
}

// ---------------------------------------------------------------- BDD §5 and §6

/** Creates one thing of each kind, so that type filters have something to exclude. */
async function createOneOfEachType(): Promise<void> {
  await createThing(api.db.prisma);
  await createThing(api.db.prisma, { thingType: "spring", springType: "Perennial" });
  await createThing(api.db.prisma, { thingType: "meteorological station" });
  await createThing(api.db.prisma, { thingType: "perennial stream" });
}

describe("Thing query parameters", () => {
  beforeAll(createOneOfEachType);

  it("Filter things by type", async () => {
    const { page } = await list("things", { filter: { thingTypes: ["WATER_WELL"] }, first: 1000 });
    expect(page.edges.length).toBeGreaterThanOrEqual(1);
    expect(page.edges.every((e) => e.node.thingType === "WATER_WELL" && e.node.__typename === "Well")).toBe(true);
    expect(page.totalCount).toBe(await api.db.prisma.thing.count({ where: { thingType: "water well" } }));
  });

  it("Filter things by type (spring)", async () => {
    const { page } = await list("things", { filter: { thingTypes: ["SPRING"] }, first: 1000 });
    expect(page.edges.length).toBeGreaterThanOrEqual(1);
    expect(page.edges.every((e) => e.node.thingType === "SPRING" && e.node.__typename === "Spring")).toBe(true);
    expect(page.totalCount).toBe(await api.db.prisma.thing.count({ where: { thingType: "spring" } }));
  });
});

describe("Thing type path parameters", () => {
  beforeAll(createOneOfEachType);

  it("Get all Water Well Things", async () => {
    const { page } = await list("wells", { first: 1000 });
    expect(page.edges.length).toBeGreaterThanOrEqual(1);
    expect(page.edges.every((e) => e.node.thingType === "WATER_WELL" && e.node.__typename === "Well")).toBe(true);
    expect(page.totalCount).toBe(await api.db.prisma.thing.count({ where: { thingType: "water well" } }));
  });

  it("Get all Spring Things", async () => {
    const { page } = await list("springs", { first: 1000 });
    expect(page.edges.length).toBeGreaterThanOrEqual(1);
    expect(page.edges.every((e) => e.node.thingType === "SPRING" && e.node.__typename === "Spring")).toBe(true);
    expect(page.totalCount).toBe(await api.db.prisma.thing.count({ where: { thingType: "spring" } }));
  });
});

// ---------------------------------------------------------------- springs

describe("spring(id) and springs", () => {
  it("returns a spring with its details, and NOT_FOUND for a well or a missing id", async () => {
    const spring = await createThing(api.db.prisma, {
      name: uniqueName("Ojo"),
      thingType: "spring",
      springType: "Thermal",
      siteName: "Ojo Caliente Hot Springs",
      firstVisitDate: day("2014-10-08"),
      notes: { create: [{ noteType: "General", content: "Several vents feed the pools." }] },
    });
    const result = await api.run(
      `query($id: ID!) { spring(id: $id) { name springType siteName firstVisitDate notes { noteType content } } }`,
      { id: String(spring.id) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      spring: {
        name: spring.name,
        springType: "Thermal",
        siteName: "Ojo Caliente Hot Springs",
        firstVisitDate: "2014-10-08",
        notes: [{ noteType: "General", content: "Several vents feed the pools." }],
      },
    });

    const well = await createThing(api.db.prisma);
    for (const id of [String(well.id), "9999"]) {
      const missing = await api.run(`query($id: ID!) { spring(id: $id) { id } }`, { id });
      expect(missing.data).toEqual({ spring: null });
      expect(missing.errors?.[0]?.message).toBe(`Spring ${id} not found`);
      expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
  });

  it("ignores filter.thingTypes on typed lists", async () => {
    const groupName = uniqueName("typed");
    const spring = await createThing(api.db.prisma, { thingType: "spring" });
    const well = await createThing(api.db.prisma);
    await createGroupWith(api.db.prisma, [spring.id, well.id], groupName);
    expect(await namesOf("springs", { groupName, thingTypes: ["WATER_WELL"] })).toEqual([spring.name]);
    expect(await namesOf("wells", { groupName, thingTypes: ["SPRING"] })).toEqual([well.name]);
  });
});

// ---------------------------------------------------------------- non-spatial filters

describe("filters", () => {
  it("name matches exactly and case-sensitively", async () => {
    const stem = uniqueName("EXACT");
    const exact = await createThing(api.db.prisma, { name: stem });
    await createThing(api.db.prisma, { name: `${stem}0` });
    await createThing(api.db.prisma, { name: stem.toLowerCase() });
    await createThing(api.db.prisma, { name: stem, thingType: "spring" });
    expect(await namesOf("wells", { name: stem })).toEqual([exact.name]);
    expect(await namesOf("things", { name: stem })).toEqual([stem, stem]);
  });

  it("nameContains ignores case and takes % and _ literally", async () => {
    const stem = uniqueName("Contains").toLowerCase();
    const upper = await createThing(api.db.prisma, { name: `X-${stem.toUpperCase()}-1` });
    const lower = await createThing(api.db.prisma, { name: `${stem}-2` });
    const percent = await createThing(api.db.prisma, { name: `${stem}-50%` });
    await createThing(api.db.prisma, { name: `${stem}-500` });
    const underscore = await createThing(api.db.prisma, { name: `${stem}_x` });
    await createThing(api.db.prisma, { name: `${stem}-x` });
    expect(await namesOf("wells", { nameContains: stem })).toHaveLength(6);
    expect(await namesOf("wells", { nameContains: `${stem.toUpperCase()}-` })).toEqual(
      [upper, lower, percent, { name: `${stem}-500` }, { name: `${stem}-x` }].map((t) => t.name),
    );
    expect(await namesOf("wells", { nameContains: `${stem}-50%` })).toEqual([percent.name]);
    expect(await namesOf("wells", { nameContains: `${stem}_` })).toEqual([underscore.name]);
  });

  it("names and ids select any of several sites; unknown ones are simply absent", async () => {
    const stem = uniqueName("BATCH");
    const [a, b, c] = [await createThing(api.db.prisma, { name: `${stem}-A` }), await createThing(api.db.prisma, { name: `${stem}-B` }), await createThing(api.db.prisma, { name: `${stem}-C` })];
    const spring = await createThing(api.db.prisma, { name: `${stem}-A`, thingType: "spring" });
    expect(await namesOf("wells", { names: [c.name, a.name, `${stem}-missing`, a.name.toLowerCase()] })).toEqual([a.name, c.name]);
    expect((await list("things", { filter: { names: [a.name] }, first: 10 })).page.totalCount).toBe(2);
    expect(await namesOf("things", { ids: [String(b.id), String(spring.id), "99999999"] })).toEqual([b.name, spring.name]);
    expect(await namesOf("wells", { ids: [String(a.id), String(b.id)], names: [b.name, c.name] })).toEqual([b.name]);
    expect(await namesOf("wells", { ids: [] })).toEqual([]);
    expect(await namesOf("wells", { names: [] })).toEqual([]);
  });

  it("rejects a malformed id and more than 1,000 ids or names, before any SQL", async () => {
    expect(await badInput("wells", { filter: { ids: ["12", "x1"] } })).toEqual({
      message: 'Argument "filter.ids" must be a positive integer id (got "x1")',
      statements: 0,
    });
    const many = Array.from({ length: 1001 }, (_, i) => String(i + 1));
    expect(await badInput("wells", { filter: { ids: many } })).toEqual({
      message: 'Argument "filter.ids" may hold at most 1000 values (got 1001)',
      statements: 0,
    });
    expect((await badInput("things", { filter: { names: many } })).message).toBe('Argument "filter.names" may hold at most 1000 values (got 1001)');
    expect((await list("wells", { filter: { ids: many.slice(0, 1000) }, first: 1 })).page.edges).toHaveLength(1);
  });

  it("sensorType selects sites where a sensor of that type is deployed today", async () => {
    const today = new Date();
    const utcDay = (offsetDays: number) => new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + offsetDays));
    const stem = uniqueName("SOUNDER");
    const deployedAt = async (suffix: string, deployment: { installationDate?: Date | null; removalDate?: Date | null }, sensorType = "Acoustic Sounder") => {
      const well = await createThing(api.db.prisma, { name: `${stem}-${suffix}` });
      await createDeployment(api.db.prisma, well.id, (await createSensor(api.db.prisma, { sensorType })).id, deployment);
      return well;
    };
    const installed = await deployedAt("installed", { installationDate: utcDay(-30) });
    const undated = await deployedAt("undated", {});
    const removedToday = await deployedAt("removed-today", { installationDate: utcDay(-30), removalDate: utcDay(0) });
    await deployedAt("removed", { installationDate: utcDay(-30), removalDate: utcDay(-1) });
    await deployedAt("future", { installationDate: utcDay(2) });
    await deployedAt("transducer", { installationDate: utcDay(-30) }, "Pressure Transducer");
    expect(await namesOf("wells", { sensorType: "acoustic sounder", nameContains: stem })).toEqual(
      [installed, undated, removedToday].map((w) => w.name),
    );
    const unknown = await api.run(listQuery("wells"), { filter: { sensorType: "Sounder" } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("groupName, several thingTypes at once and releaseStatuses combine with AND", async () => {
    const groupName = uniqueName("combo");
    const well = await createThing(api.db.prisma, { releaseStatus: "public" });
    const draftWell = await createThing(api.db.prisma, { releaseStatus: "draft" });
    const spring = await createThing(api.db.prisma, { thingType: "spring", releaseStatus: "private" });
    const station = await createThing(api.db.prisma, { thingType: "meteorological station", releaseStatus: "public" });
    const stream = await createThing(api.db.prisma, { thingType: "ephemeral stream", releaseStatus: "public" });
    await createThing(api.db.prisma, { releaseStatus: "public" }); // not in the group
    await createGroupWith(api.db.prisma, [well.id, draftWell.id, spring.id, station.id, stream.id], groupName);

    expect(await namesOf("things", { groupName })).toEqual([well, draftWell, spring, station, stream].map((t) => t.name));
    expect(await namesOf("things", { groupName, thingTypes: ["WATER_WELL", "SPRING"] })).toEqual(
      [well, draftWell, spring].map((t) => t.name),
    );
    expect(await namesOf("things", { groupName, thingTypes: ["SPRING", "METEOROLOGICAL_STATION", "EPHEMERAL_STREAM"] })).toEqual(
      [spring, station, stream].map((t) => t.name),
    );
    expect(await namesOf("things", { groupName, releaseStatuses: ["DRAFT", "PRIVATE"] })).toEqual([draftWell, spring].map((t) => t.name));
    expect(
      await namesOf("things", { groupName, thingTypes: ["WATER_WELL"], releaseStatuses: ["PUBLIC"] }),
    ).toEqual([well.name]);
    expect(await namesOf("things", { groupName, thingTypes: [] })).toEqual([]);
    expect(await namesOf("things", { groupName: uniqueName("no-such-group") })).toEqual([]);
  });
});

// ---------------------------------------------------------------- spatial filters

/** The test's own haversine (mean Earth radius 6,371.0088 km), to check the hand-computed values. */
function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(lat2 - lat1) / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(rad(lon2 - lon1) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

const CENTRE = { latitude: 35.0, longitude: -106.0 };

/** A well in a fresh group at (latitude, longitude), optionally with an earlier, closed location. */
async function wellAt(groupName: string, latitude: number, longitude: number, formerly?: { latitude: number; longitude: number }) {
  const well = await createThing(api.db.prisma, { name: `${groupName}-${latitude.toFixed(4)},${longitude.toFixed(4)}` });
  if (formerly) {
    await createLocationFor(api.db.prisma, well.id, formerly, {
      effectiveStart: new Date("2000-01-01T00:00:00Z"),
      effectiveEnd: new Date("2010-01-01T00:00:00Z"),
    });
  }
  await createLocationFor(api.db.prisma, well.id, { latitude, longitude }, { effectiveStart: new Date("2010-01-01T00:00:00Z") });
  await addToGroup(groupName, well.id);
  return well;
}

async function addToGroup(groupName: string, thingId: number): Promise<void> {
  const group = await api.db.prisma.group.upsert({ where: { name: groupName }, create: { name: groupName }, update: {} });
  await api.db.prisma.groupThingAssociation.create({ data: { groupId: group.id, thingId } });
}

describe("bbox filter", () => {
  it("selects things whose current location is inside the box, edges included", async () => {
    const groupName = uniqueName("bbox");
    const box = { minLatitude: 34.0, minLongitude: -107.0, maxLatitude: 35.0, maxLongitude: -106.0 };
    const inside = await wellAt(groupName, 34.5, -106.5);
    const onCorner = await wellAt(groupName, 35.0, -106.0);
    await wellAt(groupName, 35.0001, -106.5); // north of the box
    await wellAt(groupName, 34.5, -105.9999); // east of the box
    await wellAt(groupName, 36.0, -108.0, { latitude: 34.5, longitude: -106.5 }); // moved out of the box
    const movedIn = await wellAt(groupName, 34.2, -106.8, { latitude: 40.0, longitude: -100.0 }); // moved into it
    await addToGroup(groupName, (await createThing(api.db.prisma)).id); // no location at all

    const { page, statements } = await list("wells", { filter: { groupName, bbox: box }, first: 10 });
    expect(page.edges.map((e) => e.node.name)).toEqual([inside, onCorner, movedIn].map((t) => t.name));
    expect(page.totalCount).toBe(3);
    expect(statements).toBe(1); // page and total in one statement (ADR 26)
  });

  it("rejects a box with coordinates out of range or min above max", async () => {
    const tooFar = await badInput("things", { filter: { bbox: { minLatitude: -91, minLongitude: 0, maxLatitude: 0, maxLongitude: 1 } } });
    expect(tooFar.message).toBe('Argument "filter.bbox.minLatitude" must be a latitude between -90 and 90 (got -91)');
    expect(tooFar.statements).toBe(0);
    const inverted = await badInput("things", { filter: { bbox: { minLatitude: 35, minLongitude: -106, maxLatitude: 34, maxLongitude: -105 } } });
    expect(inverted.message).toBe('Argument "filter.bbox" has minLatitude greater than maxLatitude');
    const across = await badInput("things", { filter: { bbox: { minLatitude: 34, minLongitude: 179, maxLatitude: 35, maxLongitude: -179 } } });
    expect(across.message).toMatch(/minLongitude greater than maxLongitude/);
  });
});

describe("near filter", () => {
  it("selects things within a distance in kilometres, by great-circle distance of the current location", async () => {
    // Hand-computed (haversine, R = 6371.0088 km) from 35°N 106°W:
    //   0.0899° north = 9.9964 km, 0.0900° north = 10.0076 km,
    //   0.1097° east  = 9.9921 km, 0.1098° east  = 10.0012 km (a degree of longitude is shorter),
    //   0.5° north    = 55.5975 km (inside "10" if kilometres were compared with degrees).
    expect(haversineKm(35, -106, 35.0899, -106)).toBeCloseTo(9.9964, 4);
    expect(haversineKm(35, -106, 35.09, -106)).toBeCloseTo(10.0076, 4);
    expect(haversineKm(35, -106, 35, -105.8903)).toBeCloseTo(9.9921, 4);
    expect(haversineKm(35, -106, 35, -105.8902)).toBeCloseTo(10.0012, 4);
    expect(haversineKm(35, -106, 35.5, -106)).toBeCloseTo(55.5975, 4);

    const groupName = uniqueName("nearkm");
    const centre = await wellAt(groupName, 35.0, -106.0);
    const northIn = await wellAt(groupName, 35.0899, -106.0);
    await wellAt(groupName, 35.09, -106.0);
    const eastIn = await wellAt(groupName, 35.0, -105.8903);
    await wellAt(groupName, 35.0, -105.8902);
    await wellAt(groupName, 35.5, -106.0);
    await wellAt(groupName, 36.0, -107.0, { latitude: 35.0, longitude: -106.0 }); // was at the centre, moved away
    const movedIn = await wellAt(groupName, 34.95, -106.0, { latitude: 30.0, longitude: -100.0 }); // 5.56 km south now

    const { page, statements } = await list("wells", {
      filter: { groupName, near: { ...CENTRE, distance: 10, unit: "KILOMETERS" } },
      first: 10,
    });
    expect(page.edges.map((e) => e.node.name)).toEqual([centre, northIn, eastIn, movedIn].map((t) => t.name));
    expect(page.totalCount).toBe(4);
    expect(statements).toBe(1); // page and total in one statement (ADR 26)
  });

  it("selects things within a distance in miles", async () => {
    // Hand-computed from 35°N 106°W (1 mile = 1.609344 km; 5 miles = 8.04672 km):
    //   0.0723° north = 4.99545 mi, 0.0724° north = 5.00236 mi,
    //   0.0883° east  = 4.99760 mi, 0.0884° east  = 5.00326 mi.
    const miles = (lat: number, lon: number) => haversineKm(35, -106, lat, lon) / 1.609344;
    expect(miles(35.0723, -106)).toBeCloseTo(4.99545, 4);
    expect(miles(35.0724, -106)).toBeCloseTo(5.00236, 4);
    expect(miles(35, -105.9117)).toBeCloseTo(4.9976, 4);
    expect(miles(35, -105.9116)).toBeCloseTo(5.00326, 4);

    const groupName = uniqueName("nearmi");
    const northIn = await wellAt(groupName, 35.0723, -106.0);
    await wellAt(groupName, 35.0724, -106.0);
    const eastIn = await wellAt(groupName, 35.0, -105.9117);
    await wellAt(groupName, 35.0, -105.9116);
    const westIn = await wellAt(groupName, 35.0, -106.0883);
    await wellAt(groupName, 35.0, -106.0884);

    const { page } = await list("things", { filter: { groupName, near: { ...CENTRE, distance: 5, unit: "MILES" } }, first: 10 });
    expect(page.edges.map((e) => e.node.name)).toEqual([northIn, eastIn, westIn].map((t) => t.name));
    expect(page.totalCount).toBe(3);

    // The same circle in kilometres selects the same things.
    const km = await list("things", { filter: { groupName, near: { ...CENTRE, distance: 8.04672, unit: "KILOMETERS" } }, first: 10 });
    expect(km.page.edges.map((e) => e.node.name)).toEqual([northIn, eastIn, westIn].map((t) => t.name));
  });

  it("combines with a bounding box and with the other filters", async () => {
    const groupName = uniqueName("nearbox");
    const a = await wellAt(groupName, 35.01, -106.0);
    await wellAt(groupName, 34.99, -106.0);
    const { page } = await list("wells", {
      filter: {
        groupName,
        near: { ...CENTRE, distance: 5, unit: "KILOMETERS" },
        bbox: { minLatitude: 35.0, minLongitude: -107, maxLatitude: 36, maxLongitude: -105 },
      },
    });
    expect(page.edges.map((e) => e.node.name)).toEqual([a.name]);
  });

  it("rejects a distance that is not positive or beyond half the Earth", async () => {
    const zero = await badInput("things", { filter: { near: { ...CENTRE, distance: 0, unit: "MILES" } } });
    expect(zero.message).toBe('Argument "filter.near.distance" must be greater than 0 and at most 20000 km (got 0 MILES)');
    expect(zero.statements).toBe(0);
    const far = await badInput("things", { filter: { near: { ...CENTRE, distance: 13000, unit: "MILES" } } });
    expect(far.message).toMatch(/^Argument "filter.near.distance" must be greater than 0/);
    const lat = await badInput("things", { filter: { near: { latitude: 95, longitude: 0, distance: 1, unit: "KILOMETERS" } } });
    expect(lat.message).toBe('Argument "filter.near.latitude" must be a latitude between -90 and 90 (got 95)');
  });
});

// ---------------------------------------------------------------- ordering and paging

type Field = "ID" | "NAME" | "CREATED_AT" | "WELL_DEPTH";
type Direction = "ASC" | "DESC";

interface Row {
  id: number;
  name: string;
  createdAt: Date;
  wellDepth: number | null;
}

/** The expected order, written independently of the SQL: value, then id; null depths last. */
function expectedOrder(rows: Row[], field: Field, direction: Direction): number[] {
  const sign = direction === "ASC" ? 1 : -1;
  const value = (r: Row): string | number | null =>
    field === "ID" ? r.id : field === "NAME" ? r.name : field === "CREATED_AT" ? r.createdAt.getTime() : r.wellDepth;
  return [...rows]
    .sort((x, y) => {
      const a = value(x);
      const b = value(y);
      if (a === null && b !== null) return 1;
      if (b === null && a !== null) return -1;
      if (a !== null && b !== null && a !== b) return (a < b ? -1 : 1) * sign;
      return (x.id - y.id) * sign;
    })
    .map((r) => r.id);
}

describe("orderBy and keyset paging", () => {
  const groupName = uniqueName("order");
  const rows: Row[] = [];

  beforeAll(async () => {
    const t0 = Date.parse("2025-01-01T00:00:00.000Z");
    const specs: [string, number | null, number][] = [
      // [name suffix, well depth, created_at offset in ms]; ties on every field.
      ["C", 100, 3],
      ["A", null, 1],
      ["E", 50, 5],
      ["B", 100, 1],
      ["A", 200, 2],
      ["D", null, 6],
      ["F", 75.5, 4],
    ];
    for (const [suffix, wellDepth, offset] of specs) {
      const thing = await createThing(api.db.prisma, {
        name: `${groupName}-${suffix}`,
        wellDepth,
        createdAt: new Date(t0 + offset),
      });
      rows.push({ id: thing.id, name: thing.name, createdAt: thing.createdAt, wellDepth: thing.wellDepth });
    }
    await createGroupWith(api.db.prisma, rows.map((r) => r.id), groupName);
  });

  const orderings: [Field, Direction][] = (["ID", "NAME", "CREATED_AT", "WELL_DEPTH"] as const).flatMap((f) =>
    (["ASC", "DESC"] as const).map((d): [Field, Direction] => [f, d]),
  );

  for (const [field, direction] of orderings) {
    it(`orders by ${field} ${direction} and pages through every edge once`, async () => {
      const expected = expectedOrder(rows, field, direction);
      const orderBy = { field, direction };
      const all = await list("wells", { filter: { groupName }, orderBy, first: 100 });
      expect(all.page.edges.map((e) => Number(e.node.id))).toEqual(expected);

      const seen: number[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const { page } = await list("wells", { filter: { groupName }, orderBy, first: 2, after });
        expect(page.totalCount).toBe(7);
        expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...page.edges.map((e) => Number(e.node.id)));
        pages += 1;
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(pages).toBe(4);
      expect(seen).toEqual(expected);
    });
  }

  it("orders things and springs as well as wells", async () => {
    const spring = await createThing(api.db.prisma, { thingType: "spring", name: `${groupName}-0` });
    const springGroup = uniqueName("order-springs");
    await createGroupWith(api.db.prisma, [...rows.map((r) => r.id), spring.id], springGroup);
    const things = await list("things", { filter: { groupName: springGroup }, orderBy: { field: "NAME", direction: "DESC" } });
    expect(things.page.edges.map((e) => Number(e.node.id))).toEqual([...expectedOrder(rows, "NAME", "DESC"), spring.id]);
    const springs = await list("springs", { filter: { groupName: springGroup }, orderBy: { field: "WELL_DEPTH", direction: "DESC" } });
    expect(springs.page.edges.map((e) => Number(e.node.id))).toEqual([spring.id]);
  });

  it("rejects a cursor of another ordering or a malformed one", async () => {
    const byName = await list("wells", { filter: { groupName }, orderBy: { field: "NAME", direction: "ASC" }, first: 1 });
    const cursor = byName.page.pageInfo.endCursor;
    const other = await badInput("wells", { filter: { groupName }, orderBy: { field: "WELL_DEPTH", direction: "ASC" }, after: cursor });
    expect(other.message).toBe('Argument "after" is not a cursor of this list and ordering');
    expect(other.statements).toBe(0);
    const reversed = await badInput("wells", { filter: { groupName }, orderBy: { field: "NAME", direction: "DESC" }, after: cursor });
    expect(reversed.message).toBe('Argument "after" is not a cursor of this list and ordering');
    const forged = Buffer.from(JSON.stringify(["WELL_DEPTH ASC", "deep", 1])).toString("base64url");
    expect((await badInput("wells", { orderBy: { field: "WELL_DEPTH", direction: "ASC" }, after: forged })).message).toBe(
      'Argument "after" is not a cursor of this list and ordering',
    );
  });
});

describe("page size", () => {
  it("defaults to 25 and is capped at 1,000 before any SQL", async () => {
    const groupName = uniqueName("pagesize");
    await api.db.prisma.thing.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({ name: `${groupName}-${String(i).padStart(2, "0")}`, thingType: "water well" })),
    });
    const ids = (await api.db.prisma.thing.findMany({ where: { name: { startsWith: groupName } }, select: { id: true } })).map((t) => t.id);
    await createGroupWith(api.db.prisma, ids, groupName);

    const byDefault = await list("things", { filter: { groupName } });
    expect(byDefault.page.edges).toHaveLength(25);
    expect(byDefault.page.pageInfo.hasNextPage).toBe(true);
    expect(byDefault.page.totalCount).toBe(30);
    expect((await list("things", { filter: { groupName }, first: 1000 })).page.edges).toHaveLength(30);

    const tooMany = await badInput("things", { first: 1001 });
    expect(tooMany.message).toBe('Argument "first" must be between 0 and 1000 (got 1001)');
    expect(tooMany.statements).toBe(0);
    expect((await badInput("springs", { first: -1 })).message).toBe('Argument "first" must be between 0 and 1000 (got -1)');
  });
});
