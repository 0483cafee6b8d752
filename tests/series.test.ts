/**
 * Water-level series: manual groundwater levels (depth to water from the measuring point),
 * transducer readings with the review status of their block, statistics, time windows, order,
 * keyset paging, and batching of the series under a list of wells.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createGroupWith, createThing, uniqueName } from "./support/factories.js";
import {
  createDeployment,
  createManualLevel,
  createMeasuringPoint,
  createReadings,
  createReviewBlock,
  createSensor,
  parameterId,
} from "./support/seriesFactories.js";
import { createTestApi, runAsJson, type GraphQLResult, type TestApi } from "./support/testApi.js";

let api: TestApi;

/**
 * Runs an operation and returns its data as a client receives it over HTTP (JSON-serialised, so
 * DateTime values are RFC 3339 strings).
 */
function run<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> {
  return runAsJson<T>(api, query, variables);
}

beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

/** RFC 3339 / ISO 8601 date-time with a UTC offset ("Z" or "±hh:mm"). */
const ISO_8601_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Level {
  id: string;
  measuredAt: string;
  depthToWater: { value: number; unit: string } | null;
  measuringPointHeight: { value: number; unit: string } | null;
  method: string | null;
  levelStatus: string | null;
  reason: string | null;
  releaseStatus: string;
}
interface LevelsPage {
  groundwaterLevels: { totalCount: number; pageInfo: PageInfo; edges: { cursor: string; node: Level }[] };
}
interface Reading {
  id: string;
  timestamp: string;
  value: number;
  status: string;
}
interface ReadingsPage {
  transducerLevels: { totalCount: number; pageInfo: PageInfo; edges: { cursor: string; node: Reading }[] };
}

const LEVELS = `
  query Levels($wellId: ID!, $from: DateTime, $to: DateTime, $first: Int, $after: String, $order: SortOrder) {
    groundwaterLevels(wellId: $wellId, from: $from, to: $to, first: $first, after: $after, order: $order) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node {
        id measuredAt depthToWater { value unit } measuringPointHeight { value unit }
        method levelStatus reason releaseStatus
      } }
    }
  }`;

const READINGS = `
  query Readings($wellId: ID!, $from: DateTime, $to: DateTime, $first: Int, $after: String, $order: SortOrder) {
    transducerLevels(wellId: $wellId, from: $from, to: $to, first: $first, after: $after, order: $order) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id timestamp value status } }
    }
  }`;

const at = (iso: string) => new Date(iso);

interface SeriesPage<N> {
  pageInfo: PageInfo;
  edges: { node: N }[];
}

/** Follows `endCursor` until the last page; returns the nodes of every page and the page count. */
async function pageThrough<N>(
  query: string,
  field: "groundwaterLevels" | "transducerLevels",
  variables: Record<string, unknown>,
): Promise<{ nodes: N[]; pages: number }> {
  const nodes: N[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const result: GraphQLResult<Record<string, SeriesPage<N>>> = await run(query, { ...variables, after });
    expect(result.errors).toBeUndefined();
    const page: SeriesPage<N> | undefined = result.data?.[field];
    if (!page) throw new Error("no page returned");
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    nodes.push(...page.edges.map((e) => e.node));
    pages += 1;
    if (!page.pageInfo.hasNextPage) return { nodes, pages };
    after = page.pageInfo.endCursor;
  }
}

describe("Transducer Data Response", () => {
  it("Retrieve transducer data for an existing well", async () => {
    const well = await createThing(api.db.prisma);
    const sensor = await createSensor(api.db.prisma);
    const deployment = await createDeployment(api.db.prisma, well.id, sensor.id);
    const start = Date.parse("2025-01-10T00:00:00Z");
    await createReadings(
      api.db.prisma,
      deployment.id,
      Array.from({ length: 5 }, (_, i) => ({ at: new Date(start + i * 3_600_000), value: 150 + i / 4 })),
    );
    // The first three hours reviewed and approved; the rest in no block (not reviewed).
    await createReviewBlock(api.db.prisma, well.id, {
      reviewStatus: "approved",
      start: new Date(start),
      end: new Date(start + 2 * 3_600_000),
    });

    const { nodes, pages } = await pageThrough<Reading>(READINGS, "transducerLevels", {
      wellId: String(well.id),
      first: 2,
    });
    expect(pages).toBe(3);
    for (const reading of nodes) {
      expect(reading.timestamp).toMatch(ISO_8601_WITH_OFFSET);
      expect(typeof reading.value).toBe("number");
      expect(["APPROVED", "NOT_REVIEWED"]).toContain(reading.status);
    }
    expect(nodes.map(({ timestamp, value, status }) => ({ timestamp, value, status }))).toEqual([
      { timestamp: "2025-01-10T04:00:00.000Z", value: 151, status: "NOT_REVIEWED" },
      { timestamp: "2025-01-10T03:00:00.000Z", value: 150.75, status: "NOT_REVIEWED" },
      { timestamp: "2025-01-10T02:00:00.000Z", value: 150.5, status: "APPROVED" },
      { timestamp: "2025-01-10T01:00:00.000Z", value: 150.25, status: "APPROVED" },
      { timestamp: "2025-01-10T00:00:00.000Z", value: 150, status: "APPROVED" },
    ]);
  });

  it("Retrieve transducer data for a non-existing well", async () => {
    const result = await run<ReadingsPage>(READINGS, { wellId: "9999" });
    expect(result.errors).toBeUndefined();
    expect(result.data?.transducerLevels).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: [],
    });
  });
});

describe("groundwaterLevels", () => {
  it("computes depth to water from the observation's MP, else the MP history row valid then, else 0", async () => {
    const well = await createThing(api.db.prisma);
    await createMeasuringPoint(api.db.prisma, well.id, { height: 2, startDate: "2020-01-01", endDate: "2023-12-31" });
    await createMeasuringPoint(api.db.prisma, well.id, { height: 3.25, startDate: "2024-01-01" });
    const other = await createThing(api.db.prisma);
    await createMeasuringPoint(api.db.prisma, other.id, { height: 9, startDate: "2020-01-01" });

    // Field-checked MP wins over the history.
    const fieldChecked = await createManualLevel(api.db.prisma, well.id, {
      measuredAt: at("2024-06-01T16:00:00Z"),
      value: 101.5,
      measuringPointHeight: 1.5,
      method: "Steel-tape measurement",
      reason: "Water level not affected",
    });
    // No field MP: the 2024 history row (3.25 ft) applies.
    const current = await createManualLevel(api.db.prisma, well.id, { measuredAt: at("2024-03-01T16:00:00Z"), value: 103.25 });
    // No field MP: the 2020-2023 row (2 ft) applies, its end date included.
    const older = await createManualLevel(api.db.prisma, well.id, { measuredAt: at("2023-12-31T20:00:00Z"), value: 102.2 });
    // Before any MP history: 0.
    const noMp = await createManualLevel(api.db.prisma, well.id, { measuredAt: at("2019-05-01T16:00:00Z"), value: 99.9 });
    // No value (site dry): no depth, the reason says why.
    const dry = await createManualLevel(api.db.prisma, well.id, {
      measuredAt: at("2024-09-01T16:00:00Z"),
      value: null,
      reason: "Site was dry",
      releaseStatus: "provisional",
    });
    // Another parameter at the same well is not a water level.
    await createManualLevel(api.db.prisma, well.id, {
      measuredAt: at("2024-07-01T16:00:00Z"),
      value: 7.2,
      parameterId: await parameterId(api.db.prisma, "pH"),
      unit: "dimensionless",
    });

    const result = await run<LevelsPage>(LEVELS, { wellId: String(well.id) });
    expect(result.errors).toBeUndefined();
    expect(result.data?.groundwaterLevels.totalCount).toBe(5);
    expect(result.data?.groundwaterLevels.edges.map((e) => e.node)).toEqual([
      {
        id: String(dry.observation.id),
        measuredAt: "2024-09-01T16:00:00.000Z",
        depthToWater: null,
        measuringPointHeight: { value: 3.25, unit: "FOOT" },
        method: "Electric tape measurement (E-probe)",
        levelStatus: null,
        reason: "Site was dry",
        releaseStatus: "PROVISIONAL",
      },
      {
        id: String(fieldChecked.observation.id),
        measuredAt: "2024-06-01T16:00:00.000Z",
        depthToWater: { value: 100, unit: "FOOT" },
        measuringPointHeight: { value: 1.5, unit: "FOOT" },
        method: "Steel-tape measurement",
        levelStatus: null,
        reason: "Water level not affected",
        releaseStatus: "PUBLIC",
      },
      {
        id: String(current.observation.id),
        measuredAt: "2024-03-01T16:00:00.000Z",
        depthToWater: { value: 100, unit: "FOOT" },
        measuringPointHeight: { value: 3.25, unit: "FOOT" },
        method: "Electric tape measurement (E-probe)",
        levelStatus: null,
        reason: null,
        releaseStatus: "PUBLIC",
      },
      {
        id: String(older.observation.id),
        measuredAt: "2023-12-31T20:00:00.000Z",
        depthToWater: { value: 100.2, unit: "FOOT" },
        measuringPointHeight: { value: 2, unit: "FOOT" },
        method: "Electric tape measurement (E-probe)",
        levelStatus: null,
        reason: null,
        releaseStatus: "PUBLIC",
      },
      {
        id: String(noMp.observation.id),
        measuredAt: "2019-05-01T16:00:00.000Z",
        depthToWater: { value: 99.9, unit: "FOOT" },
        measuringPointHeight: null,
        method: "Electric tape measurement (E-probe)",
        levelStatus: null,
        reason: null,
        releaseStatus: "PUBLIC",
      },
    ]);
  });

  it("keeps from inclusive and to exclusive, in both orders", async () => {
    const well = await createThing(api.db.prisma);
    for (const day of ["01", "02", "03", "04", "05"]) {
      await createManualLevel(api.db.prisma, well.id, { measuredAt: at(`2024-05-${day}T12:00:00Z`), value: Number(day) });
    }
    const window = { wellId: String(well.id), from: "2024-05-02T12:00:00Z", to: "2024-05-04T12:00:00Z" };
    const newest = await run<LevelsPage>(LEVELS, window);
    expect(newest.data?.groundwaterLevels.edges.map((e) => e.node.measuredAt)).toEqual([
      "2024-05-03T12:00:00.000Z",
      "2024-05-02T12:00:00.000Z",
    ]);
    expect(newest.data?.groundwaterLevels.totalCount).toBe(2);
    const oldest = await run<LevelsPage>(LEVELS, { ...window, order: "OLDEST_FIRST" });
    expect(oldest.data?.groundwaterLevels.edges.map((e) => e.node.depthToWater?.value)).toEqual([2, 3]);
    // An offset other than Z is the same instant: 05:00-07:00 is 12:00Z.
    const offset = await run<LevelsPage>(LEVELS, { wellId: String(well.id), from: "2024-05-04T05:00:00-07:00" });
    expect(offset.data?.groundwaterLevels.edges.map((e) => e.node.depthToWater?.value)).toEqual([5, 4]);
  });

  it("pages through every level in both orders with no duplicates or gaps, ties broken by id", async () => {
    const well = await createThing(api.db.prisma);
    const created: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      // Pairs of levels share a timestamp, so the id decides their order.
      const level = await createManualLevel(api.db.prisma, well.id, {
        measuredAt: new Date(Date.UTC(2024, 0, 1 + Math.floor(i / 2))),
        value: 50 + i,
      });
      created.push(level.observation.id);
    }
    const newest = await pageThrough<Level>(LEVELS, "groundwaterLevels", { wellId: String(well.id), first: 3 });
    expect(newest.pages).toBe(3);
    expect(newest.nodes.map((n) => Number(n.id))).toEqual([...created].reverse());
    const oldest = await pageThrough<Level>(LEVELS, "groundwaterLevels", {
      wellId: String(well.id),
      first: 2,
      order: "OLDEST_FIRST",
    });
    expect(oldest.pages).toBe(4);
    expect(oldest.nodes.map((n) => Number(n.id))).toEqual(created);
  });

  it("gives an empty connection for an unknown well and rejects bad windows and cursors", async () => {
    const unknown = await run<LevelsPage>(LEVELS, { wellId: "9999" });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.groundwaterLevels.edges).toEqual([]);
    expect(unknown.data?.groundwaterLevels.totalCount).toBe(0);

    const reversed = await run(LEVELS, { wellId: "1", from: "2024-02-01T00:00:00Z", to: "2024-01-01T00:00:00Z" });
    expect(reversed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(reversed.errors?.[0]?.message).toBe(
      'Argument "from" (2024-02-01T00:00:00.000Z) must not be after "to" (2024-01-01T00:00:00.000Z)',
    );
    expect(reversed.statements).toBe(0);

    const noOffset = await run(LEVELS, { wellId: "1", from: "2024-02-01T00:00:00" });
    expect(noOffset.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const thingCursor = Buffer.from(JSON.stringify([5])).toString("base64url");
    const badCursor = await run(LEVELS, { wellId: "1", after: thingCursor });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(badCursor.errors?.[0]?.message).toBe('Argument "after" is not a valid cursor');

    const tooMany = await run(LEVELS, { wellId: "1", first: 1001 });
    expect(tooMany.errors?.[0]?.message).toBe('Argument "first" must be between 0 and 1000 (got 1001)');
  });
});

describe("transducerLevels", () => {
  it("takes the status of the newest covering block of the same parameter, ends inclusive", async () => {
    const well = await createThing(api.db.prisma);
    const sensor = await createSensor(api.db.prisma);
    const deployment = await createDeployment(api.db.prisma, well.id, sensor.id);
    const [t0, t6, t12, t18, t24] = [
      at("2025-02-01T00:00:00Z"),
      at("2025-02-01T06:00:00Z"),
      at("2025-02-01T12:00:00Z"),
      at("2025-02-01T18:00:00Z"),
      at("2025-02-02T00:00:00Z"),
    ];
    await createReadings(api.db.prisma, deployment.id, [t0, t6, t12, t18, t24].map((t, i) => ({ at: t, value: 10 + i })));
    // 00:00-06:00 approved (both ends included).
    await createReviewBlock(api.db.prisma, well.id, { reviewStatus: "approved", start: t0, end: t6 });
    // 12:00-18:00 first approved, then re-opened by a newer "not reviewed" block over 18:00 only.
    await createReviewBlock(api.db.prisma, well.id, { reviewStatus: "approved", start: t12, end: t18 });
    await createReviewBlock(api.db.prisma, well.id, { reviewStatus: "not reviewed", start: t18, end: t18 });
    // A block with no review status and one of another parameter do not approve anything.
    await createReviewBlock(api.db.prisma, well.id, { reviewStatus: null, start: t24, end: t24 });
    await createReviewBlock(api.db.prisma, well.id, {
      reviewStatus: "approved",
      start: t24,
      end: t24,
      parameterId: await parameterId(api.db.prisma, "pH"),
    });
    // A block of another well covering everything does not apply here.
    const otherWell = await createThing(api.db.prisma);
    await createReviewBlock(api.db.prisma, otherWell.id, { reviewStatus: "approved", start: t0, end: t24 });

    const result = await run<ReadingsPage>(READINGS, { wellId: String(well.id), order: "OLDEST_FIRST" });
    expect(result.errors).toBeUndefined();
    expect(result.data?.transducerLevels.edges.map((e) => [e.node.timestamp, e.node.value, e.node.status])).toEqual([
      ["2025-02-01T00:00:00.000Z", 10, "APPROVED"],
      ["2025-02-01T06:00:00.000Z", 11, "APPROVED"],
      ["2025-02-01T12:00:00.000Z", 12, "APPROVED"],
      ["2025-02-01T18:00:00.000Z", 13, "NOT_REVIEWED"],
      ["2025-02-02T00:00:00.000Z", 14, "NOT_REVIEWED"],
    ]);
  });

  it("merges the readings of every deployment at the well, windowed and paged without gaps", async () => {
    const well = await createThing(api.db.prisma);
    const first = await createDeployment(api.db.prisma, well.id, (await createSensor(api.db.prisma)).id);
    const second = await createDeployment(api.db.prisma, well.id, (await createSensor(api.db.prisma)).id);
    const hour = 3_600_000;
    const base = Date.parse("2025-03-01T00:00:00Z");
    await createReadings(api.db.prisma, first.id, [0, 2, 4, 6, 8].map((h) => ({ at: new Date(base + h * hour), value: h })));
    await createReadings(api.db.prisma, second.id, [1, 3, 5, 7, 9].map((h) => ({ at: new Date(base + h * hour), value: h })));
    // Another parameter from the same logger is not a water level.
    await createReadings(api.db.prisma, first.id, [{ at: new Date(base + 3 * hour + 1000), value: 7.1 }], await parameterId(api.db.prisma, "pH"));

    const window = { wellId: String(well.id), from: "2025-03-01T02:00:00Z", to: "2025-03-01T09:00:00Z" };
    const newest = await pageThrough<Reading>(READINGS, "transducerLevels", { ...window, first: 3 });
    expect(newest.pages).toBe(3);
    expect(newest.nodes.map((n) => n.value)).toEqual([8, 7, 6, 5, 4, 3, 2]);
    const oldest = await pageThrough<Reading>(READINGS, "transducerLevels", { ...window, first: 4, order: "OLDEST_FIRST" });
    expect(oldest.pages).toBe(2);
    expect(oldest.nodes.map((n) => n.value)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const count = await run<ReadingsPage>(READINGS, { ...window, first: 0 });
    expect(count.data?.transducerLevels.totalCount).toBe(7);
    expect(count.data?.transducerLevels.edges).toEqual([]);
    expect(count.data?.transducerLevels.pageInfo.hasNextPage).toBe(true);
  });
});

describe("waterLevelStats", () => {
  const STATS = `query($id: ID!) { well(id: $id) { waterLevelStats {
    count min max mean latest { id measuredAt depthToWater { value unit } }
  } } }`;

  it("gives count, min, max, mean and latest of the depths to water, ignoring levels without a value", async () => {
    const well = await createThing(api.db.prisma);
    await createMeasuringPoint(api.db.prisma, well.id, { height: 2.5, startDate: "2000-01-01" });
    await createManualLevel(api.db.prisma, well.id, { measuredAt: at("2024-01-10T17:00:00Z"), value: 12.5 }); // 10
    await createManualLevel(api.db.prisma, well.id, { measuredAt: at("2024-02-10T17:00:00Z"), value: 22.5 }); // 20
    const latest = await createManualLevel(api.db.prisma, well.id, {
      measuredAt: at("2024-03-10T17:00:00Z"),
      value: 34,
      measuringPointHeight: 1,
    }); // 33
    await createManualLevel(api.db.prisma, well.id, { measuredAt: at("2024-04-10T17:00:00Z"), value: null, reason: "Site was dry" });

    const result = await run(STATS, { id: String(well.id) });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      well: {
        waterLevelStats: {
          count: 3,
          min: 10,
          max: 33,
          mean: 21,
          latest: { id: String(latest.observation.id), measuredAt: "2024-03-10T17:00:00.000Z", depthToWater: { value: 33, unit: "FOOT" } },
        },
      },
    });
  });

  it("gives count 0 and nulls for a well without levels", async () => {
    const well = await createThing(api.db.prisma);
    const result = await run(STATS, { id: String(well.id) });
    expect(result.data).toEqual({ well: { waterLevelStats: { count: 0, min: null, max: null, mean: null, latest: null } } });
  });
});

describe("batching of the series under a list of wells", () => {
  const WELL_PAGE = `query($first: Int, $groupName: String) {
    wells(first: $first, filter: { groupName: $groupName }) { edges { node {
      id name
      groundwaterLevels(first: 10) { totalCount pageInfo { hasNextPage } edges { node { measuredAt depthToWater { value } method } } }
      transducerLevels(first: 10) { totalCount pageInfo { hasNextPage } edges { node { timestamp value status } } }
      waterLevelStats { count min max mean latest { measuredAt depthToWater { value } } }
    } } }
  }`;

  interface WellPage {
    wells: {
      edges: {
        node: {
          id: string;
          groundwaterLevels: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: { depthToWater: { value: number } } }[] };
          transducerLevels: { totalCount: number; pageInfo: { hasNextPage: boolean }; edges: { node: { status: string } }[] };
          waterLevelStats: { count: number; min: number; max: number; mean: number; latest: { measuredAt: string } };
        };
      }[];
    };
  }

  it("sends the same number of statements for 5 and for 50 wells (one per series field)", async () => {
    const groupName = uniqueName("series-batching");
    const gwl = await parameterId(api.db.prisma);
    const wells = [];
    for (let i = 0; i < 50; i += 1) wells.push(await createThing(api.db.prisma));
    await createGroupWith(api.db.prisma, wells.map((w) => w.id), groupName);
    const sensor = await createSensor(api.db.prisma);
    const hour = 3_600_000;
    const base = Date.parse("2025-04-01T00:00:00Z");
    for (const [w, well] of wells.entries()) {
      await createMeasuringPoint(api.db.prisma, well.id, { height: 1, startDate: "2000-01-01" });
      // 11 manual levels and 11 readings per well: the first page of 10 has a next page.
      for (let m = 0; m < 11; m += 1) {
        await createManualLevel(api.db.prisma, well.id, {
          measuredAt: new Date(Date.UTC(2024, m, 15, 17)),
          value: 101 + w + m,
          parameterId: gwl,
        });
      }
      const deployment = await createDeployment(api.db.prisma, well.id, sensor.id);
      await createReadings(api.db.prisma, deployment.id, Array.from({ length: 11 }, (_, h) => ({ at: new Date(base + h * hour), value: w + h })), gwl);
      await createReviewBlock(api.db.prisma, well.id, { reviewStatus: "approved", start: new Date(base), end: new Date(base + 4 * hour), parameterId: gwl });
    }

    const five = await run<WellPage>(WELL_PAGE, { first: 5, groupName });
    const fifty = await run<WellPage>(WELL_PAGE, { first: 50, groupName });
    expect(five.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    const nodes = fifty.data?.wells.edges.map((e) => e.node) ?? [];
    expect(nodes).toHaveLength(50);
    for (const [w, node] of nodes.entries()) {
      expect(node.id).toBe(String(wells[w]?.id));
      expect(node.groundwaterLevels.totalCount).toBe(11);
      expect(node.groundwaterLevels.pageInfo.hasNextPage).toBe(true);
      // Newest first: November (m = 10) down to February (m = 1); depth = value - 1 ft MP.
      expect(node.groundwaterLevels.edges.map((e) => e.node.depthToWater.value)).toEqual(
        Array.from({ length: 10 }, (_, k) => 100 + w + 10 - k),
      );
      expect(node.transducerLevels.totalCount).toBe(11);
      expect(node.transducerLevels.edges.map((e) => e.node.status)).toEqual([
        ...Array<string>(6).fill("NOT_REVIEWED"),
        ...Array<string>(4).fill("APPROVED"),
      ]);
      expect(node.waterLevelStats).toEqual({
        count: 11,
        min: 100 + w,
        max: 110 + w,
        mean: 105 + w,
        latest: { measuredAt: "2024-11-15T17:00:00.000Z", depthToWater: { value: 110 + w } },
      });
    }
    // wells page with the levels page and stats (ADR 36); levels count; readings page + readings count
    expect(five.statements).toBe(4);
    expect(fifty.statements).toBe(five.statements);
  });
});
