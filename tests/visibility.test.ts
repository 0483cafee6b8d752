/**
 * Visibility per role, against the same data: anonymous callers see released records only
 * (release status public or published) and no personal data; Viewers see every record but no
 * personal data; the PII group (or Admin) adds personal data. Enforced in the SQL, so totalCount,
 * pages, search hits, series, maps and single lookups agree with each other for every role.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createLocationFor, createThing, uniqueName } from "./support/factories.js";
import { createContact } from "./support/entityFactories.js";
import { createDeployment, createManualLevel, createReviewBlock, createSensor, parameterId } from "./support/seriesFactories.js";
import { createTestApi, type TestApi, type TestRole } from "./support/testApi.js";

let api: TestApi;
const stem = uniqueName("Vis");
const ids: Record<string, string> = {};
const person = { name: `${stem} Landowner`, email: `${stem.toLowerCase()}@example.com`, phone: "+15055550199" };

beforeAll(async () => {
  api = await createTestApi();
  const prisma = api.db.prisma;
  const place = async (key: string, data: Record<string, unknown>, locationRelease: string | null) => {
    const thing = await createThing(prisma, { name: `${stem}-${key}`, ...data });
    if (locationRelease !== null) {
      const location = await createLocationFor(prisma, thing.id, { latitude: 34.5, longitude: -106.5, releaseStatus: locationRelease });
      ids[`${key}location`] = String(location.id);
    }
    ids[key] = String(thing.id);
    return thing;
  };
  // Sites: two released wells (one with an unreleased location), a draft and a private well, a published spring.
  const publicWell = await place("W1", { releaseStatus: "public" }, "public");
  await place("W2", { releaseStatus: "draft" }, "public");
  await place("W3", { releaseStatus: "private" }, "public");
  await place("W4", { releaseStatus: "published" }, "draft");
  await place("S1", { releaseStatus: "published", thingType: "spring" }, "public");
  const draftWell = await prisma.thing.findUniqueOrThrow({ where: { id: Number(ids.W2) } });

  // Contacts of W1: a person (released), an organization-only record (released), a draft person.
  const owner = await createContact(
    prisma,
    { name: person.name, organization: null, releaseStatus: "public" },
    { emails: [person.email], phones: [person.phone], addresses: [{ city: "Socorro" }], thingIds: [publicWell.id] },
  );
  const agency = await createContact(prisma, { name: null, organization: "USGS", role: "Operator", releaseStatus: "public" }, {
    thingIds: [publicWell.id],
  });
  const hidden = await createContact(prisma, { name: `${stem} Tenant`, releaseStatus: "draft" }, { thingIds: [publicWell.id] });
  ids.owner = String(owner.id);
  ids.agency = String(agency.id);
  ids.hidden = String(hidden.id);

  // Manual levels: W1 one released and one draft; W2 (draft site) one released.
  await createManualLevel(prisma, publicWell.id, { measuredAt: new Date("2024-01-10T16:00:00Z"), value: 100, releaseStatus: "public" });
  await createManualLevel(prisma, publicWell.id, { measuredAt: new Date("2024-02-10T16:00:00Z"), value: 101, releaseStatus: "draft" });
  await createManualLevel(prisma, draftWell.id, { measuredAt: new Date("2024-01-10T16:00:00Z"), value: 50, releaseStatus: "public" });
  // Samples: the W1 levels' samples are draft by default; one released sample at W1.
  const released = await createManualLevel(prisma, publicWell.id, {
    measuredAt: new Date("2024-03-10T16:00:00Z"),
    value: null,
    reason: "Site was dry",
    releaseStatus: "draft",
  });
  await prisma.sample.update({ where: { id: released.sample.id }, data: { releaseStatus: "public" } });

  // Transducer readings at W1 (one released, one draft) and at W2 (released); blocks: one released, one draft.
  const sensor = await createSensor(prisma);
  const parameter = await parameterId(prisma);
  for (const [thingId, readings] of [
    [publicWell.id, [["2025-01-01T00:00:00Z", "public"], ["2025-01-01T01:00:00Z", "draft"]]],
    [draftWell.id, [["2025-01-01T00:00:00Z", "public"]]],
  ] as const) {
    const deployment = await createDeployment(prisma, thingId, sensor.id);
    await prisma.transducerObservation.createMany({
      data: readings.map(([at, releaseStatus]) => ({
        deploymentId: deployment.id,
        parameterId: parameter,
        observationDatetime: new Date(at),
        value: 42,
        releaseStatus,
      })),
    });
  }
  const block = await createReviewBlock(prisma, publicWell.id, {
    reviewStatus: "approved",
    start: new Date("2025-01-01T00:00:00Z"),
    end: new Date("2025-01-01T00:30:00Z"),
  });
  await prisma.transducerObservationBlock.update({ where: { id: block.id }, data: { releaseStatus: "public" } });
  await createReviewBlock(prisma, publicWell.id, {
    reviewStatus: "not reviewed",
    start: new Date("2025-01-01T00:31:00Z"),
    end: new Date("2025-01-01T02:00:00Z"),
  });
});
afterAll(async () => {
  await api?.close();
});

const ROLES = ["anonymous", "viewer", "viewer+pii", "admin"] as const satisfies readonly TestRole[];

async function asEach<T>(query: string, variables: Record<string, unknown>, pick: (data: T) => unknown) {
  const seen: Record<string, unknown> = {};
  const statements: Record<string, number> = {};
  for (const role of ROLES) {
    const result = await api.run<T>(query, variables, { as: role });
    expect(result.errors, `${role}: ${JSON.stringify(result.errors)}`).toBeUndefined();
    if (!result.data) throw new Error(`no data for ${role}`);
    seen[role] = pick(result.data);
    statements[role] = result.statements;
  }
  return { seen, statements };
}

const names = (connection: { edges: { node: { name: string } }[] }) => connection.edges.map((e) => e.node.name.replace(`${stem}-`, ""));

describe("lists of sites", () => {
  it("counts and pages only what the caller may see, in the same number of statements", async () => {
    const query = `query($f: ThingFilter) { things(filter: $f, first: 10) { totalCount edges { node { name } } } }`;
    const { seen, statements } = await asEach<{ things: { totalCount: number; edges: { node: { name: string } }[] } }>(
      query,
      { f: { nameContains: stem } },
      (d) => ({ total: d.things.totalCount, names: names(d.things) }),
    );
    const all = { total: 5, names: ["W1", "W2", "W3", "W4", "S1"] };
    expect(seen).toEqual({ anonymous: { total: 3, names: ["W1", "W4", "S1"] }, viewer: all, "viewer+pii": all, admin: all });
    // The page and its total in one statement (ADR 26), whoever calls.
    expect(new Set(Object.values(statements))).toEqual(new Set([1]));
  });

  it("pages an anonymous caller through released sites only, without gaps or leaks", async () => {
    const query = `query($f: ThingFilter, $after: String) { wells(filter: $f, first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { name releaseStatus } } } }`;
    const pages: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: { data?: { wells: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { name: string; releaseStatus: string } }[] } } | null } =
        await api.run(query, { f: { nameContains: stem }, after }, { as: "anonymous" });
      const wells = result.data?.wells;
      if (!wells) throw new Error("no page");
      expect(wells.totalCount).toBe(2);
      pages.push(...wells.edges.map((e) => `${e.node.name.replace(`${stem}-`, "")}:${e.node.releaseStatus}`));
      if (!wells.pageInfo.hasNextPage) break;
      after = wells.pageInfo.endCursor;
    }
    expect(pages).toEqual(["W1:PUBLIC", "W4:PUBLISHED"]);
  });

  it("gives an anonymous caller nothing for releaseStatuses it may not see, and a Viewer what it asked for", async () => {
    const query = `query($f: ThingFilter) { things(filter: $f) { totalCount } }`;
    const { seen } = await asEach<{ things: { totalCount: number } }>(
      query,
      { f: { nameContains: stem, releaseStatuses: ["DRAFT", "PRIVATE"] } },
      (d) => d.things.totalCount,
    );
    expect(seen).toEqual({ anonymous: 0, viewer: 2, "viewer+pii": 2, admin: 2 });
  });

  it("hides an unreleased location's own records (geochronology ages) from anonymous callers", async () => {
    await api.db.prisma.geochronologyAge.create({ data: { locationId: Number(ids.W4location), age: 1200 } });
    const query = `query($id: ID!) { location(id: $id) { id } }`;
    const ages = `query($id: ID!) { geochronologyAges(locationId: $id) { age location { id } } }`;
    expect((await api.run(query, { id: ids.W4location }, { as: "anonymous" })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await api.run(ages, { id: ids.W4location }, { as: "anonymous" })).data).toEqual({ geochronologyAges: [] });
    expect((await api.run(ages, { id: ids.W4location }, { as: "viewer" })).data).toEqual({
      geochronologyAges: [{ age: 1200, location: { id: ids.W4location } }],
    });
  });

  it("hides an unreleased location from anonymous callers: no currentLocation, no spatial match, no map feature", async () => {
    const query = `query($f: ThingFilter, $id: ID!) {
      well(id: $id) { currentLocation { latitude } }
      near: things(filter: $f) { totalCount }
      map: thingsGeoJSON(filter: { nameContains: "${stem}" })
    }`;
    const { seen } = await asEach<{ well: { currentLocation: unknown }; near: { totalCount: number }; map: { features: { properties: { name: string } }[] } }>(
      query,
      { id: ids.W4, f: { nameContains: stem, bbox: { minLatitude: 34, maxLatitude: 35, minLongitude: -107, maxLongitude: -106 } } },
      (d) => ({
        location: d.well.currentLocation,
        near: d.near.totalCount,
        map: d.map.features.map((f) => f.properties.name.replace(`${stem}-`, "")).sort(),
      }),
    );
    expect(seen.anonymous).toEqual({ location: null, near: 2, map: ["S1", "W1"] });
    const all = { location: { latitude: 34.5 }, near: 5, map: ["S1", "W1", "W2", "W3", "W4"] };
    expect([seen.viewer, seen["viewer+pii"], seen.admin]).toEqual([all, all, all]);
  });
});

describe("single lookups", () => {
  it("answers NOT_FOUND to an anonymous caller for an unreleased site, exactly as for a missing one", async () => {
    for (const query of [`{ well(id: "${ids.W2}") { name } }`, `{ thing(id: "${ids.W3}") { name } }`, `{ wellByName(name: "${stem}-W2") { name } }`]) {
      const anonymous = await api.run(query, {}, { as: "anonymous" });
      expect(anonymous.errors?.[0]?.extensions?.code, query).toBe("NOT_FOUND");
      const viewer = await api.run(query, {}, { as: "viewer" });
      expect(viewer.errors, query).toBeUndefined();
    }
    const spring = await api.run(`{ spring(id: "${ids.S1}") { name } }`, {}, { as: "anonymous" });
    expect(spring.data).toEqual({ spring: { name: `${stem}-S1` } });
  });
});

describe("contacts and personal data", () => {
  const contactFields = `name organization role emails { email } phones { phoneNumber } addresses { city }`;

  it("shows a site's contacts per role: released only to anonymous callers, personal data only with PII", async () => {
    const query = `query($id: ID!) { well(id: $id) { contacts { id ${contactFields} } } }`;
    const { seen } = await asEach<{ well: { contacts: Record<string, unknown>[] } }>(query, { id: ids.W1 }, (d) => d.well.contacts);
    const agency = { id: ids.agency, name: null, organization: "USGS", role: "Operator", emails: [], phones: [], addresses: [] };
    const ownerWithout = { id: ids.owner, name: null, organization: null, role: "Owner", emails: [], phones: [], addresses: [] };
    const hiddenWithout = { id: ids.hidden, name: null, organization: null, role: "Owner", emails: [], phones: [], addresses: [] };
    const ownerWith = {
      ...ownerWithout,
      name: person.name,
      emails: [{ email: person.email }],
      phones: [{ phoneNumber: person.phone }],
      addresses: [{ city: "Socorro" }],
    };
    const hiddenWith = { ...hiddenWithout, name: `${stem} Tenant` };
    expect(seen.anonymous).toEqual([ownerWithout, agency]);
    expect(seen.viewer).toEqual([ownerWithout, agency, hiddenWithout]);
    expect(seen["viewer+pii"]).toEqual([ownerWith, agency, hiddenWith]);
    expect(seen.admin).toEqual([ownerWith, agency, hiddenWith]);
  });

  it("reads no personal data from the database for callers without PII (fewer statements)", async () => {
    const query = `query($id: ID!) { contact(id: $id) { ${contactFields} } }`;
    const { statements } = await asEach(query, { id: ids.owner }, (d) => d);
    expect(statements.anonymous).toBe(1);
    expect(statements.viewer).toBe(1);
    expect(statements["viewer+pii"]).toBe(4);
  });

  it("filters contacts by name only for PII holders (a name they cannot see matches nothing), and counts per role", async () => {
    const query = `query($f: ContactFilter) { byName: contacts(filter: $f) { totalCount } all: contacts(first: 1000) { totalCount edges { node { id } } } }`;
    const { seen } = await asEach<{ byName: { totalCount: number }; all: { totalCount: number; edges: { node: { id: string } }[] } }>(
      query,
      { f: { nameContains: "landowner" } },
      (d) => ({
        byName: d.byName.totalCount,
        mine: d.all.edges.map((e) => e.node.id).filter((id) => [ids.owner, ids.agency, ids.hidden].includes(id)).length,
        countMatchesPage: d.all.totalCount === d.all.edges.length,
      }),
    );
    expect(seen).toEqual({
      anonymous: { byName: 0, mine: 2, countMatchesPage: true },
      viewer: { byName: 0, mine: 3, countMatchesPage: true },
      "viewer+pii": { byName: 1, mine: 3, countMatchesPage: true },
      admin: { byName: 1, mine: 3, countMatchesPage: true },
    });
    const hidden = await api.run(`{ contact(id: "${ids.hidden}") { role } }`, {}, { as: "anonymous" });
    expect(hidden.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("search", () => {
  const query = `query($q: String!) { search(query: $q, first: 50) { label group thing { id } contact { id } } }`;
  type Hits = { search: { label: string; group: string; thing: { id: string } | null; contact: { id: string } | null }[] };

  it("finds only the sites the caller may see", async () => {
    const { seen } = await asEach<Hits>(query, { q: stem }, (d) =>
      d.search.filter((h) => h.thing).map((h) => h.label.replace(`${stem}-`, "")).sort(),
    );
    const all = ["S1", "W1", "W2", "W3", "W4"];
    expect(seen).toEqual({ anonymous: ["S1", "W1", "W4"], viewer: all, "viewer+pii": all, admin: all });
  });

  it("never finds a contact by a person's name, email or phone without PII", async () => {
    for (const q of [person.name, person.email, "505 555 0199"]) {
      const { seen } = await asEach<Hits>(query, { q }, (d) => d.search.filter((h) => h.contact?.id === ids.owner).map((h) => h.label));
      expect(seen, q).toEqual({ anonymous: [], viewer: [], "viewer+pii": [person.name], admin: [person.name] });
    }
  });

  it("finds an organization-only contact by its organization for everyone, labelled by it", async () => {
    const { seen } = await asEach<Hits>(query, { q: "USGS" }, (d) => d.search.filter((h) => h.contact?.id === ids.agency).map((h) => h.label));
    expect(new Set(Object.values(seen).map((v) => JSON.stringify(v)))).toEqual(new Set([JSON.stringify(["USGS"])]));
  });
});

describe("series", () => {
  it("counts and pages released levels, readings and samples of released sites only for anonymous callers", async () => {
    const query = `query($w1: ID!, $w2: ID!) {
      w1: well(id: $w1) {
        groundwaterLevels { totalCount edges { node { releaseStatus } } }
        transducerLevels { totalCount }
        waterLevelStats { count }
      }
      w2levels: groundwaterLevels(wellId: $w2) { totalCount }
      w2readings: transducerLevels(wellId: $w2) { totalCount }
      samples(wellId: $w1) { totalCount }
    }`;
    const { seen } = await asEach<{
      w1: {
        groundwaterLevels: { totalCount: number; edges: { node: { releaseStatus: string } }[] };
        transducerLevels: { totalCount: number };
        waterLevelStats: { count: number };
      };
      w2levels: { totalCount: number };
      w2readings: { totalCount: number };
      samples: { totalCount: number };
    }>(query, { w1: ids.W1, w2: ids.W2 }, (d) => ({
      levels: d.w1.groundwaterLevels.totalCount,
      statuses: d.w1.groundwaterLevels.edges.map((e) => e.node.releaseStatus),
      readings: d.w1.transducerLevels.totalCount,
      stats: d.w1.waterLevelStats.count,
      w2levels: d.w2levels.totalCount,
      w2readings: d.w2readings.totalCount,
      samples: d.samples.totalCount,
    }));
    expect(seen.anonymous).toEqual({ levels: 1, statuses: ["PUBLIC"], readings: 1, stats: 1, w2levels: 0, w2readings: 0, samples: 1 });
    const all = { levels: 3, statuses: ["DRAFT", "DRAFT", "PUBLIC"], readings: 2, stats: 2, w2levels: 1, w2readings: 1, samples: 3 };
    expect([seen.viewer, seen["viewer+pii"], seen.admin]).toEqual([all, all, all]);
  });

  it("draws the hydrograph of what the caller may see, and nothing of an unreleased well", async () => {
    const query = `query($w1: ID!, $w2: ID!) {
      w1: hydrograph(wellId: $w1) { manual { count } continuous { count } blocks { status } }
      w2: hydrograph(wellId: $w2) { manual { count } continuous { count } blocks { status } }
    }`;
    type Series = { manual: { count: number }; continuous: { count: number }; blocks: { status: string }[] };
    const { seen } = await asEach<{ w1: Series; w2: Series }>(query, { w1: ids.W1, w2: ids.W2 }, (d) => ({
      w1: [d.w1.manual.count, d.w1.continuous.count, d.w1.blocks.map((b) => b.status)],
      w2: [d.w2.manual.count, d.w2.continuous.count],
    }));
    expect(seen.anonymous).toEqual({ w1: [1, 1, ["APPROVED"]], w2: [0, 0] });
    const all = { w1: [3, 2, ["APPROVED", "NOT_REVIEWED"]], w2: [1, 1] };
    expect([seen.viewer, seen["viewer+pii"], seen.admin]).toEqual([all, all, all]);
  });
});

describe("a token without a role", () => {
  it("sees what an anonymous caller sees", async () => {
    const query = `query($f: ThingFilter) { things(filter: $f) { totalCount } }`;
    const anonymous = await api.run(query, { f: { nameContains: stem } }, { as: "anonymous" });
    const noRole = await api.run(query, { f: { nameContains: stem } }, { as: "no-role" });
    expect(noRole.data).toEqual(anonymous.data);
    expect(noRole.data).toEqual({ things: { totalCount: 3 } });
  });
});
