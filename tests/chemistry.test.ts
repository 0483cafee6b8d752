/**
 * Chemistry results (issue 14, part 2): the `chemistryResults` list (filters, orderings, keyset
 * cursors, visibility), the comparison with regulatory limits (unit conversion, non-detects,
 * units that cannot be converted), `Well.chemistrySummary` (one statement for a page of wells) and
 * the chemistry CSV import through the mutation, the HTTP route and the CLI.
 */
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ADMIN_CALLER, ANONYMOUS_CALLER } from "../src/auth/caller.js";
import { compareWithLimits } from "../src/domain/chemistry/compareWithLimit.js";
import { createGroupWith, createThing, uniqueName } from "./support/factories.js";
import { createVisit } from "./support/fieldEventFactories.js";
import { startImportServer, type ImportServer } from "./support/importServer.js";
import { countRows } from "./support/mutationFactories.js";
import { createManualLevel, parameterId } from "./support/seriesFactories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

interface ResultNode {
  id: string;
  value: number | null;
  unit: string;
  detectionFlag: string | null;
  observedAt: string;
  exceeds: boolean | null;
  exceededLimit: { limitType: string; value: number; unit: string } | null;
  parameter: { name: string };
  limitComparisons: { limit: { limitType: string }; exceeds: boolean | null; valueInLimitUnit: number | null; reason: string | null }[];
}
type Results = { chemistryResults: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: ResultNode }[] } };

const RESULTS = `query($filter: ChemistryResultFilter, $orderBy: ChemistryResultOrder, $first: Int, $after: String) {
  chemistryResults(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id value unit detectionFlag observedAt exceeds exceededLimit { limitType value unit } parameter { name }
      limitComparisons { limit { limitType } exceeds valueInLimitUnit reason } } } } }`;

async function results(variables: Record<string, unknown>, as?: "anonymous"): Promise<Results["chemistryResults"]> {
  const result = await api.run<Results>(RESULTS, variables, as ? { as } : {});
  expect(result.errors).toBeUndefined();
  return JSON.parse(JSON.stringify(result.data?.chemistryResults)) as Results["chemistryResults"];
}

describe("chemistryResults", () => {
  it("lists one row per analyte with sample, parameter, value, unit, method, time and detection flag, without groundwater levels", async () => {
    const well = await createThing(api.db.prisma);
    const method = await api.db.prisma.analysisMethod.create({ data: { analysisMethodCode: uniqueName("EPA 200.8"), analysisMethodName: "ICP-MS" } });
    const visit = await createVisit(api.db.prisma, well.id, {
      eventDate: new Date("2024-06-01T16:00:00Z"),
      results: [
        { parameter: "Arsenic", value: 12, unit: "μg/L", at: new Date("2024-06-10T12:00:00Z") },
        { parameter: "Fluoride", value: null, unit: "mg/L", flag: "ND", at: new Date("2024-06-11T12:00:00Z") },
      ],
    });
    await api.db.prisma.observation.update({ where: { id: visit.observations[0]?.id ?? 0 }, data: { analysisMethodId: method.id } });
    await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date("2024-06-01T16:00:00Z"), value: 50 });

    const result = await api.run<{ chemistryResults: { edges: { node: Record<string, unknown> }[] } }>(
      `query($ids: [ID!]) { chemistryResults(filter: { wellIds: $ids }) { edges { node {
        id value unit detectionFlag observedAt releaseStatus analysisMethod { code } sample { name } thing { id } parameter { name }
        observation { id detectionFlag } } } } }`,
      { ids: [String(well.id)] },
    );
    expect(result.errors).toBeUndefined();
    expect(JSON.parse(JSON.stringify(result.data?.chemistryResults.edges.map((e) => e.node)))).toEqual([
      {
        id: String(visit.observations[1]?.id),
        value: null,
        unit: "mg/L",
        detectionFlag: "ND",
        observedAt: "2024-06-11T12:00:00.000Z",
        releaseStatus: "PUBLIC",
        analysisMethod: null,
        sample: { name: visit.sample.sampleName },
        thing: { id: String(well.id) },
        parameter: { name: "Fluoride" },
        observation: { id: String(visit.observations[1]?.id), detectionFlag: "ND" },
      },
      {
        id: String(visit.observations[0]?.id),
        value: 12,
        unit: "μg/L",
        detectionFlag: null,
        observedAt: "2024-06-10T12:00:00.000Z",
        releaseStatus: "PUBLIC",
        analysisMethod: { code: method.analysisMethodCode },
        sample: { name: visit.sample.sampleName },
        thing: { id: String(well.id) },
        parameter: { name: "Arsenic" },
        observation: { id: String(visit.observations[0]?.id), detectionFlag: null },
      },
    ]);
  });

  it("compares each result with its limits in the limit's unit, naming the limit exceeded or why there is no comparison", async () => {
    const well = await createThing(api.db.prisma);
    await createVisit(api.db.prisma, well.id, {
      results: [
        { parameter: "Arsenic", value: 12, unit: "μg/L" },
        { parameter: "Arsenic", value: 10, unit: "μg/L" },
        { parameter: "Arsenic", value: 50, unit: "μg/L", flag: "<" },
        { parameter: "Arsenic", value: 2, unit: "epm" },
        { parameter: "Fluoride", value: 5, unit: "mg/L" },
        { parameter: "Fluoride", value: 3000, unit: "μg/L" },
        { parameter: "Conductivity", value: 800, unit: "μS/cm" },
      ],
    });
    const page = await results({ filter: { wellIds: [String(well.id)] }, orderBy: { field: "VALUE", direction: "ASC" } });
    const byValue = Object.fromEntries(page.edges.map((e) => [`${e.node.parameter.name} ${e.node.value} ${e.node.unit}${e.node.detectionFlag ?? ""}`, e.node]));
    expect(byValue["Arsenic 12 μg/L"]).toMatchObject({
      exceeds: true,
      exceededLimit: { limitType: "MCL", value: 0.01, unit: "mg/L" },
      limitComparisons: [{ limit: { limitType: "MCL" }, exceeds: true, valueInLimitUnit: 0.012, reason: null }],
    });
    expect(byValue["Arsenic 10 μg/L"]).toMatchObject({ exceeds: false, exceededLimit: null, limitComparisons: [{ exceeds: false, valueInLimitUnit: 0.01 }] });
    expect(byValue["Arsenic 50 μg/L<"]).toMatchObject({ exceeds: false, limitComparisons: [{ exceeds: false, reason: "not detected (<)" }] });
    expect(byValue["Arsenic 2 epm"]).toMatchObject({
      exceeds: null,
      exceededLimit: null,
      limitComparisons: [{ exceeds: null, valueInLimitUnit: null, reason: "epm cannot be converted to mg/L" }],
    });
    expect(byValue["Fluoride 5 mg/L"]).toMatchObject({ exceeds: true, exceededLimit: { limitType: "MCL", value: 4 } });
    expect(byValue["Fluoride 3000 μg/L"]).toMatchObject({ exceeds: true, exceededLimit: { limitType: "SMCL", value: 2 } });
    expect(byValue["Conductivity 800 μS/cm"]).toMatchObject({ exceeds: null, exceededLimit: null, limitComparisons: [] });
  });

  it("filters by parameter ids and names, by time in [from, to) and by release status", async () => {
    const well = await createThing(api.db.prisma);
    await createVisit(api.db.prisma, well.id, {
      results: [
        { parameter: "Arsenic", value: 1, unit: "μg/L", at: new Date("2024-01-01T00:00:00Z") },
        { parameter: "Arsenic", value: 2, unit: "μg/L", at: new Date("2024-02-01T00:00:00Z"), releaseStatus: "draft" },
        { parameter: "Calcium", value: 3, unit: "mg/L", at: new Date("2024-03-01T00:00:00Z") },
      ],
    });
    const values = async (filter: Record<string, unknown>) =>
      (await results({ filter: { wellIds: [String(well.id)], ...filter }, orderBy: { field: "VALUE", direction: "ASC" } })).edges.map((e) => e.node.value);
    expect(await values({ parameterNames: ["Arsenic"] })).toEqual([1, 2]);
    expect(await values({ parameterNames: ["arsenic"] })).toEqual([1, 2]);
    expect(await values({ parameterIds: [String(await parameterId(api.db.prisma, "Calcium"))] })).toEqual([3]);
    expect(await values({ from: "2024-02-01T00:00:00Z", to: "2024-03-01T00:00:00Z" })).toEqual([2]);
    expect(await values({ releaseStatuses: ["DRAFT"] })).toEqual([2]);
    expect(await values({ releaseStatuses: ["PUBLIC", "PUBLISHED"] })).toEqual([1, 3]);
  });

  it("pages through every ordering with keyset cursors and refuses a cursor of another ordering", async () => {
    const well = await createThing(api.db.prisma);
    const specs = [
      { parameter: "Calcium", value: 30, unit: "mg/L", at: new Date("2024-01-03T00:00:00Z") },
      { parameter: "Arsenic", value: null, unit: "mg/L", flag: "ND", at: new Date("2024-01-01T00:00:00Z") },
      { parameter: "Arsenic", value: 5, unit: "μg/L", at: new Date("2024-01-02T00:00:00Z") },
      { parameter: "Fluoride", value: 5, unit: "mg/L", at: new Date("2024-01-04T00:00:00Z") },
      { parameter: "Calcium", value: 10, unit: "mg/L", at: new Date("2024-01-05T00:00:00Z") },
    ];
    const { observations } = await createVisit(api.db.prisma, well.id, { results: specs });
    const id = (i: number) => String(observations[i]?.id);
    const walk = async (orderBy: Record<string, string>) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 10; guard += 1) {
        const page = await results({ filter: { wellIds: [String(well.id)] }, orderBy, first: 2, after });
        expect(page.totalCount).toBe(5);
        seen.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      return seen;
    };
    expect(await walk({ field: "OBSERVED_AT", direction: "DESC" })).toEqual([id(4), id(3), id(0), id(2), id(1)]);
    expect(await walk({ field: "OBSERVED_AT", direction: "ASC" })).toEqual([id(1), id(2), id(0), id(3), id(4)]);
    // Values as stored: 5 (μg/L) and 5 (mg/L) tie and fall back to the id; no value comes last.
    expect(await walk({ field: "VALUE", direction: "ASC" })).toEqual([id(2), id(3), id(4), id(0), id(1)]);
    expect(await walk({ field: "VALUE", direction: "DESC" })).toEqual([id(1), id(0), id(4), id(3), id(2)]);
    expect(await walk({ field: "PARAMETER", direction: "ASC" })).toEqual([id(1), id(2), id(0), id(4), id(3)]);

    const page = await results({ filter: { wellIds: [String(well.id)] }, orderBy: { field: "VALUE", direction: "ASC" }, first: 1 });
    const mixed = await api.run(RESULTS, { orderBy: { field: "PARAMETER", direction: "ASC" }, after: page.pageInfo.endCursor });
    expect(mixed.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(mixed.errors?.[0]?.message).toBe('Argument "after" is not a cursor of chemistry results ordered by PARAMETER');
  });

  it("shows callers without a role only released results of released samples at released wells", async () => {
    const well = await createThing(api.db.prisma);
    const hidden = await createThing(api.db.prisma, { releaseStatus: "draft" });
    await createVisit(api.db.prisma, well.id, {
      results: [
        { parameter: "Arsenic", value: 1, unit: "mg/L" },
        { parameter: "Arsenic", value: 2, unit: "mg/L", releaseStatus: "draft" },
      ],
    });
    await createVisit(api.db.prisma, well.id, { partsReleaseStatus: "draft", results: [{ parameter: "Arsenic", value: 3, unit: "mg/L", releaseStatus: "public" }] });
    await createVisit(api.db.prisma, hidden.id, { results: [{ parameter: "Arsenic", value: 4, unit: "mg/L" }] });
    const filter = { wellIds: [String(well.id), String(hidden.id)] };
    const orderBy = { field: "VALUE", direction: "ASC" };
    const anonymous = await results({ filter, orderBy }, "anonymous");
    expect(anonymous.edges.map((e) => e.node.value)).toEqual([1]);
    expect(anonymous.totalCount).toBe(1);
    const asked = await results({ filter: { ...filter, releaseStatuses: ["DRAFT"] }, orderBy }, "anonymous");
    expect(asked.totalCount).toBe(0);
    expect((await results({ filter, orderBy })).edges.map((e) => e.node.value)).toEqual([1, 2, 3, 4]);

    const summary = await api.run<{ well: { chemistrySummary: { count: number }[] } }>(
      `query($id: ID!) { well(id: $id) { chemistrySummary { count } } }`,
      { id: String(well.id) },
      { as: "anonymous" },
    );
    expect(summary.data?.well.chemistrySummary).toEqual([{ count: 1 }]);
  });
});

describe("Well.chemistrySummary", () => {
  const SUMMARY = `{ parameter { name } count unit min max latestValue latestUnit latestDetectionFlag latestObservedAt exceedanceCount }`;

  it("gives per parameter the count, min and max in the default unit, the latest value and the exceedances", async () => {
    const well = await createThing(api.db.prisma);
    const specs = [
      { parameter: "Arsenic", value: 12, unit: "μg/L", at: new Date("2024-01-01T00:00:00Z") },
      { parameter: "Arsenic", value: 0.004, unit: "mg/L", at: new Date("2024-02-01T00:00:00Z") },
      { parameter: "Arsenic", value: 0.02, unit: "mg/L", at: new Date("2024-03-01T00:00:00Z") },
      { parameter: "Arsenic", value: 40, unit: "μg/L", flag: "<", at: new Date("2024-04-01T00:00:00Z") },
      { parameter: "Arsenic", value: 3, unit: "epm", at: new Date("2024-04-15T00:00:00Z") },
      { parameter: "Arsenic", value: null, unit: "mg/L", flag: "ND", at: new Date("2024-05-01T00:00:00Z") },
      { parameter: "Fluoride", value: 5, unit: "mg/L", at: new Date("2024-01-01T00:00:00Z") },
      { parameter: "Fluoride", value: 2500, unit: "μg/L", at: new Date("2024-02-01T00:00:00Z") },
      { parameter: "Fluoride", value: 1, unit: "mg/L", at: new Date("2024-03-01T00:00:00Z") },
      { parameter: "Calcium", value: 40, unit: "mg/L", at: new Date("2024-01-01T00:00:00Z") },
    ];
    await createVisit(api.db.prisma, well.id, { results: specs });
    await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date("2024-06-01T00:00:00Z"), value: 50 });
    const result = await api.run<{ well: { chemistrySummary: Record<string, unknown>[] } }>(
      `query($id: ID!) { well(id: $id) { chemistrySummary ${SUMMARY} } }`,
      { id: String(well.id) },
    );
    expect(result.errors).toBeUndefined();
    expect(JSON.parse(JSON.stringify(result.data?.well.chemistrySummary))).toEqual([
      {
        parameter: { name: "Arsenic" },
        count: 6,
        unit: "mg/L",
        min: 0.004,
        max: 0.04,
        latestValue: null,
        latestUnit: "mg/L",
        latestDetectionFlag: "ND",
        latestObservedAt: "2024-05-01T00:00:00.000Z",
        exceedanceCount: 2,
      },
      {
        parameter: { name: "Calcium" },
        count: 1,
        unit: "mg/L",
        min: 40,
        max: 40,
        latestValue: 40,
        latestUnit: "mg/L",
        latestDetectionFlag: null,
        latestObservedAt: "2024-01-01T00:00:00.000Z",
        exceedanceCount: 0,
      },
      {
        parameter: { name: "Fluoride" },
        count: 3,
        unit: "mg/L",
        min: 1,
        max: 5,
        latestValue: 1,
        latestUnit: "mg/L",
        latestDetectionFlag: null,
        latestObservedAt: "2024-03-01T00:00:00.000Z",
        exceedanceCount: 2,
      },
    ]);

    // The counts agree with the exceedance rule applied to every result one by one.
    const limits = await api.db.prisma.regulatoryLimit.findMany({ include: { parameter: true } });
    const ruleCount = (name: string) =>
      specs
        .filter((s) => s.parameter === name)
        .filter(
          (s) =>
            compareWithLimits(
              { value: s.value, unit: s.unit, detectionFlag: s.flag ?? null },
              limits.filter((l) => l.parameter.parameterName === name).map((l) => ({ id: l.id, value: l.limitValue, unit: l.limitUnit })),
            ).exceeds === true,
        ).length;
    expect([ruleCount("Arsenic"), ruleCount("Fluoride"), ruleCount("Calcium")]).toEqual([2, 2, 0]);
  });

  it("takes one statement for a page of wells, 5 or 50", { timeout: 120_000 }, async () => {
    const groupName = uniqueName("chem");
    const ids: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const well = await createThing(api.db.prisma);
      await createVisit(api.db.prisma, well.id, {
        results: [
          { parameter: "Arsenic", value: 12 + i, unit: "μg/L" },
          { parameter: "Fluoride", value: 1, unit: "mg/L" },
        ],
      });
      ids.push(well.id);
    }
    await createGroupWith(api.db.prisma, ids, groupName);
    const query = `query($first: Int!, $groupName: String!, $summary: Boolean!) { wells(first: $first, filter: { groupName: $groupName }) {
      edges { node { id chemistrySummary @include(if: $summary) { count min exceedanceCount } } } } }`;
    type Wells = { wells: { edges: { node: { chemistrySummary?: { count: number; exceedanceCount: number }[] } }[] } };
    const bare = await api.run<Wells>(query, { first: 50, groupName, summary: false });
    const five = await api.run<Wells>(query, { first: 5, groupName, summary: true });
    const fifty = await api.run<Wells>(query, { first: 50, groupName, summary: true });
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data?.wells.edges.every((e) => e.node.chemistrySummary?.map((s) => s.exceedanceCount).join() === "1,0")).toBe(true);
    expect(five.statements).toBe(bare.statements + 1);
    expect(fifty.statements).toBe(five.statements);
  });
});

describe("importChemistryResults", () => {
  const HEADER = "sample_name,well_name_point_id,sample_date_time,parameter,value,unit,analysis_method,analysis_date_time,detection_flag,notes";
  const IMPORT = `mutation($csv: String!) { importChemistryResults(csv: $csv) {
    status summary { totalRowsProcessed totalRowsImported validationErrors }
    problems { kind row field message value }
    results { row sampleId sampleName observationId parameterId value unit detectionFlag } } }`;
  type ImportPayload = {
    status: string;
    summary: Record<string, number>;
    problems: { kind: string; row: number | null; field: string | null; message: string; value: string | null }[];
    results: { observationId: string; sampleName: string; value: number | null; unit: string; detectionFlag: string | null }[];
  };
  const runImport = async (csv: string) => {
    const result = await api.run<{ importChemistryResults: ImportPayload }>(IMPORT, { csv });
    expect(result.errors).toBeUndefined();
    return JSON.parse(JSON.stringify(result.data?.importChemistryResults)) as ImportPayload;
  };
  const TABLES = ["observation"];

  async function sampleAt(name: string) {
    const well = await createThing(api.db.prisma, { name });
    const visit = await createVisit(api.db.prisma, well.id, { eventDate: new Date("2024-07-01T15:00:00Z"), results: [] });
    return { well, sample: visit.sample };
  }

  it("imports rows by sample name or by well and sample time, keeping detection flags as they come", async () => {
    const { well, sample } = await sampleAt(uniqueName("CHEM"));
    const { well: other, sample: second } = await sampleAt(uniqueName("CHEM"));
    const method = await api.db.prisma.analysisMethod.create({ data: { analysisMethodCode: uniqueName("EPA 300.0"), analysisMethodName: "Ion chromatography" } });
    const csv = [
      HEADER,
      `${sample.sampleName},,,Arsenic,12,ug/L,${method.analysisMethodCode},2024-07-09T10:00:00-06:00,,lab A`,
      `${sample.sampleName},,,Fluoride,,mg/L,,,<0.1,`,
      `,${other.name},2024-07-01T09:00:00-06:00,calcium,41.5,mg/l,Ion chromatography,,J,`,
    ].join("\n");
    const payload = await runImport(csv);
    expect(payload.status).toBe("IMPORTED");
    expect(payload.summary).toEqual({ totalRowsProcessed: 3, totalRowsImported: 3, validationErrors: 0 });
    expect(payload.results.map((r) => [r.sampleName, r.value, r.unit, r.detectionFlag])).toEqual([
      [sample.sampleName, 12, "μg/L", null],
      [sample.sampleName, null, "mg/L", "<0.1"],
      [second.sampleName, 41.5, "mg/L", "J"],
    ]);
    const stored = await api.db.prisma.observation.findMany({ where: { id: { in: payload.results.map((r) => Number(r.observationId)) } }, orderBy: { id: "asc" } });
    expect(stored.map((o) => [o.observationDatetime.toISOString(), o.analysisMethodId, o.detectionFlag, o.notes, o.releaseStatus])).toEqual([
      ["2024-07-09T16:00:00.000Z", method.id, null, "lab A", "draft"],
      ["2024-07-01T15:00:00.000Z", null, "<0.1", null, "draft"],
      ["2024-07-01T15:00:00.000Z", method.id, "J", null, "draft"],
    ]);
    const listed = await results({ filter: { wellIds: [String(well.id)] }, orderBy: { field: "VALUE", direction: "ASC" } });
    expect(listed.edges.map((e) => [e.node.value, e.node.exceeds])).toEqual([
      [12, true],
      [null, null],
    ]);
  });

  it("writes nothing and lists every problem with its row, field, message and value", async () => {
    const { sample } = await sampleAt(uniqueName("CHEM"));
    const before = await countRows(api.db.prisma, TABLES);
    const csv = [
      HEADER,
      `${sample.sampleName},,,Arsenic,12,ug/L,,,,`,
      `NO-SUCH-SAMPLE,,,Arsenic,abc,furlongs,,,,`,
      `${sample.sampleName},,,groundwater level,3,ft,,2999-01-01T00:00:00Z,,`,
      `,,,Arsenic,,mg/L,NO-METHOD,,,`,
      `${sample.sampleName},,,Arsenic,1,mg/L,NO-METHOD,,,`,
    ].join("\n");
    const payload = await runImport(csv);
    expect(payload.status).toBe("REJECTED_ROWS");
    expect(payload.results).toEqual([]);
    expect(payload.problems).toEqual([
      { kind: "INVALID_VALUE", row: 2, field: "value", message: "value must be a number", value: "abc" },
      { kind: "INVALID_VALUE", row: 2, field: "unit", message: expect.stringContaining("unit: "), value: "furlongs" },
      { kind: "INVALID_VALUE", row: 3, field: "parameter", message: "Groundwater levels are not chemistry results; import them with importWaterLevels", value: "groundwater level" },
      { kind: "INVALID_VALUE", row: 3, field: "analysis_date_time", message: "analysis_date_time cannot be in the future", value: "2999-01-01T00:00:00Z" },
      { kind: "MISSING_VALUE", row: 4, field: "well_name_point_id", message: "well_name_point_id is required", value: null },
      { kind: "MISSING_VALUE", row: 4, field: "sample_date_time", message: "sample_date_time is required", value: null },
      { kind: "MISSING_VALUE", row: 4, field: "value", message: "value is required", value: null },
      { kind: "UNKNOWN_REFERENCE", row: 5, field: "analysis_method", message: 'No analysis method has the code or name "NO-METHOD"', value: "NO-METHOD" },
    ]);
    expect(payload.summary).toEqual({ totalRowsProcessed: 5, totalRowsImported: 0, validationErrors: 8 });
    expect(await countRows(api.db.prisma, TABLES)).toEqual(before);

    const unknown = await runImport([HEADER, `NO-SUCH-SAMPLE,,,Arsenic,1,mg/L,,,,`, `,NO-SUCH-WELL,2024-07-01T09:00:00-06:00,Arsenic,1,mg/L,,,,`].join("\n"));
    expect(unknown.problems).toEqual([
      { kind: "UNKNOWN_REFERENCE", row: 1, field: "sample_name", message: 'No sample named "NO-SUCH-SAMPLE"', value: "NO-SUCH-SAMPLE" },
      {
        kind: "UNKNOWN_REFERENCE",
        row: 2,
        field: "sample_date_time",
        message: "No sample of well NO-SUCH-WELL taken at 2024-07-01T15:00:00.000Z",
        value: "2024-07-01T09:00:00-06:00",
      },
    ]);
    const structural = await runImport("sample_name,value\nx,1");
    expect(structural.status).toBe("REJECTED_FILE");
    expect(structural.problems.map((p) => [p.kind, p.field])).toEqual([
      ["MISSING_COLUMNS", "parameter"],
      ["MISSING_COLUMNS", "unit"],
    ]);
  });

  describe("over HTTP and on the command line", () => {
    let server: ImportServer;
    beforeAll(async () => {
      server = await startImportServer(api, async (header) => ({
        caller: header === "Bearer admin" ? ADMIN_CALLER : ANONYMOUS_CALLER,
        user: header ? { id: "u1", name: "Uploader" } : null,
      }));
    });
    afterAll(async () => {
      await server?.close();
    });

    it("POST /imports/chemistry-results answers 201 with the results, 422 with the problems, 401 without a token", async () => {
      const { sample } = await sampleAt(uniqueName("CHEM"));
      const post = (body: string, authorization?: string) =>
        fetch(`${server.url}/imports/chemistry-results`, {
          method: "POST",
          headers: { "content-type": "text/csv", ...(authorization ? { authorization } : {}) },
          body,
        });
      const created = await post([HEADER, `${sample.sampleName},,,Arsenic,12,ug/L,,,,`].join("\n"), "Bearer admin");
      expect(created.status).toBe(201);
      const body = (await created.json()) as { status: string; results: { sampleName: string; value: number }[] };
      expect(body.status).toBe("IMPORTED");
      expect(body.results.map((r) => [r.sampleName, r.value])).toEqual([[sample.sampleName, 12]]);
      const stored = await api.db.prisma.observation.findMany({ where: { sampleId: sample.id } });
      expect(stored.map((o) => o.createdById)).toEqual(["u1"]);
      const invalid = await post([HEADER, `${sample.sampleName},,,Arsenic,abc,ug/L,,,,`].join("\n"), "Bearer admin");
      expect(invalid.status).toBe(422);
      expect(await invalid.json()).toMatchObject({ status: "REJECTED_ROWS", problems: [{ row: 1, field: "value", value: "abc" }] });
      expect((await post(HEADER)).status).toBe(401);
    });

    it("npm run import -- chemistry imports a file and exits 0, exits 1 with the problems", async () => {
      const { sample } = await sampleAt(uniqueName("CHEM"));
      const exec = promisify(execFile);
      const file = join(tmpdir(), `chemistry-${process.pid}.csv`);
      const env = { ...process.env, DATABASE_URL: api.db.url, LOG_LEVEL: "silent" };
      const cwd = new URL("..", import.meta.url).pathname;
      await writeFile(file, [HEADER, `${sample.sampleName},,,Arsenic,12,ug/L,,,<,`].join("\n"));
      const ok = await exec("npx", ["tsx", "scripts/import.ts", "chemistry", file], { env, cwd });
      expect(ok.stdout).toContain("IMPORTED: 1 of 1 rows imported, 0 problem(s)");
      expect((await api.db.prisma.observation.findMany({ where: { sampleId: sample.id } })).map((o) => o.detectionFlag)).toEqual(["<"]);
      await writeFile(file, [HEADER, `${sample.sampleName},,,Arsenic,x,ug/L,,,,`].join("\n"));
      const failed = await exec("npx", ["tsx", "scripts/import.ts", "chemistry", file], { env, cwd }).catch((error: { code: number; stdout: string }) => error);
      expect("code" in failed ? failed.code : 0).toBe(1);
      expect(failed.stdout).toContain("[INVALID_VALUE] row 1, value: value must be a number");
    }, 60_000);
  });
});
