/** Samples, observations, parameters and regulatory limits. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createThing } from "./support/factories.js";
import { createManualLevel, parameterId } from "./support/seriesFactories.js";
import { createTestApi, runAsJson, type GraphQLResult, type TestApi } from "./support/testApi.js";

let api: TestApi;

/** Runs an operation and returns its data as a client receives it over HTTP (JSON-serialised). */
function run<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> {
  return runAsJson<T>(api, query, variables);
}

beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

const SAMPLE = `query($id: ID!) { sample(id: $id) {
  id name sampleDate matrix method qcType
  observations { id observedAt value unit reason measuringPointHeight { value unit }
    parameter { name matrix parameterType casNumber defaultUnit regulatoryLimits { source value unit limitType citation } } }
} }`;

describe("sample(id)", () => {
  it("returns the sample with its observations, their parameters and regulatory limits", async () => {
    const well = await createThing(api.db.prisma);
    const arsenic = await parameterId(api.db.prisma, "Arsenic");
    const { sample, observation: level } = await createManualLevel(api.db.prisma, well.id, {
      measuredAt: new Date("2024-06-01T16:00:00Z"),
      value: 55.5,
      measuringPointHeight: 1.5,
      method: "Steel-tape measurement",
      reason: "Water level not affected",
    });
    const chemistry = await api.db.prisma.observation.create({
      data: {
        sampleId: sample.id,
        parameterId: arsenic,
        observationDatetime: new Date("2024-06-01T16:30:00Z"),
        value: 0.012,
        unit: "mg/L",
      },
    });

    const result = await run(SAMPLE, { id: String(sample.id) });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      sample: {
        id: String(sample.id),
        name: sample.sampleName,
        sampleDate: "2024-06-01T16:00:00.000Z",
        matrix: "groundwater",
        method: "Steel-tape measurement",
        qcType: "Normal",
        observations: [
          {
            id: String(level.id),
            observedAt: "2024-06-01T16:00:00.000Z",
            value: 55.5,
            unit: "ft",
            reason: "Water level not affected",
            measuringPointHeight: { value: 1.5, unit: "FOOT" },
            parameter: {
              name: "groundwater level",
              matrix: "groundwater",
              parameterType: "Field Parameter",
              casNumber: null,
              defaultUnit: "ft",
              regulatoryLimits: [],
            },
          },
          {
            id: String(chemistry.id),
            observedAt: "2024-06-01T16:30:00.000Z",
            value: 0.012,
            unit: "mg/L",
            reason: null,
            measuringPointHeight: null,
            parameter: {
              name: "Arsenic",
              matrix: "groundwater",
              parameterType: "Field Parameter",
              casNumber: "7440-38-2",
              defaultUnit: "mg/L",
              regulatoryLimits: [
                {
                  source: "EPA",
                  value: 0.01,
                  unit: "mg/L",
                  limitType: "MCL",
                  citation: "40 CFR 141.62(b)(16), https://www.ecfr.gov/current/title-40/section-141.62",
                },
              ],
            },
          },
        ],
      },
    });
  });

  it("returns the sampled interval in feet, notes, release statuses and each result's analysis method", async () => {
    const well = await createThing(api.db.prisma);
    const method = await api.db.prisma.analysisMethod.create({
      data: { analysisMethodCode: `EPA 200.8 ${well.id}`, analysisMethodName: "ICP-MS", sourceOrganization: "EPA" },
    });
    const { sample } = await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date("2024-06-01T16:00:00Z"), value: 10 });
    await api.db.prisma.sample.update({
      where: { id: sample.id },
      data: { depthTop: 100, depthBottom: 120.5, notes: "Pumped 3 volumes", releaseStatus: "public" },
    });
    const withMethod = await api.db.prisma.observation.create({
      data: {
        sampleId: sample.id,
        parameterId: await parameterId(api.db.prisma, "Arsenic"),
        observationDatetime: new Date("2024-06-01T16:30:00Z"),
        value: 0.012,
        unit: "mg/L",
        analysisMethodId: method.id,
        notes: "Lab batch 7",
        releaseStatus: "final",
      },
    });

    const result = await run<{ sample: { observations: { id: string }[] } & Record<string, unknown> }>(
      `query($id: ID!) { sample(id: $id) { depthTop { value unit } depthBottom { value unit } notes releaseStatus
        observations { id notes releaseStatus analysisMethod { id code name methodType sourceOrganization } } } }`,
      { id: String(sample.id) },
    );
    expect(result.errors).toBeUndefined();
    const level = result.data?.sample.observations.find((o) => o.id !== String(withMethod.id));
    expect(result.data).toEqual({
      sample: {
        depthTop: { value: 100, unit: "FOOT" },
        depthBottom: { value: 120.5, unit: "FOOT" },
        notes: "Pumped 3 volumes",
        releaseStatus: "PUBLIC",
        observations: [
          { id: level?.id, notes: null, releaseStatus: "PUBLIC", analysisMethod: null },
          {
            id: String(withMethod.id),
            notes: "Lab batch 7",
            releaseStatus: "FINAL",
            analysisMethod: { id: String(method.id), code: `EPA 200.8 ${well.id}`, name: "ICP-MS", methodType: null, sourceOrganization: "EPA" },
          },
        ],
      },
    });
  });

  it("gives null and NOT_FOUND naming the entity and id for a missing sample", async () => {
    const result = await run(`{ sample(id: "9999") { id } }`);
    expect(result.data).toEqual({ sample: null });
    expect(result.errors?.[0]?.message).toBe("Sample 9999 not found");
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("samples(wellId)", () => {
  const SAMPLES = `query($wellId: ID, $first: Int, $after: String) {
    samples(wellId: $wellId, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id sampleDate } }
    }
  }`;
  interface SamplesPage {
    samples: { totalCount: number; pageInfo: PageInfo; edges: { node: { id: string; sampleDate: string } }[] };
  }

  it("pages through a well's samples newest first with no duplicates or gaps", async () => {
    const well = await createThing(api.db.prisma);
    const other = await createThing(api.db.prisma);
    await createManualLevel(api.db.prisma, other.id, { measuredAt: new Date("2024-01-01T00:00:00Z"), value: 1 });
    const ids: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      // Two samples share each date except the last: the id breaks ties.
      const { sample } = await createManualLevel(api.db.prisma, well.id, {
        measuredAt: new Date(Date.UTC(2024, 2, 1 + Math.floor(i / 2))),
        value: 10 + i,
      });
      ids.push(sample.id);
    }
    const seen: number[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: GraphQLResult<SamplesPage> = await run<SamplesPage>(SAMPLES, { wellId: String(well.id), first: 2, after });
      expect(result.errors).toBeUndefined();
      const page = result.data?.samples;
      expect(page?.totalCount).toBe(5);
      seen.push(...(page?.edges.map((e) => Number(e.node.id)) ?? []));
      after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());
  });

  it("gives an empty connection for an unknown well", async () => {
    const result = await run<SamplesPage>(SAMPLES, { wellId: "9999" });
    expect(result.errors).toBeUndefined();
    expect(result.data?.samples).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it("sends the same number of statements for 5 and for 50 samples with observations and parameters", async () => {
    const well = await createThing(api.db.prisma);
    const gwl = await parameterId(api.db.prisma);
    for (let i = 0; i < 50; i += 1) {
      await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date(Date.UTC(2020, 0, 1 + i)), value: i, parameterId: gwl });
    }
    const query = `query($wellId: ID, $first: Int) { samples(wellId: $wellId, first: $first) { edges { node {
      name observations { value analysisMethod { name } parameter { name regulatoryLimits { value } } } } } } }`;
    const five = await run<{ samples: { edges: unknown[] } }>(query, { wellId: String(well.id), first: 5 });
    const fifty = await run<{ samples: { edges: unknown[] } }>(query, { wellId: String(well.id), first: 50 });
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data?.samples.edges).toHaveLength(50);
    // samples page, observations, parameters, regulatory limits (no analysis method is recorded: none read)
    expect(five.statements).toBe(4);
    expect(fifty.statements).toBe(five.statements);
  });
});

describe("Well.latestSample", () => {
  const QUERY = `query($ids: [ID!]) { wells(filter: { ids: $ids }, first: 100) { edges { node { name latestSample { name sampleDate } } } } }`;
  type Result = { wells: { edges: { node: { name: string; latestSample: { name: string; sampleDate: string } | null } }[] } };

  it("is the newest sample of each well (date, then id), null without one, in the same two statements for 5 and 50 wells", async () => {
    const wells = [];
    for (let i = 0; i < 50; i += 1) {
      const well = await createThing(api.db.prisma);
      if (i % 5 !== 4) {
        await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date(Date.UTC(2024, 0, 1 + i)), value: i });
        await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date(Date.UTC(2023, 0, 1 + i)), value: i });
      }
      wells.push(well);
    }
    const tie = wells[0];
    if (!tie) throw new Error("no well");
    const { sample: later } = await createManualLevel(api.db.prisma, tie.id, { measuredAt: new Date(Date.UTC(2024, 0, 1)), value: 1 });

    const five = await run<Result>(QUERY, { ids: wells.slice(0, 5).map((w) => String(w.id)) });
    const fifty = await run<Result>(QUERY, { ids: wells.map((w) => String(w.id)) });
    expect(fifty.errors).toBeUndefined();
    const latest = fifty.data?.wells.edges.map((e) => e.node.latestSample) ?? [];
    expect(latest).toHaveLength(50);
    expect(latest[0]).toEqual({ name: later.sampleName, sampleDate: "2024-01-01T00:00:00.000Z" });
    expect(latest[1]?.sampleDate).toBe("2024-01-02T00:00:00.000Z");
    expect(latest.filter((l) => l === null)).toHaveLength(10);
    expect(latest[4]).toBeNull();
    // wells page, latest sample ids, the samples
    expect(five.statements).toBe(3);
    expect(fifty.statements).toBe(five.statements);
  });

  it("is the newest sample the caller may see", async () => {
    const well = await createThing(api.db.prisma, { releaseStatus: "public" });
    const { sample: older } = await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date("2024-01-01T00:00:00Z"), value: 1 });
    const { sample: newer } = await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date("2024-06-01T00:00:00Z"), value: 2 });
    await api.db.prisma.sample.update({ where: { id: older.id }, data: { releaseStatus: "public" } });
    await api.db.prisma.sample.update({ where: { id: newer.id }, data: { releaseStatus: "draft" } });
    const latestFor = async (as: "anonymous" | "viewer") =>
      (await api.run<Result>(QUERY, { ids: [String(well.id)] }, { as })).data?.wells.edges[0]?.node.latestSample?.name;
    expect(await latestFor("viewer")).toBe(newer.sampleName);
    expect(await latestFor("anonymous")).toBe(older.sampleName);
  });
});

describe("parameters and regulatory limits", () => {
  it("pages through every seeded parameter by id with no duplicates or gaps", async () => {
    const expected = (await api.db.prisma.parameter.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((p) => p.id);
    expect(expected).toHaveLength(114);
    const seen: number[] = [];
    let after: string | null = null;
    do {
      const result: GraphQLResult<{ parameters: { totalCount: number; pageInfo: PageInfo; edges: { node: { id: string } }[] } }> =
        await run(`query($after: String) { parameters(first: 50, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { after });
      expect(result.data?.parameters.totalCount).toBe(114);
      seen.push(...(result.data?.parameters.edges.map((e) => Number(e.node.id)) ?? []));
      after = result.data?.parameters.pageInfo.hasNextPage ? result.data.parameters.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(expected);
  });

  it("returns one parameter by id, and NOT_FOUND for a missing one", async () => {
    const arsenic = await parameterId(api.db.prisma, "Arsenic");
    const found = await run(`query($id: ID!) { parameter(id: $id) { id name defaultUnit regulatoryLimits { limitType value } } }`, {
      id: String(arsenic),
    });
    expect(found.data).toEqual({
      parameter: { id: String(arsenic), name: "Arsenic", defaultUnit: "mg/L", regulatoryLimits: [{ limitType: "MCL", value: 0.01 }] },
    });
    const missing = await run(`{ parameter(id: "99999") { id } }`);
    expect(missing.data).toEqual({ parameter: null });
    expect(missing.errors?.[0]?.message).toBe("Parameter 99999 not found");
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("pages through analysis methods by id, and reads the methods of 30 results in one statement", async () => {
    const well = await createThing(api.db.prisma);
    const methods = await Promise.all(
      [0, 1, 2].map((i) => api.db.prisma.analysisMethod.create({ data: { analysisMethodCode: `M${well.id}-${i}`, analysisMethodName: `Method ${i}` } })),
    );
    const { sample } = await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date("2024-06-01T16:00:00Z"), value: 1 });
    const arsenic = await parameterId(api.db.prisma, "Arsenic");
    await api.db.prisma.observation.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        sampleId: sample.id,
        parameterId: arsenic,
        observationDatetime: new Date(Date.UTC(2024, 5, 1, 17, i)),
        value: i,
        unit: "mg/L",
        analysisMethodId: methods[i % 3]?.id ?? null,
      })),
    });
    const read = await run<{ sample: { observations: { analysisMethod: { code: string } | null }[] } }>(
      `query($id: ID!) { sample(id: $id) { observations { analysisMethod { code } } } }`,
      { id: String(sample.id) },
    );
    expect(read.errors).toBeUndefined();
    const codes = read.data?.sample.observations.map((o) => o.analysisMethod?.code ?? null);
    expect(codes?.filter((c) => c !== null)).toHaveLength(30);
    expect(new Set(codes)).toEqual(new Set([null, ...methods.map((m) => m.analysisMethodCode)]));
    // sample, observations, analysis methods
    expect(read.statements).toBe(3);

    const all = await api.db.prisma.analysisMethod.findMany({ orderBy: { id: "asc" }, select: { id: true } });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: GraphQLResult<{ analysisMethods: { totalCount: number; pageInfo: PageInfo; edges: { node: { id: string } }[] } }> = await run(
        `query($after: String) { analysisMethods(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
        { after },
      );
      expect(page.errors).toBeUndefined();
      expect(page.data?.analysisMethods.totalCount).toBe(all.length);
      seen.push(...(page.data?.analysisMethods.edges.map((e) => e.node.id) ?? []));
      after = page.data?.analysisMethods.pageInfo.hasNextPage ? page.data.analysisMethods.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.map((m) => String(m.id)));
  });

  it("lists the seeded EPA limits with their parameters", async () => {
    const result = await run<{
      regulatoryLimits: { totalCount: number; edges: { node: { source: string; value: number; unit: string; limitType: string; parameter: { name: string } } }[] };
    }>(`{ regulatoryLimits(first: 100) { totalCount edges { node { source value unit limitType parameter { name } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.regulatoryLimits.totalCount).toBe(23);
    const nodes = result.data?.regulatoryLimits.edges.map((e) => e.node) ?? [];
    expect(nodes).toHaveLength(23);
    expect(nodes.find((n) => n.parameter.name === "Arsenic")).toEqual({
      source: "EPA",
      value: 0.01,
      unit: "mg/L",
      limitType: "MCL",
      parameter: { name: "Arsenic" },
    });
    expect(nodes.every((n) => n.source === "EPA")).toBe(true);
  });
});
