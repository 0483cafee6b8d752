/**
 * Locations: placing and relocating things (the open association closes, a new one opens, also
 * under concurrency), coordinates in range, elevation in feet or metres, partial updates.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createLocationFor, createThing } from "./support/factories.js";
import { ERROR_FIELDS, errorFields } from "./support/mutationFactories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const SET = `mutation($input: SetThingLocationInput!) { setThingLocation(input: $input) {
  ${ERROR_FIELDS}
  ... on SetThingLocationSuccess { thing { id currentLocation { id } } location { id latitude longitude elevation { value unit } elevationMethod } } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateLocationInput!) { updateLocation(id: $id, input: $input) {
  ${errorFields("ValidationError", "NotFoundError")}
  ... on UpdateLocationSuccess { location { id latitude longitude elevation { value unit } } } } }`;

interface SetResult {
  setThingLocation: {
    __typename: string;
    thing?: { id: string; currentLocation: { id: string } | null };
    location?: { id: string; latitude: number; longitude: number; elevation: { value: number; unit: string } | null; elevationMethod: string | null };
  } & Record<string, unknown>;
}

describe("setThingLocation", () => {
  it("places a thing at a new location with the elevation given in feet (stored in metres)", async () => {
    const thing = await createThing(api.db.prisma);
    const result = await api.run<SetResult>(SET, {
      input: {
        thingId: String(thing.id),
        location: { latitude: 35.1, longitude: -106.6, elevation: { value: 5000, unit: "FOOT" }, elevationMethod: "Global positioning system (GPS)" },
      },
    });
    const payload = result.data?.setThingLocation;
    expect(payload?.__typename).toBe("SetThingLocationSuccess");
    expect(payload?.location).toEqual({
      id: payload?.thing?.currentLocation?.id,
      latitude: 35.1,
      longitude: -106.6,
      elevation: { value: 5000, unit: "FOOT" },
      elevationMethod: "Global positioning system (GPS)",
    });
    const row = await api.db.prisma.location.findUniqueOrThrow({ where: { id: Number(payload?.location?.id) } });
    expect(row.elevation).toBe(1524);
  });

  it("relocates: closes the open association at the new start and opens a new one", async () => {
    const thing = await createThing(api.db.prisma);
    const old = await createLocationFor(api.db.prisma, thing.id, {}, { effectiveStart: new Date("2020-01-01T00:00:00Z") });
    const target = await api.db.prisma.location.create({ data: { latitude: 36, longitude: -107 } });
    const result = await api.run<SetResult>(SET, {
      input: { thingId: String(thing.id), locationId: String(target.id), effectiveStart: "2024-05-01T08:00:00-06:00" },
    });
    expect(result.data?.setThingLocation.thing).toEqual({ id: String(thing.id), currentLocation: { id: String(target.id) } });
    const links = await api.db.prisma.locationThingAssociation.findMany({ where: { thingId: thing.id }, orderBy: { id: "asc" } });
    expect(links.map((l) => [l.locationId, l.effectiveStart.toISOString(), l.effectiveEnd?.toISOString() ?? null])).toEqual([
      [old.id, "2020-01-01T00:00:00.000Z", "2024-05-01T14:00:00.000Z"],
      [target.id, "2024-05-01T14:00:00.000Z", null],
    ]);
  });

  it("lists every invalid field: out-of-range coordinates, inch elevation, a start before the current one", async () => {
    const thing = await createThing(api.db.prisma);
    await createLocationFor(api.db.prisma, thing.id, {}, { effectiveStart: new Date("2024-01-01T00:00:00Z") });
    const before = await api.db.prisma.location.count();
    const result = await api.run<SetResult>(SET, {
      input: {
        thingId: String(thing.id),
        location: { latitude: -91, longitude: 181, elevation: { value: 10, unit: "INCH" } },
        effectiveStart: "2023-12-31T00:00:00Z",
      },
    });
    expect(result.data?.setThingLocation).toEqual({
      __typename: "ValidationError",
      message: expect.any(String),
      fieldErrors: [
        { path: ["input", "location", "latitude"], message: "Latitude must be between -90 and 90" },
        { path: ["input", "location", "longitude"], message: "Longitude must be between -180 and 180" },
        { path: ["input", "location", "elevation"], message: "Elevation must be given in FOOT or METER" },
        {
          path: ["input", "effectiveStart"],
          message: "Effective start must not be before the start of the current location (2024-01-01T00:00:00.000Z)",
        },
      ],
    });
    expect(await api.db.prisma.location.count()).toBe(before);
    expect(await api.db.prisma.locationThingAssociation.count({ where: { thingId: thing.id, effectiveEnd: null } })).toBe(1);
  });

  it("gives NotFoundError for a missing thing or location", async () => {
    const missingThing = await api.run<SetResult>(SET, { input: { thingId: "999999", location: { latitude: 1, longitude: 1 } } });
    expect(missingThing.data?.setThingLocation).toEqual({ __typename: "NotFoundError", message: "Thing 999999 not found", entity: "Thing", id: "999999" });
    const thing = await createThing(api.db.prisma);
    const missingLocation = await api.run<SetResult>(SET, { input: { thingId: String(thing.id), locationId: "999999" } });
    expect(missingLocation.data?.setThingLocation).toMatchObject({ __typename: "NotFoundError", entity: "Location", id: "999999" });
  });

  it("serialises concurrent relocations of one thing: one open association remains", async () => {
    const thing = await createThing(api.db.prisma);
    await createLocationFor(api.db.prisma, thing.id, {}, { effectiveStart: new Date("2020-01-01T00:00:00Z") });
    const results = await Promise.all(
      [1, 2, 3, 4].map((i) =>
        api.run<SetResult>(SET, { input: { thingId: String(thing.id), location: { latitude: 30 + i, longitude: -100 - i } } }),
      ),
    );
    expect(results.map((r) => r.data?.setThingLocation.__typename)).toEqual(Array(4).fill("SetThingLocationSuccess"));
    const links = await api.db.prisma.locationThingAssociation.findMany({ where: { thingId: thing.id }, orderBy: { effectiveStart: "asc" } });
    expect(links).toHaveLength(5);
    expect(links.filter((l) => l.effectiveEnd === null)).toHaveLength(1);
    // Each association ends exactly where the next begins.
    for (let i = 0; i + 1 < links.length; i += 1) expect(links[i]?.effectiveEnd).toEqual(links[i + 1]?.effectiveStart);
  });
});

describe("updateLocation", () => {
  it("changes given fields, clears nulls, converts the elevation, keeps the rest", async () => {
    const location = await api.db.prisma.location.create({
      data: { latitude: 34, longitude: -106, elevation: 1500, description: "By the windmill", county: "Socorro" },
    });
    const result = await api.run(UPDATE, { id: String(location.id), input: { elevation: { value: 1600, unit: "METER" }, description: null } });
    expect(result.data).toEqual({
      updateLocation: {
        __typename: "UpdateLocationSuccess",
        location: { id: String(location.id), latitude: 34, longitude: -106, elevation: { value: 5249.34, unit: "FOOT" } },
      },
    });
    const row = await api.db.prisma.location.findUniqueOrThrow({ where: { id: location.id } });
    expect([row.elevation, row.description, row.county]).toEqual([1600, null, "Socorro"]);
  });

  it("refuses to clear or put out of range the coordinates, and reports a missing location", async () => {
    const location = await api.db.prisma.location.create({ data: { latitude: 34, longitude: -106 } });
    const result = await api.run(UPDATE, { id: String(location.id), input: { latitude: null, longitude: -190 } });
    expect(result.data?.updateLocation).toEqual({
      __typename: "ValidationError",
      message: expect.any(String),
      fieldErrors: [
        { path: ["input", "latitude"], message: "Latitude cannot be null" },
        { path: ["input", "longitude"], message: "Longitude must be between -180 and 180" },
      ],
    });
    const missing = await api.run(UPDATE, { id: "999999", input: { county: "Luna" } });
    expect(missing.data?.updateLocation).toEqual({ __typename: "NotFoundError", message: "Location 999999 not found", entity: "Location", id: "999999" });
  });
});
