/**
 * GET /geojson/things: the GIS download. Same features as `Query.thingsGeoJSON` (the shared
 * domain code), released sites only, filtered by group and types, served as an attachment.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { findThingsFeatureCollection } from "../src/domain/maps/thingsFeatureCollection.js";
import { ANONYMOUS_VIEWER } from "../src/domain/visibility/viewer.js";
import type { RunningServer } from "../src/server/createServer.js";
import { createGroupWith, createLocationFor, createThing, uniqueName } from "./support/factories.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";
import { startTestServer } from "./support/testServer.js";

let db: TestDatabase;
let server: RunningServer;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

interface FeatureCollection {
  type: string;
  features: { type: string; id: number; geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[];
}

async function download(query: string) {
  const response = await fetch(`${server.url}/geojson/things?${query}`);
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    disposition: response.headers.get("content-disposition"),
    body: (await response.json()) as FeatureCollection & { error?: { code: string; message: string } },
  };
}

describe("GET /geojson/things", () => {
  const group = uniqueName("Collabnet");
  const names: Record<string, string> = {};

  beforeAll(async () => {
    const prisma = db.prisma;
    const make = async (key: string, data: Record<string, unknown>, latitude: number) => {
      const thing = await createThing(prisma, { name: uniqueName(key), ...data });
      await createLocationFor(prisma, thing.id, { latitude, longitude: -106.5, elevation: 1500, releaseStatus: "public" });
      names[key] = thing.name;
      return thing;
    };
    const wellA = await make("W1", { releaseStatus: "public", wellDepth: 120 }, 34.1);
    const wellB = await make("W2", { releaseStatus: "published" }, 34.2);
    const draft = await make("W3", { releaseStatus: "draft" }, 34.3);
    const spring = await make("S1", { thingType: "spring", releaseStatus: "public" }, 34.4);
    await make("OUT", { releaseStatus: "public" }, 34.5); // not in the group
    await createGroupWith(prisma, [wellA.id, wellB.id, draft.id, spring.id], group);
  });

  it("downloads the released wells of a group as a GeoJSON attachment", async () => {
    const { status, contentType, disposition, body } = await download(`group=${encodeURIComponent(group)}&thingType=WATER_WELL`);
    expect(status).toBe(200);
    expect(contentType).toBe("application/geo+json; charset=utf-8");
    expect(disposition).toBe(`attachment; filename="things_${group}_WATER_WELL.geojson"`);
    expect(body.type).toBe("FeatureCollection");
    expect(body.features.map((f) => f.properties.name)).toEqual([names.W1, names.W2]);
    const [first] = body.features;
    expect(first?.geometry).toEqual({ type: "Point", coordinates: [-106.5, 34.1, 1500] });
    expect(first?.properties).toEqual(
      expect.objectContaining({ thing_type: "WATER_WELL", release_status: "PUBLIC", well_depth_ft: 120, groups: [group] }),
    );
    // Exactly what the GraphQL field's domain code builds for the same filter.
    const same = await findThingsFeatureCollection(db.prisma, ANONYMOUS_VIEWER, {
      groupName: group,
      thingTypes: ["water well"],
      releaseStatuses: ["public", "published"],
    });
    expect(body).toEqual(JSON.parse(JSON.stringify(same)));
  });

  it("takes thingType repeatedly (any of them) and defaults to every type", async () => {
    const both = await download(`group=${encodeURIComponent(group)}&thingType=WATER_WELL&thingType=SPRING`);
    expect(both.body.features.map((f) => f.properties.name)).toEqual([names.W1, names.W2, names.S1]);
    expect(both.disposition).toBe(`attachment; filename="things_${group}_WATER_WELL_SPRING.geojson"`);
    const all = await download(`group=${encodeURIComponent(group)}`);
    expect(all.body.features.map((f) => f.properties.name)).toEqual([names.W1, names.W2, names.S1]);
  });

  it("never includes unreleased sites, nor sites whose current location is unreleased", async () => {
    const hiddenAt = await createThing(db.prisma, { name: uniqueName("W4"), releaseStatus: "public" });
    await createLocationFor(db.prisma, hiddenAt.id, { releaseStatus: "private" });
    const { id: groupId } = await db.prisma.group.findFirstOrThrow({ where: { name: group } });
    await db.prisma.groupThingAssociation.create({ data: { thingId: hiddenAt.id, groupId } });
    const { body } = await download(`group=${encodeURIComponent(group)}`);
    expect(body.features.map((f) => f.properties.name)).toEqual([names.W1, names.W2, names.S1]);
    expect(body.features.map((f) => f.properties.name)).not.toContain(names.W3);
    expect(new Set(body.features.map((f) => f.properties.release_status))).toEqual(new Set(["PUBLIC", "PUBLISHED"]));
  });

  it("gives an empty collection for an unknown group", async () => {
    const { status, body, disposition } = await download(`group=${uniqueName("none")}&thingType=SPRING`);
    expect(status).toBe(200);
    expect(body).toEqual({ type: "FeatureCollection", features: [] });
    expect(disposition).toMatch(/^attachment; filename="things_none-[0-9a-f]+_SPRING\.geojson"$/);
  });

  it("rejects an unknown thingType and a repeated group with 400 BAD_USER_INPUT", async () => {
    const badType = await download("thingType=WELL");
    expect(badType.status).toBe(400);
    expect(badType.body.error).toEqual(
      expect.objectContaining({
        code: "BAD_USER_INPUT",
        message: '"WELL" is not a thingType; valid values: WATER_WELL, SPRING, PERENNIAL_STREAM, EPHEMERAL_STREAM, METEOROLOGICAL_STATION',
      }),
    );
    const twoGroups = await download("group=a&group=b");
    expect(twoGroups.status).toBe(400);
    expect(twoGroups.body.error?.message).toBe('Query parameter "group" may be given once');
  });

  it("adds the latest released level with latestLevel=true, exactly as thingsGeoJSON(latestLevel: true), and rejects other values", async () => {
    const query = `group=${encodeURIComponent(group)}&thingType=WATER_WELL&latestLevel=true`;
    const { status, body } = await download(query);
    expect(status).toBe(200);
    expect(body.features.map((f) => [f.properties.name, f.properties.latest_measured_at, f.properties.water_elevation_ft])).toEqual([
      [names.W1, null, null],
      [names.W2, null, null],
    ]);
    const same = await findThingsFeatureCollection(
      db.prisma,
      ANONYMOUS_VIEWER,
      { groupName: group, thingTypes: ["water well"], releaseStatuses: ["public", "published"] },
      { latestLevel: true },
    );
    expect(body).toEqual(JSON.parse(JSON.stringify(same)));
    expect((await download(`group=${encodeURIComponent(group)}&latestLevel=false`)).body.features[0]?.properties).not.toHaveProperty("latest_measured_at");
    const bad = await download("latestLevel=yes");
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toBe('Query parameter "latestLevel" must be given once, as true or false');
  });

  it("makes the file name safe for any group name", async () => {
    const { disposition } = await download(`group=${encodeURIComponent('a/b "c"\r\nd')}`);
    expect(disposition).toBe('attachment; filename="things_a_b_c_d.geojson"');
  });
});
