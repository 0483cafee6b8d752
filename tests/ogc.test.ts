/**
 * OGC API – Features under /ogc: the landing page, conformance, API definition, collections,
 * items with each parameter (bbox, bbox-crs, datetime, limit, offset, property filters, f),
 * paging links, visibility (anonymous: released only), problem documents, and one SQL statement
 * per items request.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { AuthenticationError } from "../src/auth/authErrors.js";
import { ADMIN_CALLER, ANONYMOUS_CALLER } from "../src/auth/caller.js";
import { findOgcCollection, timeOf } from "../src/domain/maps/ogcCollections.js";
import type { RunningServer } from "../src/server/createServer.js";
import { createLocationFor, createThing, uniqueName } from "./support/factories.js";
import { createDeployment, createManualLevel, createSensor, parameterId } from "./support/seriesFactories.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";
import { startTestServer } from "./support/testServer.js";

let db: TestDatabase;
let server: RunningServer;

interface Link {
  href: string;
  rel: string;
  type: string;
}
interface Feature {
  type: string;
  id: number;
  geometry: { type: string; coordinates: number[] };
  properties: Record<string, unknown>;
  links?: Link[];
}
interface Items {
  type: string;
  timeStamp: string;
  numberMatched: number;
  numberReturned: number;
  links: Link[];
  features: Feature[];
}

const ids: Record<string, number> = {};

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db, {}, {
    authenticator: {
      mode: "oidc",
      authenticate: async (header) => {
        if (header === "Bearer bad") throw new AuthenticationError("The token is invalid", { invalidToken: true });
        return { caller: header === "Bearer admin" ? ADMIN_CALLER : ANONYMOUS_CALLER, user: null };
      },
    },
  });
  const prisma = db.prisma;
  const site = async (key: string, data: Record<string, unknown>, location: Record<string, unknown>) => {
    const thing = await createThing(prisma, { name: uniqueName(key), ...data });
    await createLocationFor(prisma, thing.id, { releaseStatus: "public", ...location });
    ids[key] = thing.id;
    return thing.id;
  };
  const w1 = await site("W1", { releaseStatus: "public", wellDepth: 120 }, { latitude: 34.1, longitude: -106.9, elevation: 1500, county: "Socorro" });
  const w2 = await site("W2", { releaseStatus: "published", wellDepth: 80 }, { latitude: 35.1, longitude: -106.6, elevation: 1600, county: "Bernalillo" });
  const w3 = await site("W3", { releaseStatus: "draft" }, { latitude: 34.2, longitude: -106.8, county: "Socorro" });
  await site("W4", { releaseStatus: "public" }, { latitude: 34.3, longitude: -106.8, county: "Socorro", releaseStatus: "private" });
  const s1 = await site("S1", { thingType: "spring", releaseStatus: "public" }, { latitude: 33.0, longitude: -107.5, elevation: null, county: "Sierra" });

  // Levels: W1's latest is 2021-06-01 (55 ft below a 2 ft measuring point: 53 ft deep); W2's latest
  // released one is 2019, its later draft one only for signed-in roles; W3 (draft) has one too.
  await createManualLevel(prisma, w1, { measuredAt: new Date("2020-01-01T10:00:00Z"), value: 50 });
  await createManualLevel(prisma, w1, { measuredAt: new Date("2021-06-01T10:00:00Z"), value: 55, measuringPointHeight: 2 });
  await createManualLevel(prisma, w2, { measuredAt: new Date("2019-03-01T10:00:00Z"), value: 40 });
  await createManualLevel(prisma, w2, { measuredAt: new Date("2022-03-01T10:00:00Z"), value: 42, releaseStatus: "draft" });
  await createManualLevel(prisma, w3, { measuredAt: new Date("2021-01-01T10:00:00Z"), value: 10 });
  await createManualLevel(prisma, s1, { measuredAt: new Date("2021-02-01T10:00:00Z"), value: 3 });

  // Chemistry (µg/L is added to the lexicon: a unit the conversion rule knows).
  await prisma.lexiconTerm.create({ data: { term: "µg/L", definition: "micrograms per litre" } });
  const result = async (thingId: number, parameter: string, value: number, unit: string, at: string, releaseStatus = "public", sampleStatus = releaseStatus) => {
    const { sample } = await createManualLevel(prisma, thingId, { measuredAt: new Date(at), value, unit, releaseStatus, parameterId: await parameterId(prisma, parameter) });
    await prisma.sample.update({ where: { id: sample.id }, data: { releaseStatus: sampleStatus } });
  };
  await result(w1, "Arsenic", 0.005, "mg/L", "2018-05-01T00:00:00Z");
  await result(w1, "Arsenic", 0.02, "mg/L", "2020-05-01T00:00:00Z");
  await result(w1, "Arsenic", 0.001, "mg/L", "2022-05-01T00:00:00Z", "public", "draft"); // released result of an unreleased sample
  await result(w2, "Arsenic", 5, "µg/L", "2020-05-01T00:00:00Z");
  await result(w2, "Arsenic", 50, "µg/L", "2023-05-01T00:00:00Z", "draft");
  await result(w1, "Fluoride", 3, "mg/L", "2020-05-01T00:00:00Z");
  await result(s1, "Nitrate (as N)", 12, "mg/L as N", "2021-05-01T00:00:00Z");
  await result(w2, "Total Dissolved Solids", 900, "mg/L as CaCO3", "2021-05-01T00:00:00Z");
  await result(w2, "Uranium, total, by ICP-MS", 31, "µg/L", "2021-05-01T00:00:00Z");

  // Transducers: a pressure transducer at W2 (still installed), only a barometer at W1.
  await createDeployment(prisma, w2, (await createSensor(prisma)).id, { installationDate: new Date("2020-02-03T00:00:00Z") });
  await createDeployment(prisma, w1, (await createSensor(prisma, { sensorType: "Barometer" })).id);
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, { headers });
  const text = await response.text();
  return { status: response.status, type: response.headers.get("content-type"), text, headers: response.headers };
}

async function getJson<T = Record<string, unknown>>(path: string, headers: Record<string, string> = {}) {
  const response = await get(path, headers);
  return { ...response, body: JSON.parse(response.text) as T };
}

async function items(path: string, headers: Record<string, string> = {}) {
  return getJson<Items>(path, headers);
}

const names = (body: Items) => body.features.map((f) => f.id);

async function expectProblem(path: string, status: number, detail: RegExp | string, headers: Record<string, string> = {}) {
  const response = await getJson<{ title: string; status: number; detail: string; type: string }>(path, headers);
  expect(response.status).toBe(status);
  expect(response.type).toBe("application/problem+json; charset=utf-8");
  expect(response.body.status).toBe(status);
  if (typeof detail === "string") expect(response.body.detail).toBe(detail);
  else expect(response.body.detail).toMatch(detail);
  expect(response.text).not.toMatch(/ at |\.ts|node_modules/);
  return response;
}

describe("landing page, conformance, API definition", () => {
  it("links to itself, the API definition, the conformance classes and the collections", async () => {
    const { status, type, body } = await getJson<{ links: Link[] }>("/ogc");
    expect(status).toBe(200);
    expect(type).toBe("application/json; charset=utf-8");
    const rels = Object.fromEntries(body.links.map((l) => [l.rel, l]));
    expect(rels.self).toEqual(expect.objectContaining({ href: `${server.url}/ogc?f=json`, type: "application/json" }));
    expect(rels.alternate).toEqual(expect.objectContaining({ href: `${server.url}/ogc?f=html`, type: "text/html" }));
    expect(rels["service-desc"]).toEqual(expect.objectContaining({ href: `${server.url}/ogc/api`, type: "application/vnd.oai.openapi+json;version=3.0" }));
    expect(rels.conformance).toEqual(expect.objectContaining({ href: `${server.url}/ogc/conformance`, type: "application/json" }));
    expect(rels.data).toEqual(expect.objectContaining({ href: `${server.url}/ogc/collections`, type: "application/json" }));
  });

  it("declares Core, GeoJSON and OpenAPI 3.0", async () => {
    const { body } = await getJson<{ conformsTo: string[] }>("/ogc/conformance");
    expect(body.conformsTo).toEqual([
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    ]);
  });

  it("serves an OpenAPI 3.0 document naming every items route and its parameters", async () => {
    const { type, body } = await getJson<{ openapi: string; paths: Record<string, { get: { parameters: { $ref?: string; name?: string }[] } }>; components: { parameters: { limit: { schema: { maximum: number; default: number } } } } }>("/ogc/api");
    expect(type).toBe("application/vnd.oai.openapi+json;version=3.0");
    expect(body.openapi).toBe("3.0.3");
    expect(body.components.parameters.limit.schema).toEqual(expect.objectContaining({ maximum: 10_000, default: 100 }));
    const wells = body.paths["/collections/wells/items"]?.get.parameters.map((p) => p.$ref ?? p.name);
    expect(wells).toEqual(expect.arrayContaining(["#/components/parameters/bbox", "#/components/parameters/limit", "county", "well_depth_ft"]));
    expect(wells).not.toContain("#/components/parameters/datetime");
    expect(body.paths["/collections/latest-depth-to-water/items"]?.get.parameters).toContainEqual({ $ref: "#/components/parameters/datetime" });
    expect(body.paths["/collections/wells/items/{featureId}"]).toBeDefined();
  });
});

describe("collections", () => {
  it("lists every layer with links to its items", async () => {
    const { body } = await getJson<{ collections: { id: string; links: Link[]; crs: string[]; itemType: string }[] }>("/ogc/collections");
    expect(body.collections.map((c) => c.id)).toEqual([
      "wells",
      "springs",
      "sites",
      "latest-depth-to-water",
      "water-level-elevation",
      "latest-total-dissolved-solids",
      "latest-nitrate",
      "latest-arsenic",
      "latest-uranium",
      "latest-fluoride",
      "transducer-sites",
    ]);
    for (const collection of body.collections) {
      expect(collection.itemType).toBe("feature");
      expect(collection.crs).toEqual(["http://www.opengis.net/def/crs/OGC/1.3/CRS84"]);
      expect(collection.links).toContainEqual(
        expect.objectContaining({ rel: "items", type: "application/geo+json", href: `${server.url}/ogc/collections/${collection.id}/items?f=json` }),
      );
    }
  });

  it("publishes the JSON Schema of each collection's features, linked from the collection", async () => {
    const { body: collection } = await getJson<{ links: Link[] }>("/ogc/collections/latest-arsenic");
    const schemaLinks = collection.links.filter((l) => l.type === "application/schema+json");
    expect(schemaLinks.map((l) => [l.rel, l.href])).toEqual([
      ["describedby", `${server.url}/ogc/collections/latest-arsenic/schema`],
      ["describedBy", `${server.url}/ogc/collections/latest-arsenic/schema`],
    ]);
    const { type, body } = await getJson<{ properties: { properties: { properties: Record<string, { type: string; format?: string }> } } }>("/ogc/collections/latest-arsenic/schema");
    expect(type).toBe("application/schema+json");
    const fields = body.properties.properties.properties;
    expect(fields.site_id?.type).toBe("integer");
    expect(fields.value?.type).toBe("number");
    expect(fields.exceeds_limit?.type).toBe("boolean");
    expect(fields.sampled_at).toEqual(expect.objectContaining({ type: "string", format: "date-time" }));
  });

  it("describes one collection, and an unknown one is a 404 problem", async () => {
    const { status, body } = await getJson<{ id: string; title: string }>("/ogc/collections/springs");
    expect(status).toBe(200);
    expect(body).toEqual(expect.objectContaining({ id: "springs", title: "Springs" }));
    await expectProblem("/ogc/collections/nope", 404, 'No collection "nope"; see /ogc/collections');
    await expectProblem("/ogc/collections/nope/items", 404, 'No collection "nope"; see /ogc/collections');
    await expectProblem("/ogc/collections/wells/queryables", 404, "No resource GET /ogc/collections/wells/queryables; see /ogc");
  });
});

describe("items", () => {
  it("returns the released wells as GeoJSON with counts, time stamp and links", async () => {
    const before = Date.now();
    const { status, type, body } = await items("/ogc/collections/wells/items");
    expect(status).toBe(200);
    expect(type).toBe("application/geo+json; charset=utf-8");
    expect(body.type).toBe("FeatureCollection");
    expect(names(body)).toEqual([ids.W1, ids.W2]);
    expect(body.numberMatched).toBe(2);
    expect(body.numberReturned).toBe(2);
    expect(Date.parse(body.timeStamp)).toBeGreaterThanOrEqual(before - 1000);
    expect(body.features[0]).toEqual({
      type: "Feature",
      id: ids.W1,
      geometry: { type: "Point", coordinates: [-106.9, 34.1] },
      properties: {
        site_id: ids.W1,
        name: expect.stringMatching(/^W1-/),
        site_name: null,
        thing_type: "WATER_WELL",
        release_status: "PUBLIC",
        county: "Socorro",
        state: null,
        elevation_ft: 4921.26,
        well_depth_ft: 120,
        hole_depth_ft: null,
      },
    });
    expect(body.links).toEqual([
      { href: `${server.url}/ogc/collections/wells/items?f=json`, rel: "self", type: "application/geo+json", title: "This document" },
      { href: `${server.url}/ogc/collections/wells/items?f=html`, rel: "alternate", type: "text/html", title: "This document as HTML" },
      { href: `${server.url}/ogc/collections/wells`, rel: "collection", type: "application/json", title: "Wells" },
    ]);
  });

  it("shows unreleased sites and levels to signed-in roles only, and refuses a bad token with 401", async () => {
    const admin = await items("/ogc/collections/wells/items", { authorization: "Bearer admin" });
    expect(names(admin.body)).toEqual([ids.W1, ids.W2, ids.W3, ids.W4]);
    const anonymous = await items("/ogc/collections/latest-depth-to-water/items");
    expect(anonymous.body.features.map((f) => [f.id, f.properties.measured_at, f.properties.depth_to_water_ft])).toEqual([
      [ids.W1, "2021-06-01T10:00:00.000Z", 53],
      [ids.W2, "2019-03-01T10:00:00.000Z", 40],
      [ids.S1, "2021-02-01T10:00:00.000Z", 3],
    ]);
    const signedIn = await items("/ogc/collections/latest-depth-to-water/items", { authorization: "Bearer admin" });
    expect(signedIn.body.features.map((f) => [f.id, f.properties.depth_to_water_ft])).toEqual([
      [ids.W1, 53],
      [ids.W2, 42],
      [ids.W3, 10],
      [ids.S1, 3],
    ]);
    const refused = await expectProblem("/ogc/collections/wells/items", 401, "The token is invalid", { authorization: "Bearer bad" });
    expect(refused.headers.get("www-authenticate")).toMatch(/^Bearer error="invalid_token"/);
  });

  it("pages with limit and offset, with next and prev links that keep the other parameters", async () => {
    const first = await items("/ogc/collections/sites/items?limit=1&county=Socorro");
    expect(first.body.numberMatched).toBe(1);
    const all = await items("/ogc/collections/sites/items?limit=2");
    expect(names(all.body)).toEqual([ids.W1, ids.W2]);
    expect(all.body.numberMatched).toBe(3);
    expect(all.body.numberReturned).toBe(2);
    const next = all.body.links.find((l) => l.rel === "next");
    expect(next).toEqual({ href: `${server.url}/ogc/collections/sites/items?f=json&limit=2&offset=2`, rel: "next", type: "application/geo+json", title: "Next page" });
    expect(all.body.links.some((l) => l.rel === "prev")).toBe(false);
    const second = await items(next!.href.slice(server.url.length));
    expect(names(second.body)).toEqual([ids.S1]);
    expect(second.body.numberReturned).toBe(1);
    expect(second.body.links.some((l) => l.rel === "next")).toBe(false);
    expect(second.body.links.find((l) => l.rel === "prev")?.href).toBe(`${server.url}/ogc/collections/sites/items?f=json&limit=2&offset=0`);
    const beyond = await items("/ogc/collections/sites/items?offset=10");
    expect(beyond.body).toEqual(expect.objectContaining({ numberMatched: 3, numberReturned: 0, features: [] }));
  });

  it("filters by bbox in CRS84 and refuses any other bbox-crs", async () => {
    const socorro = await items("/ogc/collections/sites/items?bbox=-107,34,-106.85,34.5");
    expect(names(socorro.body)).toEqual([ids.W1]);
    const edges = await items("/ogc/collections/sites/items?bbox=-106.9,34.1,-106.6,35.1&bbox-crs=http://www.opengis.net/def/crs/OGC/1.3/CRS84");
    expect(names(edges.body)).toEqual([ids.W1, ids.W2]);
    const withHeights = await items("/ogc/collections/sites/items?bbox=-108,32,0,-106,36,5000");
    expect(withHeights.body.numberMatched).toBe(3);
    const antimeridian = await items("/ogc/collections/sites/items?bbox=170,30,-107,40");
    expect(names(antimeridian.body)).toEqual([ids.S1]);
    await expectProblem(
      "/ogc/collections/sites/items?bbox=-107,34,-106,35&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326",
      400,
      'Query parameter "bbox-crs": only CRS84 (http://www.opengis.net/def/crs/OGC/1.3/CRS84) is supported (got "http://www.opengis.net/def/crs/EPSG/0/4326")',
    );
    await expectProblem("/ogc/collections/sites/items?bbox=1,2,3", 400, /^Query parameter "bbox" must be four comma-separated numbers/);
    await expectProblem("/ogc/collections/sites/items?bbox=a,b,c,d", 400, /^Query parameter "bbox" must be four/);
    await expectProblem("/ogc/collections/sites/items?bbox=-107,95,-106,96", 400, /^Query parameter "bbox" must lie within/);
    await expectProblem("/ogc/collections/sites/items?bbox=-107,36,-106,35", 400, /minimum latitude exceeds the maximum/);
  });

  it("filters by datetime (instant, interval, open ends) where the collection has time", async () => {
    const at = (datetime: string) => items(`/ogc/collections/latest-depth-to-water/items?datetime=${encodeURIComponent(datetime)}`);
    expect(names((await at("2021-06-01T10:00:00Z")).body)).toEqual([ids.W1]);
    expect(names((await at("2021-06-01T12:00:00+02:00")).body)).toEqual([ids.W1]);
    expect(names((await at("2021-06-01")).body)).toEqual([ids.W1]);
    expect(names((await at("2021-01-01T00:00:00Z/2021-12-31T23:59:59Z")).body)).toEqual([ids.W1, ids.S1]);
    expect(names((await at("../2020-12-31")).body)).toEqual([ids.W2]);
    expect(names((await at("2021-02-01T10:00:00Z/..")).body)).toEqual([ids.W1, ids.S1]);
    expect(names((await at("/2019-03-01")).body)).toEqual([ids.W2]);
    expect(names((await at("../..")).body)).toEqual([ids.W1, ids.W2, ids.S1]);
    await expectProblem("/ogc/collections/wells/items?datetime=2021-01-01", 400, 'Collection "wells" has no time; "datetime" cannot be applied');
    await expectProblem("/ogc/collections/latest-depth-to-water/items?datetime=yesterday", 400, /^Query parameter "datetime" must be an RFC 3339 instant or interval/);
    await expectProblem("/ogc/collections/latest-depth-to-water/items?datetime=2021-02-30", 400, /^Query parameter "datetime" must be/);
    await expectProblem("/ogc/collections/latest-depth-to-water/items?datetime=2022-01-01/2021-01-01", 400, 'Query parameter "datetime": the start is after the end (got "2022-01-01/2021-01-01")');
  });

  it("filters on properties, typed as the property is, and refuses unknown parameters", async () => {
    expect(names((await items("/ogc/collections/wells/items?county=Socorro")).body)).toEqual([ids.W1]);
    expect(names((await items("/ogc/collections/wells/items?county=Socorro&well_depth_ft=80")).body)).toEqual([]);
    expect(names((await items("/ogc/collections/wells/items?well_depth_ft=80")).body)).toEqual([ids.W2]);
    expect(names((await items("/ogc/collections/sites/items?thing_type=SPRING")).body)).toEqual([ids.S1]);
    expect(names((await items("/ogc/collections/latest-arsenic/items?exceeds_limit=true")).body)).toEqual([ids.W1]);
    expect(names((await items("/ogc/collections/transducer-sites/items?deployments=1")).body)).toEqual([ids.W2]);
    await expectProblem("/ogc/collections/wells/items?colour=red", 400, /^Unknown query parameter "colour" for collection "wells"; known: f, bbox, bbox-crs, limit, offset, site_id, name, /);
    await expectProblem("/ogc/collections/latest-depth-to-water/items?measured_at=2021-06-01", 400, /^Unknown query parameter "measured_at"/);
    await expectProblem("/ogc/collections/wells/items?well_depth_ft=deep", 400, 'Query parameter "well_depth_ft" must be a number (got "deep")');
    await expectProblem("/ogc/collections/latest-arsenic/items?exceeds_limit=yes", 400, 'Query parameter "exceeds_limit" must be true or false (got "yes")');
    await expectProblem("/ogc/collections/transducer-sites/items?deployments=1.5", 400, 'Query parameter "deployments" must be a whole number (got "1.5")');
    await expectProblem("/ogc/collections/wells/items?county=a&county=b", 400, 'Query parameter "county" must be given once, as plain text');
  });

  it("validates limit and offset", async () => {
    expect((await items("/ogc/collections/sites/items?limit=10000")).status).toBe(200);
    const detail = (name: string, max: string, got: string) => `Query parameter "${name}" must be a whole number from ${name === "limit" ? 1 : 0} to ${max} (got "${got}")`;
    await expectProblem("/ogc/collections/sites/items?limit=0", 400, detail("limit", "10,000", "0"));
    await expectProblem("/ogc/collections/sites/items?limit=10001", 400, detail("limit", "10,000", "10001"));
    await expectProblem("/ogc/collections/sites/items?limit=ten", 400, detail("limit", "10,000", "ten"));
    await expectProblem("/ogc/collections/sites/items?offset=-1", 400, detail("offset", "2,147,483,647", "-1"));
    await expectProblem("/ogc/collections/sites/items?f=xml", 400, 'Query parameter "f" must be json or html (got "xml")');
  });

  it("computes the water-level elevation, chemistry limits and exceedance, and transducer sites", async () => {
    const elevation = await items("/ogc/collections/water-level-elevation/items");
    // S1 has no elevation; W1: 1500 m = 4921.26 ft, minus 53 ft; W2: 1600 m = 5249.34 ft, minus 40 ft.
    expect(elevation.body.features.map((f) => [f.id, f.properties.water_elevation_ft])).toEqual([
      [ids.W1, 4868.26],
      [ids.W2, 5209.34],
    ]);
    const chemistry = async (id: string) =>
      (await items(`/ogc/collections/${id}/items`)).body.features.map((f) => {
        const p = f.properties;
        return [f.id, p.sampled_at, p.value, p.unit, p.limit_value, p.limit_unit, p.limit_type, p.exceeds_limit];
      });
    expect(await chemistry("latest-arsenic")).toEqual([
      [ids.W1, "2020-05-01T00:00:00.000Z", 0.02, "mg/L", 0.01, "mg/L", "MCL", true],
      [ids.W2, "2020-05-01T00:00:00.000Z", 5, "µg/L", 0.01, "mg/L", "MCL", false],
    ]);
    // Fluoride's MCL (4 mg/L) applies, not its SMCL (2 mg/L).
    expect(await chemistry("latest-fluoride")).toEqual([[ids.W1, "2020-05-01T00:00:00.000Z", 3, "mg/L", 4, "mg/L", "MCL", false]]);
    expect(await chemistry("latest-nitrate")).toEqual([[ids.S1, "2021-05-01T00:00:00.000Z", 12, "mg/L as N", 10, "mg/L", "MCL", true]]);
    expect(await chemistry("latest-uranium")).toEqual([[ids.W2, "2021-05-01T00:00:00.000Z", 31, "µg/L", 0.03, "mg/L", "MCL", true]]);
    // Units that cannot be compared give no answer rather than a guess.
    expect(await chemistry("latest-total-dissolved-solids")).toEqual([[ids.W2, "2021-05-01T00:00:00.000Z", 900, "mg/L as CaCO3", 500, "mg/L", "SMCL", null]]);
    const admin = await items("/ogc/collections/latest-arsenic/items", { authorization: "Bearer admin" });
    expect(admin.body.features.map((f) => [f.id, f.properties.value, f.properties.exceeds_limit])).toEqual([
      [ids.W1, 0.001, false],
      [ids.W2, 50, true],
    ]);
    const transducers = await items("/ogc/collections/transducer-sites/items");
    expect(transducers.body.features.map((f) => [f.id, f.properties.deployments, f.properties.installed_now, f.properties.last_installed])).toEqual([
      [ids.W2, 1, true, "2020-02-03"],
    ]);
  });

  it("judges a non-detect as never exceeding, as the GraphQL chemistry results do", async () => {
    const flag = (detectionFlag: string | null) => db.prisma.$executeRaw`
      UPDATE observation o SET detection_flag = ${detectionFlag}
      FROM sample s JOIN field_activity fa ON fa.id = s.field_activity_id JOIN field_event fe ON fe.id = fa.field_event_id
      WHERE s.id = o.sample_id AND fe.thing_id = ${ids.W2} AND o.value = 50 AND o.unit = 'µg/L'`;
    const arsenic = async () =>
      (await items("/ogc/collections/latest-arsenic/items", { authorization: "Bearer admin" })).body.features.map((f) => [f.id, f.properties.exceeds_limit]);
    expect(await flag(" <0.5")).toBe(1);
    try {
      expect(await arsenic()).toEqual([[ids.W1, false], [ids.W2, false]]);
    } finally {
      await flag(null);
    }
    expect(await arsenic()).toEqual([[ids.W1, false], [ids.W2, true]]);
  });

  it("sends one SQL statement per items or feature request, whatever the page size and collection", async () => {
    const collections = (await getJson<{ collections: { id: string }[] }>("/ogc/collections")).body.collections.map((c) => c.id);
    for (const id of collections) {
      // The last query filters on the layer itself (its time), which joins every candidate site.
      const timed = timeOf(findOgcCollection(id)!) !== null;
      for (const query of ["limit=1", "limit=10000&bbox=-110,30,-100,40", ...(timed ? ["limit=5&datetime=../.."] : [])]) {
        const before = db.statementCount();
        const { status } = await get(`/ogc/collections/${id}/items?${query}`);
        expect(status).toBe(200);
        expect(db.statementCount() - before).toBe(1);
      }
    }
    const before = db.statementCount();
    await get(`/ogc/collections/wells/items/${ids.W1}`);
    expect(db.statementCount() - before).toBe(1);
  });
});

describe("one feature", () => {
  it("returns a visible site with its links, and 404 for a hidden, absent or malformed id", async () => {
    const { status, type, body } = await getJson<Feature>(`/ogc/collections/wells/items/${ids.W2}`);
    expect(status).toBe(200);
    expect(type).toBe("application/geo+json; charset=utf-8");
    expect(body.id).toBe(ids.W2);
    expect(body.properties.county).toBe("Bernalillo");
    expect(body.links).toContainEqual(expect.objectContaining({ rel: "self", href: `${server.url}/ogc/collections/wells/items/${ids.W2}?f=json` }));
    expect(body.links).toContainEqual(expect.objectContaining({ rel: "collection", href: `${server.url}/ogc/collections/wells` }));
    await expectProblem(`/ogc/collections/wells/items/${ids.W3}`, 404, `No feature "${ids.W3}" in collection "wells"`);
    await expectProblem(`/ogc/collections/springs/items/${ids.W1}`, 404, `No feature "${ids.W1}" in collection "springs"`);
    await expectProblem("/ogc/collections/wells/items/abc", 404, 'No feature "abc" in collection "wells"');
    expect((await get(`/ogc/collections/wells/items/${ids.W3}`, { authorization: "Bearer admin" })).status).toBe(200);
  });
});

describe("HTML", () => {
  it("renders pages for browsers (Accept) and for f=html, escaping values", async () => {
    const landing = await get("/ogc", { accept: "text/html,application/xhtml+xml,*/*;q=0.8" });
    expect(landing.type).toBe("text/html; charset=utf-8");
    expect(landing.text).toContain(`<a href="${server.url}/ogc/collections">Collections</a>`);
    const page = await get("/ogc/collections/wells/items?f=html&county=Socorro");
    expect(page.type).toBe("text/html; charset=utf-8");
    expect(page.text).toContain("1 of 1 features (offset 0)");
    expect(page.text).toContain("<td>Socorro</td>");
    const feature = await get(`/ogc/collections/springs/items/${ids.S1}?f=html`);
    expect(feature.text).toContain("<td>Sierra</td>");
    const json = await get("/ogc", { accept: "*/*" });
    expect(json.type).toBe("application/json; charset=utf-8");
  });
});
