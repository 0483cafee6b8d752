/**
 * A real GIS client against /ogc: GDAL's OGC API – Features driver (`ogrinfo`, `ogr2ogr`, Debian
 * package gdal-bin, installed by .ci/run) lists every collection, pages through one by its next
 * links, and downloads a collection with a bbox into a GeoPackage whose features and attributes
 * are read back with ogrinfo.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { OGC_COLLECTIONS } from "../src/domain/maps/ogcCollections.js";
import type { RunningServer } from "../src/server/createServer.js";
import { createLocationFor, createThing } from "./support/factories.js";
import { createManualLevel } from "./support/seriesFactories.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";
import { startTestServer } from "./support/testServer.js";

const run = promisify(execFile);

let db: TestDatabase;
let server: RunningServer;
let dir: string;
const socorroWells: number[] = [];

async function gdal(tool: "ogrinfo" | "ogr2ogr", args: string[]): Promise<string> {
  try {
    const { stdout } = await run(tool, args, { timeout: 60_000, env: { ...process.env, GDAL_HTTP_TIMEOUT: "30", CPL_DEBUG: "OFF" } });
    return stdout;
  } catch (error) {
    if ((error as { code?: unknown }).code === "ENOENT") throw new Error(`${tool} is missing: install the Debian package gdal-bin (.ci/run does)`, { cause: error });
    throw error;
  }
}

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db);
  dir = await mkdtemp(join(tmpdir(), "ogc-gdal-"));
  // 24 released wells in a row of longitudes: the first 10 in Socorro county (-107.0 .. -106.1),
  // the rest further east; one draft well among them that no anonymous client may see.
  for (let i = 0; i < 24; i += 1) {
    const thing = await createThing(db.prisma, { name: `GDAL-${String(i).padStart(2, "0")}`, wellDepth: 100 + i });
    await createLocationFor(db.prisma, thing.id, { latitude: 34 + i / 100, longitude: -107 + i / 10, county: i < 10 ? "Socorro" : "Lincoln" });
    if (i < 10) socorroWells.push(thing.id);
    if (i % 3 === 0) await createManualLevel(db.prisma, thing.id, { measuredAt: new Date(`2021-0${1 + (i % 9)}-01T00:00:00Z`), value: 20 + i });
  }
  const hidden = await createThing(db.prisma, { name: "GDAL-draft", releaseStatus: "draft" });
  await createLocationFor(db.prisma, hidden.id, { latitude: 34.05, longitude: -106.95 });
}, 60_000);
afterAll(async () => {
  await server?.stop();
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("GDAL's OGC API – Features driver", () => {
  it("lists every collection", async () => {
    const out = await gdal("ogrinfo", ["-ro", "-q", `OAPIF:${server.url}/ogc`]);
    const layers = [...out.matchAll(/^\d+: (\S+)/gm)].map((m) => m[1]);
    expect(layers).toEqual(OGC_COLLECTIONS.map((c) => c.id));
  }, 60_000);

  it("pages through a collection by its next links and sees only released features", async () => {
    const out = await gdal("ogrinfo", ["-ro", "-oo", "PAGE_SIZE=5", "-al", "-q", `OAPIF:${server.url}/ogc`, "wells"]);
    const names = [...out.matchAll(/^\s+name \(String\) = (\S+)$/gm)].map((m) => m[1]);
    expect(names).toEqual(Array.from({ length: 24 }, (_, i) => `GDAL-${String(i).padStart(2, "0")}`));
  }, 60_000);

  it("downloads a collection with a bbox into a GeoPackage with the expected features and attributes", async () => {
    const gpkg = join(dir, "socorro.gpkg");
    // Longitudes -107.0 .. -106.1 (wells 0..9), latitudes 34.00 .. 34.09.
    await gdal("ogr2ogr", ["-f", "GPKG", gpkg, `OAPIF:${server.url}/ogc`, "wells", "-spat", "-107.01", "33.9", "-106.05", "34.5"]);
    const summary = await gdal("ogrinfo", ["-ro", "-so", gpkg, "wells"]);
    expect(summary).toMatch(/^Feature Count: 10$/m);
    expect(summary).toMatch(/^Geometry: Point$/m);
    for (const field of ["site_id: Integer", "name: String", "county: String", "well_depth_ft: Real", "elevation_ft: Real", "thing_type: String"]) {
      expect(summary).toContain(field);
    }
    const features = await gdal("ogrinfo", ["-ro", "-q", gpkg, "wells"]);
    const counties = [...features.matchAll(/^\s+county \(String\) = (\S+)$/gm)].map((m) => m[1]);
    expect(counties).toEqual(Array(10).fill("Socorro"));
    const depths = [...features.matchAll(/^\s+well_depth_ft \(Real\) = (\S+)$/gm)].map((m) => Number(m[1]));
    expect(depths).toEqual(Array.from({ length: 10 }, (_, i) => 100 + i));
    expect(features).toContain("POINT (-107 34)");
    expect(features).not.toContain("GDAL-draft");
    const siteIds = [...features.matchAll(/^\s+site_id \(Integer\) = (\d+)$/gm)].map((m) => Number(m[1]));
    expect(siteIds).toEqual(socorroWells);
  }, 60_000);

  it("reads a layer with time and numbers (latest depth to water)", async () => {
    const out = await gdal("ogrinfo", ["-ro", "-al", "-q", `OAPIF:${server.url}/ogc`, "latest-depth-to-water"]);
    const depths = [...out.matchAll(/^\s+depth_to_water_ft \(Real\) = (\S+)$/gm)].map((m) => Number(m[1]));
    expect(depths).toEqual([20, 23, 26, 29, 32, 35, 38, 41]);
    expect(out).toMatch(/measured_at \(DateTime\) = 2021\/01\/01 00:00:00(\.000)?\+00/);
  }, 60_000);
});
