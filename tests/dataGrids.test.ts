/**
 * Data grids (issue 14, part 3): the thing filters of a grid's columns (well and monitoring status,
 * monitoring frequency, county and state, contact, aquifer type, formation, "measured since", "has
 * transducer data"), the orderings (name, well and hole depth, latest measurement, created and
 * updated time) with keyset cursors across pages, page jumps (`offset`) on every grid list with
 * their cap, and the statement counts of a filtered, ordered list. Each test makes its own sites and
 * scopes its lists to them with `ids`, so data of other tests never changes an expected answer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { MAX_OFFSET } from "../src/domain/shared/pagination/pageArgs.js";
import { createAsset, createPublication } from "./support/entityFactories.js";
import { createContactFor, createGroupWith, createLocationFor, createThing, uniqueName } from "./support/factories.js";
import { createDeployment, createManualLevel, createReadings, createSensor } from "./support/seriesFactories.js";
import type { Thing } from "../src/generated/prisma/client.js";
import { createTestApi, type TestApi, type TestRole } from "./support/testApi.js";
import { day, daysFromToday } from "./support/wellFactories.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

interface ListResult {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; name: string } }[];
}

const THINGS = `query($filter: ThingFilter, $orderBy: ThingOrder, $first: Int, $after: String, $offset: Int) {
  things(filter: $filter, orderBy: $orderBy, first: $first, after: $after, offset: $offset) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id name } } } }`;

async function things(variables: Record<string, unknown>, as: TestRole = "admin"): Promise<{ page: ListResult; statements: number }> {
  const result = await api.run<{ things: ListResult }>(THINGS, variables, { as });
  expect(result.errors).toBeUndefined();
  if (!result.data) throw new Error("no data");
  return { page: result.data.things, statements: result.statements };
}

/** Ids (as numbers) of the sites among `scope` that match `filter`, in id order. */
async function matching(scope: number[], filter: Record<string, unknown>, as: TestRole = "admin"): Promise<number[]> {
  const { page } = await things({ filter: { ids: scope.map(String), ...filter }, first: 1000 }, as);
  expect(page.totalCount).toBe(page.edges.length);
  return page.edges.map((e) => Number(e.node.id));
}

async function badInput(query: string, variables: Record<string, unknown>): Promise<string | undefined> {
  const result = await api.run(query, variables);
  expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  expect(result.statements).toBe(0);
  return result.errors?.[0]?.message;
}

/** `count` new wells, created one after the other (ids ascending in creation order). */
async function sites(count: number) {
  const created: Thing[] = [];
  for (let i = 0; i < count; i += 1) created.push(await createThing(api.db.prisma));
  return created;
}

const today = day(daysFromToday(0));
const tomorrow = day(daysFromToday(1));
const lastYear = day(daysFromToday(-365));
const yesterday = day(daysFromToday(-1));

// ---------------------------------------------------------------- filters

describe("thing filters of grid columns", () => {
  it("wellStatuses and monitoringStatuses test the current status row only", async () => {
    const { prisma } = api.db;
    const [now, ended, future, none] = await sites(4);
    const scope = [now!.id, ended!.id, future!.id, none!.id];
    await prisma.statusHistory.createMany({
      data: [
        { thingId: now!.id, statusType: "Well Status", statusValue: "Active, pumping well", startDate: lastYear },
        // an older current row loses to the newest start
        { thingId: ended!.id, statusType: "Well Status", statusValue: "Active, pumping well", startDate: lastYear, endDate: yesterday },
        { thingId: ended!.id, statusType: "Well Status", statusValue: "Inactive, exists but not used", startDate: today },
        { thingId: future!.id, statusType: "Well Status", statusValue: "Inactive, exists but not used", startDate: lastYear },
        { thingId: future!.id, statusType: "Well Status", statusValue: "Active, pumping well", startDate: tomorrow },
        { thingId: now!.id, statusType: "Monitoring Status", statusValue: "Not currently monitored", startDate: lastYear },
        { thingId: future!.id, statusType: "Monitoring Status", statusValue: "Currently monitored", startDate: lastYear },
        // a status of another type with the same value does not count
        { thingId: none!.id, statusType: "Open Status", statusValue: "Open", startDate: lastYear },
      ],
    });
    expect(await matching(scope, { wellStatuses: ["Active, pumping well"] })).toEqual([now!.id]);
    expect(await matching(scope, { wellStatuses: ["inactive, exists but not used"] })).toEqual([ended!.id, future!.id]);
    expect(await matching(scope, { wellStatuses: ["Active, pumping well", "Inactive, exists but not used"] })).toEqual([now!.id, ended!.id, future!.id]);
    expect(await matching(scope, { wellStatuses: [] })).toEqual([]);
    expect(await matching(scope, { monitoringStatuses: ["Currently monitored"] })).toEqual([future!.id]);
    expect(await matching(scope, { monitoringStatuses: ["Not currently monitored"], wellStatuses: ["Active, pumping well"] })).toEqual([now!.id]);
  });

  it("monitoringFrequencies tests the current frequency", async () => {
    const { prisma } = api.db;
    const [monthly, wasMonthly, none] = await sites(3);
    await prisma.monitoringFrequencyHistory.createMany({
      data: [
        { thingId: monthly!.id, monitoringFrequency: "Monthly", startDate: lastYear },
        { thingId: wasMonthly!.id, monitoringFrequency: "Monthly", startDate: lastYear, endDate: yesterday },
        { thingId: wasMonthly!.id, monitoringFrequency: "Annual", startDate: today },
      ],
    });
    const scope = [monthly!.id, wasMonthly!.id, none!.id];
    expect(await matching(scope, { monitoringFrequencies: ["Monthly"] })).toEqual([monthly!.id]);
    expect(await matching(scope, { monitoringFrequencies: ["Annual", "Monthly"] })).toEqual([monthly!.id, wasMonthly!.id]);
  });

  it("county and state test the current location, ignoring case, and only locations the caller may see", async () => {
    const { prisma } = api.db;
    const [socorro, moved, hidden, none] = await sites(4);
    await createLocationFor(prisma, socorro!.id, { county: "Socorro", state: "NM" });
    await createLocationFor(prisma, moved!.id, { county: "Socorro", state: "NM" }, { effectiveStart: lastYear, effectiveEnd: yesterday });
    await createLocationFor(prisma, moved!.id, { county: "Bernalillo", state: "NM" });
    await createLocationFor(prisma, hidden!.id, { county: "Socorro", state: "NM", releaseStatus: "draft" });
    const scope = [socorro!.id, moved!.id, hidden!.id, none!.id];
    expect(await matching(scope, { county: "SOCORRO" })).toEqual([socorro!.id, hidden!.id]);
    expect(await matching(scope, { county: "socorro" }, "anonymous")).toEqual([socorro!.id]);
    expect(await matching(scope, { state: "nm" })).toEqual([socorro!.id, moved!.id, hidden!.id]);
    expect(await matching(scope, { state: "NM", county: "Bernalillo" })).toEqual([moved!.id]);
    expect(await matching(scope, { state: "TX" })).toEqual([]);
  });

  it("contactId keeps the contact's sites; a contact the caller may not see matches nothing", async () => {
    const { prisma } = api.db;
    const [a, b, other] = await sites(3);
    const contact = await createContactFor(prisma, a!.id, { releaseStatus: "public" });
    await prisma.thingContactAssociation.create({ data: { thingId: b!.id, contactId: contact.id } });
    const draft = await createContactFor(prisma, other!.id, { releaseStatus: "draft" });
    const scope = [a!.id, b!.id, other!.id];
    expect(await matching(scope, { contactId: String(contact.id) })).toEqual([a!.id, b!.id]);
    expect(await matching(scope, { contactId: String(contact.id) }, "anonymous")).toEqual([a!.id, b!.id]);
    expect(await matching(scope, { contactId: String(draft.id) })).toEqual([other!.id]);
    expect(await matching(scope, { contactId: String(draft.id) }, "anonymous")).toEqual([]);
    expect(await badInput(THINGS, { filter: { contactId: "x" } })).toMatch(/filter\.contactId/);
  });

  it("aquiferTypes and formations test the aquifer associations and the completion formation", async () => {
    const { prisma } = api.db;
    const aquifer = await prisma.aquiferSystem.create({ data: { name: uniqueName("aquifer"), primaryAquiferType: "Mixed" } });
    const confined = await createThing(prisma, { formationCompletionCode: "112SNTF" });
    const unconfined = await createThing(prisma, { formationCompletionCode: "110ALVM" });
    const [both, none] = await sites(2);
    const link = async (thingId: number, types: string[]) =>
      prisma.thingAquiferAssociation.create({
        data: { thingId, aquiferSystemId: aquifer.id, aquiferTypes: { create: types.map((aquiferType) => ({ aquiferType })) } },
      });
    await link(confined!.id, ["Confined, single"]);
    await link(unconfined!.id, ["Unconfined, single"]);
    await link(both!.id, ["Unconfined, single"]);
    await link(both!.id, ["Confined, single", "Fractured"]);
    const scope = [confined!.id, unconfined!.id, both!.id, none!.id];
    expect(await matching(scope, { aquiferTypes: ["Confined, single"] })).toEqual([confined!.id, both!.id]);
    expect(await matching(scope, { aquiferTypes: ["unconfined, single", "Fractured"] })).toEqual([unconfined!.id, both!.id]);
    expect(await matching(scope, { formations: ["112SNTF"] })).toEqual([confined!.id]);
    expect(await matching(scope, { formations: ["112sntf", "110ALVM"], aquiferTypes: ["Unconfined, single"] })).toEqual([unconfined!.id]);
    const bad = await api.run(THINGS, { filter: { formations: ["NOPE"] } });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("measuredSince and hasTransducerData test levels (manual and transducer) the caller may see", async () => {
    const { prisma } = api.db;
    const [manual, logger, draftLogger, none] = await sites(4);
    await createManualLevel(prisma, manual!.id, { measuredAt: new Date("2024-06-01T17:00:00Z"), value: 50 });
    await createManualLevel(prisma, manual!.id, { measuredAt: new Date("2025-03-01T17:00:00Z"), value: 51, releaseStatus: "draft" });
    const sensor = await createSensor(prisma);
    const deployment = await createDeployment(prisma, logger!.id, sensor.id);
    await createReadings(prisma, deployment.id, [{ at: new Date("2025-01-01T00:00:00Z"), value: 40 }]);
    await prisma.transducerObservation.updateMany({ where: { deploymentId: deployment.id }, data: { releaseStatus: "public" } });
    const draftDeployment = await createDeployment(prisma, draftLogger!.id, (await createSensor(prisma)).id);
    await createReadings(prisma, draftDeployment.id, [{ at: new Date("2025-02-01T00:00:00Z"), value: 41 }]);
    const scope = [manual!.id, logger!.id, draftLogger!.id, none!.id];

    expect(await matching(scope, { measuredSince: "2024-06-01T17:00:00Z" })).toEqual([manual!.id, logger!.id, draftLogger!.id]);
    expect(await matching(scope, { measuredSince: "2024-12-01T00:00:00Z" })).toEqual([manual!.id, logger!.id, draftLogger!.id]);
    expect(await matching(scope, { measuredSince: "2025-01-01T00:00:00.001Z" })).toEqual([manual!.id, draftLogger!.id]);
    // anonymous callers see neither the draft manual level nor the draft readings
    expect(await matching(scope, { measuredSince: "2024-12-01T00:00:00Z" }, "anonymous")).toEqual([logger!.id]);
    expect(await matching(scope, { measuredSince: "2024-06-01T17:00:00Z" }, "anonymous")).toEqual([manual!.id, logger!.id]);

    expect(await matching(scope, { hasTransducerData: true })).toEqual([logger!.id, draftLogger!.id]);
    expect(await matching(scope, { hasTransducerData: false })).toEqual([manual!.id, none!.id]);
    expect(await matching(scope, { hasTransducerData: true }, "anonymous")).toEqual([logger!.id]);
    expect(await matching(scope, { hasTransducerData: false }, "anonymous")).toEqual([manual!.id, draftLogger!.id, none!.id]);
  });

  it("a list with every filter and an ordering is still one statement, two with totalCount", async () => {
    const filter = {
      wellStatuses: ["Active, pumping well"],
      monitoringStatuses: ["Currently monitored"],
      monitoringFrequencies: ["Monthly"],
      county: "Socorro",
      state: "NM",
      contactId: "1",
      aquiferTypes: ["Mixed"],
      formations: ["112SNTF"],
      measuredSince: "2020-01-01T00:00:00Z",
      hasTransducerData: true,
    };
    for (const as of ["admin", "anonymous"] as const) {
      const query = `query($filter: ThingFilter, $orderBy: ThingOrder) { things(filter: $filter, orderBy: $orderBy, offset: 5) { edges { node { id } } } }`;
      const page = await api.run(query, { filter, orderBy: { field: "LATEST_MEASUREMENT", direction: "DESC" } }, { as });
      expect(page.errors).toBeUndefined();
      expect(page.statements).toBe(1);
      const counted = await api.run(THINGS, { filter, orderBy: { field: "HOLE_DEPTH", direction: "ASC" } }, { as });
      expect(counted.errors).toBeUndefined();
      expect(counted.statements).toBe(2);
    }
  });
});

// ---------------------------------------------------------------- orderings

describe("orderings with keyset cursors across pages", () => {
  /** Pages through the scope two at a time and returns the ids in the order received. */
  async function walk(scope: number[], orderBy: { field: string; direction: string }, as: TestRole = "admin"): Promise<number[]> {
    const ids: number[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard += 1) {
      const { page }: { page: ListResult } = await things({ filter: { ids: scope.map(String) }, orderBy, first: 2, after }, as);
      expect(page.totalCount).toBe(scope.length);
      ids.push(...page.edges.map((e) => Number(e.node.id)));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
    throw new Error("paging did not end");
  }

  /** Expected order: by value (nulls last both ways), ties by id in the same direction. */
  function sorted<T extends { id: number }>(rows: T[], valueOf: (row: T) => number | string | null, direction: "ASC" | "DESC"): number[] {
    const sign = direction === "ASC" ? 1 : -1;
    return [...rows]
      .sort((a, b) => {
        const va = valueOf(a);
        const vb = valueOf(b);
        if (va === null && vb === null) return sign * (a.id - b.id);
        if (va === null) return 1;
        if (vb === null) return -1;
        if (va !== vb) return sign * (va < vb ? -1 : 1);
        return sign * (a.id - b.id);
      })
      .map((r) => r.id);
  }

  it("NAME, WELL_DEPTH, HOLE_DEPTH, CREATED_AT and UPDATED_AT in both directions, with ties and nulls", async () => {
    const { prisma } = api.db;
    const prefix = uniqueName("grid");
    const specs = [
      { name: `${prefix}-c`, wellDepth: 100, holeDepth: null, updatedAt: new Date("2025-01-02T00:00:00Z") },
      { name: `${prefix}-a`, wellDepth: null, holeDepth: 80, updatedAt: null },
      { name: `${prefix}-b`, wellDepth: 100, holeDepth: 80, updatedAt: new Date("2025-01-01T00:00:00Z") },
      { name: `${prefix}-e`, wellDepth: 20.5, holeDepth: 300, updatedAt: new Date("2025-01-02T00:00:00Z") },
      { name: `${prefix}-d`, wellDepth: null, holeDepth: null, updatedAt: null },
    ];
    const rows: Thing[] = [];
    for (const spec of specs) rows.push(await createThing(prisma, spec));
    const scope = rows.map((r) => r.id);
    const valueOf = {
      NAME: (r: Thing) => r.name,
      WELL_DEPTH: (r: Thing) => r.wellDepth,
      HOLE_DEPTH: (r: Thing) => r.holeDepth,
      CREATED_AT: (r: Thing) => r.createdAt.toISOString(),
      UPDATED_AT: (r: Thing) => r.updatedAt?.toISOString() ?? null,
    };
    for (const [field, of] of Object.entries(valueOf)) {
      for (const direction of ["ASC", "DESC"] as const) {
        expect(await walk(scope, { field, direction }), `${field} ${direction}`).toEqual(sorted(rows, of, direction));
      }
    }
  });

  it("LATEST_MEASUREMENT orders by the newest level the caller may see, never-measured sites last", async () => {
    const { prisma } = api.db;
    const [old, recent, viaLogger, never, draftOnly] = await sites(5);
    await createManualLevel(prisma, old!.id, { measuredAt: new Date("2020-01-01T00:00:00Z"), value: 10 });
    await createManualLevel(prisma, recent!.id, { measuredAt: new Date("2023-01-01T00:00:00Z"), value: 10 });
    await createManualLevel(prisma, recent!.id, { measuredAt: new Date("2024-05-05T05:05:05.123Z"), value: 10 });
    const deployment = await createDeployment(prisma, viaLogger!.id, (await createSensor(prisma)).id);
    await createReadings(prisma, deployment.id, [{ at: new Date("2022-01-01T00:00:00Z"), value: 1 }]);
    await prisma.transducerObservation.updateMany({ where: { deploymentId: deployment.id }, data: { releaseStatus: "public" } });
    await createManualLevel(prisma, viaLogger!.id, { measuredAt: new Date("2021-01-01T00:00:00Z"), value: 10 });
    await createManualLevel(prisma, draftOnly!.id, { measuredAt: new Date("2025-01-01T00:00:00Z"), value: 10, releaseStatus: "draft" });
    const scope = [old!.id, recent!.id, viaLogger!.id, never!.id, draftOnly!.id];
    const orderBy = (direction: string) => ({ field: "LATEST_MEASUREMENT", direction });
    expect(await walk(scope, orderBy("DESC"))).toEqual([draftOnly!.id, recent!.id, viaLogger!.id, old!.id, never!.id]);
    expect(await walk(scope, orderBy("ASC"))).toEqual([old!.id, viaLogger!.id, recent!.id, draftOnly!.id, never!.id]);
    // anonymous: the draft level does not count, so draftOnly joins the never-measured tail (by id)
    expect(await walk(scope, orderBy("DESC"), "anonymous")).toEqual([recent!.id, viaLogger!.id, old!.id, draftOnly!.id, never!.id]);
    expect(await walk(scope, orderBy("ASC"), "anonymous")).toEqual([old!.id, viaLogger!.id, recent!.id, never!.id, draftOnly!.id]);
  });

  it("a cursor of another ordering is refused before any SQL", async () => {
    const { page } = await things({ orderBy: { field: "NAME", direction: "ASC" }, first: 1 });
    const message = await badInput(THINGS, { orderBy: { field: "LATEST_MEASUREMENT", direction: "ASC" }, after: page.pageInfo.endCursor });
    expect(message).toMatch(/not a cursor of this list and ordering/);
  });
});

// ---------------------------------------------------------------- page jumps

describe("offset: page jumps", () => {
  it("skips rows of the ordering, keeps totalCount, sets hasPreviousPage, and its cursors continue the list", async () => {
    const { prisma } = api.db;
    const prefix = uniqueName("jump");
    const rows: Thing[] = [];
    for (let i = 0; i < 7; i += 1) rows.push(await createThing(prisma, { name: `${prefix}-${i}` }));
    const filter = { nameContains: prefix };
    const orderBy = { field: "NAME", direction: "DESC" };
    const names = rows.map((r) => r.name).sort().reverse();

    const { page, statements } = await things({ filter, orderBy, first: 2, offset: 4 });
    // The jumped page and its total in one statement (ADR 26).
    expect(statements).toBe(1);
    expect(page.edges.map((e) => e.node.name)).toEqual(names.slice(4, 6));
    expect(page.totalCount).toBe(7);
    expect(page.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const next = await things({ filter, orderBy, first: 2, after: page.pageInfo.endCursor });
    expect(next.page.edges.map((e) => e.node.name)).toEqual(names.slice(6));
    expect(next.page.pageInfo.hasNextPage).toBe(false);

    const first = await things({ filter, orderBy, first: 2, offset: 0 });
    expect(first.page.pageInfo.hasPreviousPage).toBe(false);
    const beyond = await things({ filter, orderBy, first: 2, offset: 7 });
    expect(beyond.page.edges).toEqual([]);
    expect(beyond.page.totalCount).toBe(7);
  });

  it("is capped at 10,000 and cannot be combined with after", async () => {
    expect(MAX_OFFSET).toBe(10_000);
    const ok = await api.run(THINGS, { offset: MAX_OFFSET, first: 1 });
    expect(ok.errors).toBeUndefined();
    expect(await badInput(THINGS, { offset: MAX_OFFSET + 1 })).toBe(
      'Argument "offset" must be between 0 and 10000 (got 10001); page through deeper rows with "after" or narrow the filter',
    );
    expect(await badInput(THINGS, { offset: -1 })).toMatch(/between 0 and 10000/);
    const { page } = await things({ first: 1 });
    expect(await badInput(THINGS, { offset: 0, after: page.pageInfo.endCursor })).toMatch(/"offset" and "after" cannot be combined/);
    const contacts = `query { contacts(offset: 20000) { totalCount } }`;
    expect(await badInput(contacts, {})).toMatch(/between 0 and 10000/);
  });

  it("every grid list takes it: wells, springs, contacts, groups, sensors, samples, locations, assets, publications", async () => {
    const { prisma } = api.db;
    const well = await createThing(prisma);
    await createThing(prisma, { thingType: "spring" });
    await createThing(prisma, { thingType: "spring" });
    await createContactFor(prisma, well.id);
    await createContactFor(prisma, well.id);
    await createGroupWith(prisma, [well.id]);
    await createGroupWith(prisma, [well.id]);
    await createSensor(prisma);
    await createSensor(prisma);
    await createManualLevel(prisma, well.id, { measuredAt: new Date("2024-01-01T00:00:00Z"), value: 1 });
    await createManualLevel(prisma, well.id, { measuredAt: new Date("2024-02-01T00:00:00Z"), value: 1 });
    await createLocationFor(prisma, well.id);
    await createLocationFor(prisma, well.id, {}, { effectiveEnd: yesterday, effectiveStart: lastYear });
    await createAsset(prisma);
    await createAsset(prisma);
    await createPublication(prisma);
    await createPublication(prisma);

    for (const field of ["wells", "springs", "contacts", "groups", "sensors", "samples", "locations", "assets", "publications"]) {
      const query = (args: string) => `query { ${field}(${args}) { totalCount pageInfo { hasPreviousPage } edges { node { id } } } }`;
      const all = await api.run<Record<string, ListResult>>(query("first: 1000"));
      expect(all.errors, field).toBeUndefined();
      const jumped = await api.run<Record<string, ListResult>>(query("first: 1, offset: 1"));
      expect(jumped.errors, field).toBeUndefined();
      const allIds = all.data![field]!.edges.map((e) => e.node.id);
      expect(allIds.length, field).toBeGreaterThanOrEqual(2);
      expect(jumped.data![field]!.edges.map((e) => e.node.id), field).toEqual(allIds.slice(1, 2));
      expect(jumped.data![field]!.totalCount, field).toBe(all.data![field]!.totalCount);
      expect(jumped.data![field]!.pageInfo.hasPreviousPage, field).toBe(true);
      expect(jumped.statements, field).toBe(all.statements);
    }
  });
});
