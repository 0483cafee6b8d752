/** The first slice of the read API: wells, things, lexicon terms; batching proven by statement counts. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createContactFor, createGroupWith, createLocationFor, createThing, uniqueName } from "./support/factories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

interface WellsPage {
  wells: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; name: string; currentLocation: { latitude: number; longitude: number } | null; groups: { name: string }[] } }[];
  };
}

const WELLS_WITH_LOCATION_AND_GROUPS = `
  query Wells($first: Int, $after: String, $filter: ThingFilter) {
    wells(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id name currentLocation { latitude longitude } groups { name } } }
    }
  }`;

describe("well(id)", () => {
  it("returns the well with its current location, groups, alternate ids and contacts", async () => {
    const well = await createThing(api.db.prisma, { wellDepth: 120.5, holeDepth: 130 });
    await createLocationFor(api.db.prisma, well.id, { latitude: 35.1, longitude: -106.6, elevation: 1600 }, {
      effectiveStart: new Date("2020-01-01T00:00:00Z"),
      effectiveEnd: new Date("2021-01-01T00:00:00Z"),
    });
    await createLocationFor(api.db.prisma, well.id, { latitude: 35.2, longitude: -106.7 }, {
      effectiveStart: new Date("2021-01-01T00:00:00Z"),
    });
    const group = await createGroupWith(api.db.prisma, [well.id]);
    const contact = await createContactFor(api.db.prisma, well.id, { organization: "NMBGMR" });
    await api.db.prisma.thingIdLink.create({
      data: { thingId: well.id, alternateId: "331234106543201", alternateOrganization: "USGS", relation: "same_as" },
    });

    const result = await api.run(
      `query($id: ID!) { well(id: $id) {
        id name thingType releaseStatus wellDepth { value unit } holeDepth { value unit }
        currentLocation { latitude longitude }
        groups { name } alternateIds { alternateId organization relation }
        contacts { id organization role }
      } }`,
      { id: String(well.id) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      well: {
        id: String(well.id),
        name: well.name,
        thingType: "WATER_WELL",
        releaseStatus: "PUBLIC",
        wellDepth: { value: 120.5, unit: "FOOT" },
        holeDepth: { value: 130, unit: "FOOT" },
        currentLocation: { latitude: 35.2, longitude: -106.7 },
        groups: [{ name: group.name }],
        alternateIds: [{ alternateId: "331234106543201", organization: "USGS", relation: "same_as" }],
        contacts: [{ id: String(contact.id), organization: "NMBGMR", role: "Owner" }],
      },
    });
  });

  it("gives null and NOT_FOUND naming the entity and id for a missing well", async () => {
    const result = await api.run(`{ well(id: "999999") { id } }`);
    expect(result.data).toEqual({ well: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.message).toBe("Well 999999 not found");
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("gives NOT_FOUND for a spring asked for as a well", async () => {
    const spring = await createThing(api.db.prisma, { thingType: "spring" });
    const result = await api.run(`query($id: ID!) { well(id: $id) { id } }`, { id: String(spring.id) });
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(result.errors?.[0]?.message).toBe(`Well ${spring.id} not found`);
  });

  it("rejects an id that is not a positive integer with BAD_USER_INPUT", async () => {
    const result = await api.run(`{ well(id: "abc") { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toMatch(/"id" must be a positive integer/);
  });
});

describe("wells(filter, first, after)", () => {
  it("pages forward through every matching well with no duplicates or gaps", async () => {
    const groupName = uniqueName("paging");
    const wells = [];
    for (let i = 0; i < 7; i += 1) wells.push(await createThing(api.db.prisma));
    await createGroupWith(api.db.prisma, wells.map((w) => w.id), groupName);

    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: { data?: WellsPage | null } = await api.run<WellsPage>(WELLS_WITH_LOCATION_AND_GROUPS, {
        first: 3, after, filter: { groupName },
      });
      const page: WellsPage["wells"] = result.data!.wells;
      expect(page.totalCount).toBe(7);
      seen.push(...page.edges.map((e) => e.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(wells.map((w) => w.name));
  });

  it("filters by name (contains, ignoring case) and release status", async () => {
    const stem = uniqueName("Filterable").toLowerCase();
    await createThing(api.db.prisma, { name: `${stem}-A`, releaseStatus: "public" });
    await createThing(api.db.prisma, { name: `${stem.toUpperCase()}-B`, releaseStatus: "draft" });
    const result = await api.run<WellsPage>(WELLS_WITH_LOCATION_AND_GROUPS, {
      filter: { nameContains: stem, releaseStatuses: ["DRAFT"] },
    });
    expect(result.data?.wells.edges.map((e) => e.node.name)).toEqual([`${stem.toUpperCase()}-B`]);
  });

  it("rejects first above the hard cap of 1,000 before asking the database", async () => {
    const result = await api.run(`{ wells(first: 1001) { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toBe('Argument "first" must be between 0 and 1000 (got 1001)');
    expect(result.statements).toBe(0);
  });

  it("rejects a malformed cursor", async () => {
    const result = await api.run(`{ wells(after: "not-a-cursor") { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("sends the same number of SQL statements for 5 and for 50 wells with location and groups", async () => {
    const groupName = uniqueName("batching");
    const wells = [];
    for (let i = 0; i < 50; i += 1) wells.push(await createThing(api.db.prisma));
    await createGroupWith(api.db.prisma, wells.map((w) => w.id), groupName);
    await createGroupWith(api.db.prisma, wells.map((w) => w.id));
    for (const w of wells) await createLocationFor(api.db.prisma, w.id);

    const five = await api.run<WellsPage>(WELLS_WITH_LOCATION_AND_GROUPS, { first: 5, filter: { groupName } });
    const fifty = await api.run<WellsPage>(WELLS_WITH_LOCATION_AND_GROUPS, { first: 50, filter: { groupName } });
    expect(five.errors).toBeUndefined();
    expect(fifty.data?.wells.edges).toHaveLength(50);
    expect(fifty.data?.wells.edges.every((e) => e.node.currentLocation !== null && e.node.groups.length === 2)).toBe(true);
    // page, count, current locations and groups in one statement (ADR 26; was 6: Prisma's include is 2 statements)
    expect(five.statements).toBe(1);
    expect(fifty.statements).toBe(five.statements);
  });
});

describe("things(filter)", () => {
  it("returns only things of the requested types, each as its GraphQL type", async () => {
    const groupName = uniqueName("mixed");
    const well = await createThing(api.db.prisma);
    const spring = await createThing(api.db.prisma, { thingType: "spring", springType: "Perennial" });
    const station = await createThing(api.db.prisma, { thingType: "meteorological station" });
    await createGroupWith(api.db.prisma, [well.id, spring.id, station.id], groupName);

    const query = `query($filter: ThingFilter) { things(filter: $filter) { totalCount edges { node {
      __typename name thingType ... on Spring { springType } } } } }`;
    const springs = await api.run<{ things: { totalCount: number; edges: { node: Record<string, unknown> }[] } }>(query, {
      filter: { groupName, thingTypes: ["SPRING"] },
    });
    expect(springs.data?.things.edges.map((e) => e.node)).toEqual([
      { __typename: "Spring", name: spring.name, thingType: "SPRING", springType: "Perennial" },
    ]);
    const all = await api.run<{ things: { totalCount: number; edges: { node: { __typename: string } }[] } }>(query, {
      filter: { groupName },
    });
    expect(all.data?.things.totalCount).toBe(3);
    expect(all.data?.things.edges.map((e) => e.node.__typename)).toEqual(["Well", "Spring", "Station"]);
  });
});

describe("lexiconTerms(category)", () => {
  it("returns the seeded terms of a category alphabetically", async () => {
    const result = await api.run<{ lexiconTerms: string[] }>(`{ lexiconTerms(category: "review_status") }`);
    expect(result.data?.lexiconTerms).toEqual(["approved", "not reviewed"]);
  });

  it("returns an empty list for an unknown category", async () => {
    const result = await api.run<{ lexiconTerms: string[] }>(`{ lexiconTerms(category: "no_such_category") }`);
    expect(result.data?.lexiconTerms).toEqual([]);
  });
});
