/**
 * `thingsGeoJSON(filter)`: acceptance criteria "Geojson Response" (acceptance-bdd.md §1, decision
 * 8's fixture of three wells, two in group "Collabnet", plus a spring), the feature shape, and the
 * one-statement contract.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { findThingsFeatureCollection } from "../src/domain/maps/thingsFeatureCollection.js";
import { FULL_VIEWER } from "../src/domain/visibility/viewer.js";
import { createGroupWith, createLocationFor, createThing, uniqueName } from "./support/factories.js";
import { createManualLevel, createMeasuringPoint } from "./support/seriesFactories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";
import { asApiError } from "./support/asApiError.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

interface Feature {
  type: string;
  id: number;
  geometry: { type: string; coordinates: number[] };
  properties: Record<string, unknown> & { name: string };
}
interface FeatureCollection {
  type: string;
  features: Feature[];
}

const GEOJSON = `query($filter: ThingFilter) { thingsGeoJSON(filter: $filter) }`;

async function geojson(filter: Record<string, unknown>) {
  const result = await api.run<{ thingsGeoJSON: FeatureCollection }>(GEOJSON, { filter });
  expect(result.errors).toBeUndefined();
  const collection = result.data?.thingsGeoJSON;
  if (!collection) throw new Error("no GeoJSON returned");
  return { collection, statements: result.statements };
}

describe("Geojson Response", () => {
  // The fixture of the acceptance criteria: three wells, two of them in group "Collabnet", and a
  // spring (also in the group). Names and the group name are unique so that other data in the
  // database cannot change the counts.
  const stem = uniqueName("Fixture");
  const collabnet = uniqueName("Collabnet");
  let wellNames: string[] = [];

  beforeAll(async () => {
    const wells = [];
    for (let i = 1; i <= 3; i += 1) {
      const well = await createThing(api.db.prisma, { name: `${stem}-W${i}` });
      await createLocationFor(api.db.prisma, well.id, { latitude: 34 + i / 10, longitude: -106.9 });
      wells.push(well);
    }
    const spring = await createThing(api.db.prisma, { name: `${stem}-S1`, thingType: "spring" });
    await createLocationFor(api.db.prisma, spring.id, { latitude: 34.5, longitude: -107 });
    const [first, second] = wells;
    if (!first || !second) throw new Error("fixture wells missing");
    await createGroupWith(api.db.prisma, [first.id, second.id, spring.id], collabnet);
    wellNames = wells.map((w) => w.name);
  });

  it("Request all wells as geojson: a FeatureCollection with exactly the 3 wells", async () => {
    const { collection } = await geojson({ thingTypes: ["WATER_WELL"], nameContains: stem });
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features).toHaveLength(3);
    expect(collection.features.map((f) => f.properties.name)).toEqual(wellNames);
    expect(collection.features.every((f) => f.type === "Feature" && f.geometry.type === "Point")).toBe(true);
    expect(collection.features.every((f) => f.properties.thing_type === "WATER_WELL")).toBe(true);
  });

  it("Request all wells in a group as geojson: exactly the 2 wells of group Collabnet", async () => {
    const { collection } = await geojson({ thingTypes: ["WATER_WELL"], groupName: collabnet });
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features.map((f) => f.properties.name)).toEqual(wellNames.slice(0, 2));
    expect(collection.features.map((f) => f.properties.groups)).toEqual([[collabnet], [collabnet]]);
  });
});

describe("thingsGeoJSON", () => {
  it("gives each site a Point [longitude, latitude, elevation m] and its key properties", async () => {
    const well = await createThing(api.db.prisma, {
      name: uniqueName("NM"),
      siteName: "Windmill Well",
      wellDepth: 250,
      holeDepth: 260.5,
      releaseStatus: "provisional",
    });
    const location = await createLocationFor(api.db.prisma, well.id, {
      latitude: 34.0583,
      longitude: -106.8914,
      elevation: 1398.27,
      elevationMethod: "Global positioning system (GPS)",
    });
    const groupB = await createGroupWith(api.db.prisma, [well.id], uniqueName("B-group"));
    const groupA = await createGroupWith(api.db.prisma, [well.id], uniqueName("A-group"));
    const { collection } = await geojson({ nameContains: well.name });
    expect(collection).toEqual({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          id: well.id,
          geometry: { type: "Point", coordinates: [-106.8914, 34.0583, 1398.27] },
          properties: {
            id: well.id,
            name: well.name,
            thing_type: "WATER_WELL",
            release_status: "PROVISIONAL",
            site_name: "Windmill Well",
            well_depth_ft: 250,
            hole_depth_ft: 260.5,
            elevation_ft: 4587.5, // 1398.27 m / 0.3048
            vertical_datum: "NAVD88",
            elevation_method: "Global positioning system (GPS)",
            location_id: location.id,
            groups: [groupA.name, groupB.name],
          },
        },
      ],
    });
  });

  it("uses the current location, gives two positions without elevation, and leaves out sites without a location", async () => {
    const stem = uniqueName("Located");
    const moved = await createThing(api.db.prisma, { name: `${stem}-moved` });
    await createLocationFor(api.db.prisma, moved.id, { latitude: 33, longitude: -105 }, {
      effectiveStart: new Date("2019-01-01T00:00:00Z"),
      effectiveEnd: new Date("2020-01-01T00:00:00Z"),
    });
    await createLocationFor(api.db.prisma, moved.id, { latitude: 33.5, longitude: -105.5, elevation: null }, {
      effectiveStart: new Date("2020-01-01T00:00:00Z"),
    });
    const gone = await createThing(api.db.prisma, { name: `${stem}-gone` });
    await createLocationFor(api.db.prisma, gone.id, { latitude: 33, longitude: -105 }, {
      effectiveStart: new Date("2019-01-01T00:00:00Z"),
      effectiveEnd: new Date("2020-01-01T00:00:00Z"),
    });
    await createThing(api.db.prisma, { name: `${stem}-never` });
    const { collection } = await geojson({ nameContains: stem });
    expect(collection.features.map((f) => ({ name: f.properties.name, coordinates: f.geometry.coordinates, elevation: f.properties.elevation_ft }))).toEqual([
      { name: `${stem}-moved`, coordinates: [-105.5, 33.5], elevation: null },
    ]);
  });

  it("honours the spatial filters shared with things(): a bounding box", async () => {
    const stem = uniqueName("Boxed");
    const inside = await createThing(api.db.prisma, { name: `${stem}-in` });
    await createLocationFor(api.db.prisma, inside.id, { latitude: 36.5, longitude: -108.5 });
    const outside = await createThing(api.db.prisma, { name: `${stem}-out` });
    await createLocationFor(api.db.prisma, outside.id, { latitude: 32.5, longitude: -104.5 });
    const { collection } = await geojson({
      nameContains: stem,
      bbox: { minLatitude: 36, maxLatitude: 37, minLongitude: -109, maxLongitude: -108 },
    });
    expect(collection.features.map((f) => f.properties.name)).toEqual([`${stem}-in`]);
  });

  it("is one SQL statement for 3 and for 60 features", async () => {
    const stem = uniqueName("Many");
    const group = uniqueName("Many-group");
    const ids: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      const well = await createThing(api.db.prisma, { name: `${stem}-${String(i).padStart(2, "0")}` });
      await createLocationFor(api.db.prisma, well.id);
      ids.push(well.id);
    }
    await createGroupWith(api.db.prisma, ids, group);
    const few = await geojson({ nameContains: `${stem}-0`, thingTypes: ["WATER_WELL"] });
    const many = await geojson({ groupName: group });
    expect(few.collection.features).toHaveLength(10);
    expect(many.collection.features.map((f) => f.id)).toEqual(ids);
    expect(few.statements).toBe(1);
    expect(many.statements).toBe(1);
  });

  it("with latestLevel, adds each site's latest measured level and water elevation, still in one statement", async () => {
    const stem = uniqueName("Latest");
    const measured = await createThing(api.db.prisma, { name: `${stem}-1`, releaseStatus: "public" });
    await createLocationFor(api.db.prisma, measured.id, { elevation: 1500, releaseStatus: "public" });
    await createMeasuringPoint(api.db.prisma, measured.id, { height: 2, startDate: "2020-01-01" });
    await createManualLevel(api.db.prisma, measured.id, { measuredAt: new Date("2024-05-01T16:00:00Z"), value: 102.5 });
    await createManualLevel(api.db.prisma, measured.id, { measuredAt: new Date("2024-06-01T16:00:00Z"), value: 110 });
    // Newer, but no level could be measured: the latest measured one stays June's.
    await createManualLevel(api.db.prisma, measured.id, { measuredAt: new Date("2024-07-01T16:00:00Z"), value: null, reason: "Site was dry" });
    // Newest of all, but unreleased: only callers with a role see it.
    await createManualLevel(api.db.prisma, measured.id, { measuredAt: new Date("2024-08-01T16:00:00Z"), value: 90, releaseStatus: "draft" });
    const unmeasured = await createThing(api.db.prisma, { name: `${stem}-2`, releaseStatus: "public" });
    await createLocationFor(api.db.prisma, unmeasured.id, { releaseStatus: "public" });

    const query = `query($filter: ThingFilter) { thingsGeoJSON(filter: $filter, latestLevel: true) }`;
    const run = async (as: "admin" | "anonymous") => {
      const result = await api.run<{ thingsGeoJSON: FeatureCollection }>(query, { filter: { nameContains: stem } }, { as });
      expect(result.errors).toBeUndefined();
      return { features: result.data?.thingsGeoJSON.features ?? [], statements: result.statements };
    };
    const pick = (f: Feature) => [f.properties.name, f.properties.latest_measured_at, f.properties.latest_depth_to_water_ft, f.properties.water_elevation_ft];
    const admin = await run("admin");
    expect(admin.features.map(pick)).toEqual([
      [measured.name, "2024-08-01T16:00:00.000Z", 88, 4833.26], // 1500 m = 4921.26 ft; 90 - 2 ft below ground
      [unmeasured.name, null, null, null],
    ]);
    expect(admin.statements).toBe(1);
    expect((await run("anonymous")).features.map(pick)).toEqual([
      [measured.name, "2024-06-01T16:00:00.000Z", 108, 4813.26],
      [unmeasured.name, null, null, null],
    ]);
    // Without the argument the properties stay as they were.
    const { collection } = await geojson({ nameContains: stem });
    expect(collection.features[0]?.properties).not.toHaveProperty("latest_measured_at");
  });

  it("rejects a filter matching more sites than the maximum with BAD_USER_INPUT", async () => {
    const stem = uniqueName("Capped");
    for (let i = 0; i < 3; i += 1) {
      const well = await createThing(api.db.prisma, { name: `${stem}-${i}` });
      await createLocationFor(api.db.prisma, well.id);
    }
    await expect(findThingsFeatureCollection(api.db.prisma, FULL_VIEWER, { nameContains: stem }, { maxFeatures: 3 })).resolves.toMatchObject({
      features: [{}, {}, {}],
    });
    await expect(asApiError(findThingsFeatureCollection(api.db.prisma, FULL_VIEWER, { nameContains: stem }, { maxFeatures: 2 }))).rejects.toMatchObject({
      message: "More than 2 sites match; narrow the filter (for example by thingTypes, groupName or bbox)",
      extensions: { code: "BAD_USER_INPUT", argument: "filter", limit: 2 },
    });
  });

  it("rejects an invalid filter before any SQL", async () => {
    const result = await api.run(GEOJSON, {
      filter: { bbox: { minLatitude: 37, maxLatitude: 36, minLongitude: -109, maxLongitude: -108 } },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.statements).toBe(0);
  });
});
