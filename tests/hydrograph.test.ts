/**
 * Hydrograph: manual and continuous series of one well as columns, review blocks, time window,
 * downsampling bounds (min/max per bucket), the point limit, and a statement count that does not
 * grow with the number of points.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createThing } from "./support/factories.js";
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
import { generatedValue, generateReadings } from "./support/transducerFactories.js";

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

interface Series {
  times: string[];
  values: (number | null)[];
  count: number;
  totalCount: number;
  downsampled: boolean;
  columns: { t: number[]; v: (number | null)[] };
}
interface HydrographData {
  hydrograph: {
    wellId: string;
    from: string | null;
    to: string | null;
    maxPoints: number | null;
    manual: Series;
    continuous: Series;
    blocks: { id: string; start: string; end: string; status: string; comment: string | null }[];
  };
}

const HYDROGRAPH = `
  query Hydrograph($wellId: ID!, $from: DateTime, $to: DateTime, $maxPoints: Int) {
    hydrograph(wellId: $wellId, from: $from, to: $to, maxPoints: $maxPoints) {
      wellId from to maxPoints
      manual { times values count totalCount downsampled columns }
      continuous { times values count totalCount downsampled columns }
      blocks { id start end status comment }
    }
  }`;

/** Runs an operation and returns its data as JSON over HTTP (DateTime values as RFC 3339 strings). */
function run(variables: Record<string, unknown>, query = HYDROGRAPH): Promise<GraphQLResult<HydrographData>> {
  return runAsJson<HydrographData>(api, query, variables);
}

const HOUR = 3_600_000;

async function wellWithDeployment() {
  const well = await createThing(api.db.prisma);
  const sensor = await createSensor(api.db.prisma);
  const deployment = await createDeployment(api.db.prisma, well.id, sensor.id);
  return { well, deployment };
}

describe("hydrograph columns", () => {
  it("returns both series of the window as parallel columns, with the review blocks", async () => {
    const { well, deployment } = await wellWithDeployment();
    const secondSensor = await createSensor(api.db.prisma);
    const second = await createDeployment(api.db.prisma, well.id, secondSensor.id);
    await createMeasuringPoint(api.db.prisma, well.id, { height: 2, startDate: "2020-01-01" });
    await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date("2025-01-09T18:00:00Z"), value: 120 }); // before the window
    await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date("2025-01-10T06:00:00Z"), value: 121.5, measuringPointHeight: 1.5 });
    await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date("2025-01-10T12:00:00Z"), value: 122.25 }); // MP history: 2 ft
    await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date("2025-01-10T13:00:00Z"), value: null, reason: "Site was dry" });
    const start = Date.parse("2025-01-10T00:00:00Z");
    await createReadings(api.db.prisma, deployment.id, [0, 1, 2, 3].map((i) => ({ at: new Date(start + i * HOUR), value: 118 + i / 4 })));
    await createReadings(api.db.prisma, second.id, [{ at: new Date(start + 90 * 60_000), value: 119.125 }]);
    // Another parameter and another well are not part of this hydrograph.
    await createReadings(api.db.prisma, deployment.id, [{ at: new Date(start), value: 7 }], await parameterId(api.db.prisma, "pH"));
    const other = await wellWithDeployment();
    await createReadings(api.db.prisma, other.deployment.id, [{ at: new Date(start), value: 1 }]);
    const approved = await createReviewBlock(api.db.prisma, well.id, { reviewStatus: "approved", start: new Date(start), end: new Date(start + HOUR) });
    const notReviewed = await createReviewBlock(api.db.prisma, well.id, {
      reviewStatus: null,
      start: new Date(start + 2 * HOUR),
      end: new Date(start + 3 * HOUR),
    });
    await createReviewBlock(api.db.prisma, well.id, { reviewStatus: "approved", start: new Date(start - 48 * HOUR), end: new Date(start - 47 * HOUR) });

    const result = await run({ wellId: String(well.id), from: "2025-01-10T00:00:00Z", to: "2025-01-10T03:00:00Z" });
    expect(result.errors).toBeUndefined();
    const h = result.data?.hydrograph;
    expect(h?.wellId).toBe(String(well.id));
    expect(h?.from).toBe("2025-01-10T00:00:00.000Z");
    expect(h?.to).toBe("2025-01-10T03:00:00.000Z");
    expect(h?.maxPoints).toBeNull();
    // the manual levels all lie outside [00:00, 03:00)
    expect(h?.manual).toEqual({
      times: [],
      values: [],
      count: 0,
      totalCount: 0,
      downsampled: false,
      columns: { t: [], v: [] },
    });
    expect(h?.continuous).toEqual({
      times: ["2025-01-10T00:00:00.000Z", "2025-01-10T01:00:00.000Z", "2025-01-10T01:30:00.000Z", "2025-01-10T02:00:00.000Z"],
      values: [118, 118.25, 119.125, 118.5],
      count: 4,
      totalCount: 4,
      downsampled: false,
      columns: { t: [start, start + HOUR, start + 1.5 * HOUR, start + 2 * HOUR], v: [118, 118.25, 119.125, 118.5] },
    });
    expect(h?.blocks).toEqual([
      { id: String(approved.id), start: "2025-01-10T00:00:00.000Z", end: "2025-01-10T01:00:00.000Z", status: "APPROVED", comment: null },
      { id: String(notReviewed.id), start: "2025-01-10T02:00:00.000Z", end: "2025-01-10T03:00:00.000Z", status: "NOT_REVIEWED", comment: null },
    ]);

    const manual = await run({ wellId: String(well.id), from: "2025-01-10T00:00:00Z" });
    expect(manual.data?.hydrograph.manual).toEqual({
      times: ["2025-01-10T06:00:00.000Z", "2025-01-10T12:00:00.000Z", "2025-01-10T13:00:00.000Z"],
      values: [120, 120.25, null],
      count: 3,
      totalCount: 3,
      downsampled: false,
      columns: {
        t: [Date.parse("2025-01-10T06:00:00Z"), Date.parse("2025-01-10T12:00:00Z"), Date.parse("2025-01-10T13:00:00Z")],
        v: [120, 120.25, null],
      },
    });
    expect(manual.data?.hydrograph.continuous.count).toBe(5);
    expect(manual.data?.hydrograph.blocks.map((b) => b.id)).toEqual([String(approved.id), String(notReviewed.id)]);
  });

  it("gives empty series for an unknown well", async () => {
    const result = await run({ wellId: "999999" });
    expect(result.errors).toBeUndefined();
    const empty = { times: [], values: [], count: 0, totalCount: 0, downsampled: false, columns: { t: [], v: [] } };
    expect(result.data?.hydrograph).toEqual({
      wellId: "999999",
      from: null,
      to: null,
      maxPoints: null,
      manual: empty,
      continuous: empty,
      blocks: [],
    });
  });

  it("costs the same three statements for 10 points and for 20,000", async () => {
    const small = await wellWithDeployment();
    await generateReadings(api.db.prisma, small.deployment.id, { start: new Date("2024-01-01T00:00:00Z"), count: 10, stepMs: 15 * 60_000 });
    const large = await wellWithDeployment();
    await generateReadings(api.db.prisma, large.deployment.id, { start: new Date("2024-01-01T00:00:00Z"), count: 20_000, stepMs: 15 * 60_000 });
    const query = `query($wellId: ID!) { hydrograph(wellId: $wellId) { continuous { count } manual { count } blocks { id } } }`;
    const a = await api.run<{ hydrograph: { continuous: { count: number } } }>(query, { wellId: String(small.well.id) });
    const b = await api.run<{ hydrograph: { continuous: { count: number } } }>(query, { wellId: String(large.well.id) });
    expect(a.data?.hydrograph.continuous.count).toBe(10);
    expect(b.data?.hydrograph.continuous.count).toBe(20_000);
    expect(a.statements).toBe(3);
    expect(b.statements).toBe(3);
  });
});

describe("hydrograph visibility", () => {
  it("shows callers without a role only released wells, readings, levels and blocks", async () => {
    const { well, deployment } = await wellWithDeployment(); // a public well
    const start = Date.parse("2025-05-01T00:00:00Z");
    await createReadings(api.db.prisma, deployment.id, [0, 1, 2].map((i) => ({ at: new Date(start + i * HOUR), value: 50 + i })));
    await api.db.prisma.transducerObservation.updateMany({ where: { deploymentId: deployment.id }, data: { releaseStatus: "public" } });
    await createReadings(api.db.prisma, deployment.id, [{ at: new Date(start + 3 * HOUR), value: 99 }]); // draft
    await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date(start), value: 60 }); // public
    await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date(start + HOUR), value: 61, releaseStatus: "draft" });
    const released = await createReviewBlock(api.db.prisma, well.id, { reviewStatus: "approved", start: new Date(start), end: new Date(start + HOUR) });
    await api.db.prisma.transducerObservationBlock.update({ where: { id: released.id }, data: { releaseStatus: "public" } });
    await createReviewBlock(api.db.prisma, well.id, { reviewStatus: "approved", start: new Date(start + 2 * HOUR), end: new Date(start + 3 * HOUR) }); // draft
    const query = `query($w: ID!) { hydrograph(wellId: $w) { manual { values } continuous { values } blocks { id } } }`;
    const anonymous = await api.run<{ hydrograph: { manual: { values: number[] }; continuous: { values: number[] }; blocks: { id: string }[] } }>(
      query,
      { w: String(well.id) },
      { as: "anonymous" },
    );
    expect(anonymous.data?.hydrograph).toEqual({ manual: { values: [60] }, continuous: { values: [50, 51, 52] }, blocks: [{ id: String(released.id) }] });
    const viewer = await api.run<{ hydrograph: { continuous: { values: number[] }; blocks: unknown[] } }>(query, { w: String(well.id) }, { as: "viewer" });
    expect(viewer.data?.hydrograph.continuous.values).toEqual([50, 51, 52, 99]);
    expect(viewer.data?.hydrograph.blocks).toHaveLength(2);

    const hidden = await createThing(api.db.prisma, { releaseStatus: "draft" });
    const sensor = await createSensor(api.db.prisma);
    const hiddenDeployment = await createDeployment(api.db.prisma, hidden.id, sensor.id);
    await createReadings(api.db.prisma, hiddenDeployment.id, [{ at: new Date(start), value: 1 }]);
    await api.db.prisma.transducerObservation.updateMany({ where: { deploymentId: hiddenDeployment.id }, data: { releaseStatus: "public" } });
    const unreleasedWell = await api.run<{ hydrograph: { continuous: { values: number[] } } }>(query, { w: String(hidden.id) }, { as: "anonymous" });
    expect(unreleasedWell.data?.hydrograph.continuous.values).toEqual([]);
  });
});

describe("hydrograph downsampling (min/max per time bucket)", () => {
  it("keeps at most maxPoints points, each an original point, including every bucket's extremes", async () => {
    const { well, deployment } = await wellWithDeployment();
    const start = new Date("2024-06-01T00:00:00Z");
    const count = 5_000;
    const step = 15 * 60_000;
    await generateReadings(api.db.prisma, deployment.id, { start, count, stepMs: step });
    const original = new Map(Array.from({ length: count }, (_, i) => [start.getTime() + i * step, generatedValue(i)]));

    for (const maxPoints of [2, 3, 101, 1_000]) {
      const result = await run({ wellId: String(well.id), maxPoints });
      expect(result.errors).toBeUndefined();
      const series = result.data?.hydrograph.continuous;
      if (!series) throw new Error("no series");
      expect(series.totalCount).toBe(count);
      expect(series.downsampled).toBe(true);
      expect(series.count).toBeLessThanOrEqual(maxPoints);
      expect(series.count).toBeGreaterThanOrEqual(Math.floor(maxPoints / 2)); // every bucket has points here
      expect(series.columns.t).toHaveLength(series.count);
      expect(series.values).toHaveLength(series.count);
      // every point is an original point, in time order
      series.columns.t.forEach((t, i) => {
        expect(original.get(t)).toBe(series.columns.v[i]);
        if (i > 0) expect(t).toBeGreaterThan(series.columns.t[i - 1] ?? Number.NEGATIVE_INFINITY);
      });
      // the global extremes always survive
      const values = [...original.values()];
      expect(Math.min(...(series.values as number[]))).toBe(Math.min(...values));
      expect(Math.max(...(series.values as number[]))).toBe(Math.max(...values));
      // and so does each bucket's: recompute the buckets of the first and last point
      const buckets = Math.floor(maxPoints / 2);
      const span = (count - 1) * step;
      const perBucket = new Map<number, number[]>();
      for (const [t, v] of original) {
        const b = Math.min(Math.floor(((t - start.getTime()) * buckets) / span), buckets - 1);
        perBucket.set(b, [...(perBucket.get(b) ?? []), v]);
      }
      const expected = [...perBucket.values()].reduce((n, vs) => n + (Math.min(...vs) === Math.max(...vs) ? 1 : 2), 0);
      expect(series.count).toBe(expected);
    }
  });

  it("returns every point when there are no more than maxPoints, and downsamples the manual series too", async () => {
    const { well, deployment } = await wellWithDeployment();
    await generateReadings(api.db.prisma, deployment.id, { start: new Date("2024-01-01T00:00:00Z"), count: 40, stepMs: HOUR });
    for (let i = 0; i < 9; i += 1) {
      await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date(Date.UTC(2024, 0, 1 + i)), value: 100 + (i % 3) });
    }
    const result = await run({ wellId: String(well.id), maxPoints: 40 });
    expect(result.data?.hydrograph.continuous).toMatchObject({ count: 40, totalCount: 40, downsampled: false });
    expect(result.data?.hydrograph.manual).toMatchObject({ count: 9, totalCount: 9, downsampled: false });
    expect(result.data?.hydrograph.maxPoints).toBe(40);

    const small = await run({ wellId: String(well.id), maxPoints: 4 });
    expect(small.data?.hydrograph.manual).toMatchObject({ totalCount: 9, downsampled: true });
    expect(small.data?.hydrograph.manual.count).toBeLessThanOrEqual(4);
    expect(small.data?.hydrograph.manual.values).toContain(100);
    expect(small.data?.hydrograph.manual.values).toContain(102);
  });

  it("rejects maxPoints outside 2..200,000 before any SQL", async () => {
    for (const maxPoints of [1, 0, -5, 200_001]) {
      const result = await api.run(HYDROGRAPH, { wellId: "1", maxPoints });
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.message).toBe(`Argument "maxPoints" must be between 2 and 200000 (got ${maxPoints})`);
      expect(result.statements).toBe(0);
    }
  });

  it("refuses more than 200,000 points without maxPoints, naming the limit, and serves them downsampled", async () => {
    const { well, deployment } = await wellWithDeployment();
    await generateReadings(api.db.prisma, deployment.id, { start: new Date("2020-01-01T00:00:00Z"), count: 200_001, stepMs: 60_000 });
    const query = `query($wellId: ID!, $maxPoints: Int) { hydrograph(wellId: $wellId, maxPoints: $maxPoints) { continuous { count totalCount downsampled } } }`;
    const tooMany = await api.run(query, { wellId: String(well.id) });
    expect(tooMany.data).toBeNull();
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "maxPoints", limit: 200_000, count: 200_001 });
    expect(tooMany.errors?.[0]?.message).toBe(
      'The continuous series has 200001 points in the window, more than the limit of 200000; narrow the window or give "maxPoints" to downsample',
    );
    const downsampled = await api.run<{ hydrograph: { continuous: { count: number; totalCount: number; downsampled: boolean } } }>(query, {
      wellId: String(well.id),
      maxPoints: 2_000,
    });
    expect(downsampled.errors).toBeUndefined();
    expect(downsampled.data?.hydrograph.continuous.totalCount).toBe(200_001);
    expect(downsampled.data?.hydrograph.continuous.downsampled).toBe(true);
    expect(downsampled.data?.hydrograph.continuous.count).toBeLessThanOrEqual(2_000);
    expect(downsampled.data?.hydrograph.continuous.count).toBeGreaterThan(1_900);
  });
});
