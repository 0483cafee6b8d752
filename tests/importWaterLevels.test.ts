/**
 * Bulk import of manual water levels: the reference's columns and rules, all or nothing (row
 * counts before and after every rejected import), every problem listed, every structural problem
 * of its own kind, through the mutation, the HTTP route (text/csv and multipart) and the CLI.
 */
import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ADMIN_CALLER, ANONYMOUS_CALLER, callerFromGroups } from "../src/auth/caller.js";
import { importWaterLevels } from "../src/domain/imports/importWaterLevels.js";
import type { ImportProblem } from "../src/domain/imports/importResult.js";
import { createThing } from "./support/factories.js";
import { createManualLevel, createMeasuringPoint } from "./support/seriesFactories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";
import { startImportServer, type ImportServer } from "./support/importServer.js";

let api: TestApi;
let well1: { id: number };
let well2: { id: number };

const FIXTURES = new URL("./support/importFixtures/", import.meta.url);
const fixture = (name: string) => readFile(new URL(name, FIXTURES), "utf8");
const HEADER =
  "field_staff,well_name_point_id,field_event_date_time,measurement_date_time,sampler,sample_method,mp_height,level_status,depth_to_water_ft,data_quality,water_level_notes";
const GOOD = "A. Lopez,WL-IMPORT-1,2025-04-01T09:00:00-06:00,2025-04-01T09:30:00-06:00,consultant,electric tape,1.5,stable,100.5,approved,";

beforeAll(async () => {
  api = await createTestApi();
  well1 = await createThing(api.db.prisma, { name: "WL-IMPORT-1", wellDepth: 300 });
  well2 = await createThing(api.db.prisma, { name: "WL-IMPORT-2" });
  await createMeasuringPoint(api.db.prisma, well2.id, { height: 2.5, startDate: "2020-01-01" });
});
afterAll(async () => {
  await api?.close();
});

const IMPORT = `
  mutation Import($csv: String!) {
    importWaterLevels(csv: $csv) {
      __typename status
      summary { totalRowsProcessed totalRowsImported validationErrors }
      problems { kind row field message value }
      waterLevels { row wellName wellId fieldEventId sampleId observationId measuredAt levelStatus dataQuality }
    }
  }`;

type Problem = ImportProblem;
interface ImportData {
  importWaterLevels: {
    status: string;
    summary: { totalRowsProcessed: number; totalRowsImported: number; validationErrors: number };
    problems: Problem[];
    waterLevels: Record<string, unknown>[];
  };
}

async function runImport(csv: string) {
  const result = await api.run<ImportData>(IMPORT, { csv });
  expect(result.errors).toBeUndefined();
  const data = JSON.parse(JSON.stringify(result.data)) as ImportData;
  return data.importWaterLevels;
}

const TABLES = ["field_event", "field_activity", "sample", "observation"] as const;

async function counts(): Promise<Record<string, number>> {
  const select = TABLES.map((t) => `(SELECT count(*)::int FROM "${t}") AS "${t}"`).join(", ");
  const rows = await api.db.prisma.$queryRawUnsafe<Record<string, number>[]>(`SELECT ${select}`);
  return rows[0] ?? {};
}

/** Runs an import expected to write nothing; returns its result. */
async function rejectedImport(csv: string) {
  const before = await counts();
  const result = await runImport(csv);
  expect(result.summary.totalRowsImported).toBe(0);
  expect(result.waterLevels).toEqual([]);
  expect(await counts()).toEqual(before);
  return result;
}

describe("importWaterLevels", () => {
  it("writes every row of a valid file: event, activity, sample and observation per row", async () => {
    const before = await counts();
    const result = await runImport(await fixture("water-levels.csv"));
    expect(result.status).toBe("IMPORTED");
    expect(result.summary).toEqual({ totalRowsProcessed: 3, totalRowsImported: 3, validationErrors: 0 });
    expect(result.problems).toEqual([]);
    expect(result.waterLevels.map(({ row, wellName, measuredAt, levelStatus, dataQuality }) => ({ row, wellName, measuredAt, levelStatus, dataQuality }))).toEqual([
      { row: 1, wellName: "WL-IMPORT-1", measuredAt: "2025-02-15T16:30:00.000Z", levelStatus: "stable", dataQuality: "approved" },
      { row: 2, wellName: "WL-IMPORT-1", measuredAt: "2025-03-15T15:20:00.000Z", levelStatus: "falling", dataQuality: "provisional" },
      { row: 3, wellName: "WL-IMPORT-2", measuredAt: "2025-02-16T10:05:00.000Z", levelStatus: "rising", dataQuality: "provisional" },
    ]);
    const after = await counts();
    for (const table of TABLES) expect(after[table]).toBe((before[table] ?? 0) + 3);

    const [first] = result.waterLevels;
    const observation = await api.db.prisma.observation.findUniqueOrThrow({
      where: { id: Number(first?.observationId) },
      include: { sample: { include: { fieldActivity: { include: { fieldEvent: true } } } }, parameter: true },
    });
    expect(observation).toMatchObject({
      value: 101.75,
      unit: "ft",
      measuringPointHeight: 1.5,
      notes: null,
      levelStatus: "stable",
      dataMaturity: "approved",
      releaseStatus: "draft",
      parameter: { parameterName: "groundwater level", matrix: "groundwater" },
      sample: {
        sampleMethod: "Electric tape measurement (E-probe)",
        sampleMatrix: "groundwater",
        notes: "Cap was loose",
        fieldActivity: { activityType: "groundwater level", notes: "Sampler: groundwater team", fieldEvent: { thingId: well1.id, notes: "Field staff: A. Lopez" } },
      },
    });
    expect(observation.sample.fieldActivity.fieldEvent.eventDate.toISOString()).toBe("2025-02-15T16:00:00.000Z");
    expect(observation.sample.sampleName).toMatch(new RegExp(`^WL-${well1.id}-20250215T163000\\.000-[0-9a-f]{4}$`));

    // The series computes depth below ground: MP of the row, else of the well's history.
    const levels = await api.run<{ groundwaterLevels: { edges: { node: { depthToWater: { value: number }; measuringPointHeight: { value: number } } }[] } }>(
      `query($w: ID!) { groundwaterLevels(wellId: $w) { edges { node { depthToWater { value } measuringPointHeight { value } } } } }`,
      { w: String(well2.id) },
    );
    expect(levels.data?.groundwaterLevels.edges.map((e) => [e.node.depthToWater.value, e.node.measuringPointHeight.value])).toEqual([[52.5, 2.5]]);
  });

  it("lists every problem of every row and writes nothing", async () => {
    await createThing(api.db.prisma, { name: "WL-TWIN" });
    await createThing(api.db.prisma, { name: "WL-TWIN" });
    await createManualLevel(api.db.prisma, well1.id, { measuredAt: new Date("2024-12-01T17:00:00Z"), value: 90 });
    const rows = [
      GOOD, // 1: valid
      ",,,,,,,,,,", // 2: skipped (all cells empty)
      " ,WL-IMPORT-1, ,2025-04-02T09:30:00-06:00,,electric tape,1.5,stable,,approved,", // 2: four required values missing
      "A. Lopez,WL-IMPORT-1,2025-04-03T09:00:00,2025-02-30T09:30:00-06:00,robot,laser,one,sinking,deep,final,", // 3: eight bad values
      "A. Lopez,WL-IMPORT-1,2099-01-01T00:00:00Z,2099-01-01T00:30:00Z,consultant,steel tape,1,stable,10,approved,", // 4: future
      "A. Lopez,WL-NOWHERE,2025-04-04T09:00:00-06:00,2025-04-04T09:30:00-06:00,consultant,steel tape,1,stable,10,approved,", // 5: unknown well
      "A. Lopez,WL-TWIN,2025-04-04T09:00:00-06:00,2025-04-04T09:30:00-06:00,consultant,steel tape,1,stable,10,approved,", // 6: ambiguous well
      "A. Lopez,WL-IMPORT-1,2025-04-05T09:00:00-06:00,2025-04-05T09:30:00-06:00,consultant,steel tape,1.5,stable,302,approved,", // 7: deeper than the well
      "A. Lopez,WL-IMPORT-1,2025-04-01T09:00:00-06:00,2025-04-01T15:30:00Z,consultant,steel tape,1.5,stable,100,approved,", // 8: same instant as row 1
      "A. Lopez,WL-IMPORT-1,2024-12-01T10:00:00-07:00,2024-12-01T10:00:00-07:00,consultant,steel tape,1.5,stable,100,approved,", // 9: already stored
    ];
    const result = await rejectedImport([HEADER, ...rows].join("\n"));
    expect(result.status).toBe("REJECTED_ROWS");
    expect(result.summary).toEqual({ totalRowsProcessed: 9, totalRowsImported: 0, validationErrors: 19 });
    const iso = "must be an ISO 8601 date-time with a UTC offset, e.g. 2025-02-15T10:30:00-07:00";
    expect(result.problems).toEqual([
      { kind: "MISSING_VALUE", row: 2, field: "field_staff", message: "field_staff is required", value: null },
      { kind: "MISSING_VALUE", row: 2, field: "field_event_date_time", message: "field_event_date_time is required", value: null },
      { kind: "MISSING_VALUE", row: 2, field: "sampler", message: "sampler is required", value: null },
      { kind: "MISSING_VALUE", row: 2, field: "depth_to_water_ft", message: "depth_to_water_ft is required", value: null },
      { kind: "INVALID_VALUE", row: 3, field: "field_event_date_time", message: `field_event_date_time ${iso}`, value: "2025-04-03T09:00:00" },
      { kind: "INVALID_VALUE", row: 3, field: "measurement_date_time", message: `measurement_date_time is not a valid date-time: measurement_date_time ${iso}`, value: "2025-02-30T09:30:00-06:00" },
      { kind: "INVALID_VALUE", row: 3, field: "sampler", message: "sampler must be one of: groundwater team, consultant", value: "robot" },
      expect.objectContaining({ kind: "INVALID_VALUE", row: 3, field: "sample_method", value: "laser" }),
      { kind: "INVALID_VALUE", row: 3, field: "mp_height", message: "mp_height must be a number", value: "one" },
      { kind: "INVALID_VALUE", row: 3, field: "level_status", message: "level_status must be one of: stable, rising, falling", value: "sinking" },
      { kind: "INVALID_VALUE", row: 3, field: "depth_to_water_ft", message: "depth_to_water_ft must be a number", value: "deep" },
      { kind: "INVALID_VALUE", row: 3, field: "data_quality", message: "data_quality must be one of: approved, provisional", value: "final" },
      { kind: "INVALID_VALUE", row: 4, field: "field_event_date_time", message: "field_event_date_time cannot be in the future", value: "2099-01-01T00:00:00Z" },
      { kind: "INVALID_VALUE", row: 4, field: "measurement_date_time", message: "measurement_date_time cannot be in the future", value: "2099-01-01T00:30:00Z" },
      { kind: "UNKNOWN_REFERENCE", row: 5, field: "well_name_point_id", message: 'No water well is named "WL-NOWHERE"', value: "WL-NOWHERE" },
      expect.objectContaining({ kind: "INVALID_VALUE", row: 6, field: "well_name_point_id", value: "WL-TWIN" }),
      {
        kind: "INVALID_VALUE",
        row: 7,
        field: "depth_to_water_ft",
        message: "Depth to water 300.5 ft below ground surface (reading 302 ft - measuring point 1.5 ft) exceeds the depth of well WL-IMPORT-1 (300 ft)",
        value: "302",
      },
      {
        kind: "DUPLICATE_VALUE",
        row: 8,
        field: "measurement_date_time",
        message: "Row 1 already has a level of well WL-IMPORT-1 measured at 2025-04-01T15:30:00.000Z",
        value: "2025-04-01T15:30:00Z",
      },
      {
        kind: "DUPLICATE_VALUE",
        row: 9,
        field: "measurement_date_time",
        message: "Well WL-IMPORT-1 already has a groundwater level measured at 2024-12-01T17:00:00.000Z",
        value: "2024-12-01T10:00:00-07:00",
      },
    ]);
    // The lexicon message names the category and lists terms; the ambiguous well names both ids.
    expect(result.problems[7]?.message).toMatch(/^sample_method: "laser" is not a sample_method term; valid terms: /);
    expect(result.problems[15]?.message).toMatch(/^2 water wells are named "WL-TWIN" \(ids \d+, \d+\)$/);
  });

  it("reports every missing value of a row, and counts the problems it lists", async () => {
    const result = await rejectedImport([HEADER, "x,WL-IMPORT-1,,,,,,,,,"].join("\n"));
    expect(result.summary.validationErrors).toBe(result.problems.length);
    expect(result.problems.map((p) => p.field)).toEqual([
      "field_event_date_time",
      "measurement_date_time",
      "sampler",
      "sample_method",
      "level_status",
      "depth_to_water_ft",
      "data_quality",
    ]);
  });
});

describe("importWaterLevels: structural problems reject the file", () => {
  const cases: [string, string | (() => Promise<string>), Partial<Problem>[]][] = [
    ["an empty file", () => fixture("empty.csv"), [{ kind: "EMPTY_FILE", message: "The file is empty" }]],
    ["a file of blank lines", () => fixture("blank.csv"), [{ kind: "EMPTY_FILE" }]],
    ["headers only", () => fixture("water-levels-headers-only.csv"), [{ kind: "NO_DATA_ROWS", message: "The file has a header but no data rows" }]],
    ["semicolons", () => fixture("water-levels-semicolon.csv"), [{ kind: "WRONG_DELIMITER", message: "The header is delimited by semicolons; use commas", value: ";" }]],
    ["tabs", () => fixture("water-levels-tab.csv"), [{ kind: "WRONG_DELIMITER", message: "The header is delimited by tabs; use commas", value: "\t" }]],
    ["a repeated header row", () => fixture("water-levels-repeated-header.csv"), [{ kind: "REPEATED_HEADER", row: 2, message: "Data row 2 (line 3) repeats the header row" }]],
    [
      "a duplicate column",
      () => fixture("water-levels-duplicate-column.csv"),
      [{ kind: "DUPLICATE_COLUMN", field: "sampler", value: "sampler", message: 'The column "sampler" appears more than once in the header' }],
    ],
    [
      "missing required columns",
      () => fixture("water-levels-missing-columns.csv"),
      [
        { kind: "MISSING_COLUMNS", field: "sampler", message: 'The required column "sampler" is missing from the header' },
        { kind: "MISSING_COLUMNS", field: "data_quality", message: 'The required column "data_quality" is missing from the header' },
      ],
    ],
    ["unbalanced quotes", () => fixture("water-levels-unbalanced-quote.csv"), [{ kind: "MALFORMED_CSV" }]],
    ["a row with more cells than the header", `${HEADER}\n${GOOD},extra`, [{ kind: "MALFORMED_CSV", row: 1, message: "Data row 1 (line 2) has 12 cells, more than the 11 columns of the header" }]],
  ];
  for (const [name, input, expected] of cases) {
    it(`rejects ${name}`, async () => {
      const csv = typeof input === "string" ? input : await input();
      const result = await rejectedImport(csv);
      expect(result.status).toBe("REJECTED_FILE");
      expect(result.problems).toHaveLength(expected.length);
      expected.forEach((p, i) => expect(result.problems[i]).toMatchObject(p));
      expect(result.summary.validationErrors).toBe(expected.length);
    });
  }

  it("rejects more than 10,000 rows (the default maximum) and honours a configured maximum", async () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => GOOD.replace("2025-04-01T09:30:00-06:00", new Date(Date.UTC(2020, 0, 1) + i * 60_000).toISOString()));
    const result = await rejectedImport([HEADER, ...rows].join("\n"));
    expect(result.status).toBe("REJECTED_FILE");
    expect(result.problems).toEqual([
      { kind: "TOO_MANY_ROWS", row: null, field: null, value: null, message: "The file has more than 10000 data rows, the most one import accepts; split it" },
    ]);
    expect(result.summary.totalRowsProcessed).toBe(10_000);
    const small = await importWaterLevels({ prisma: api.db.prisma, user: null, lexicon: api.lexicon }, [HEADER, GOOD, GOOD, GOOD].join("\n"), { maxRows: 2 });
    expect(small.problems.map((p) => p.kind)).toEqual(["TOO_MANY_ROWS"]);
  });
});

describe("POST /imports/water-levels", () => {
  let url = "";
  let importServer: ImportServer | undefined;
  const tokens: Record<string, ReturnType<typeof callerFromGroups>> = {
    "Bearer admin": ADMIN_CALLER,
    "Bearer viewer": callerFromGroups(["Viewer"]),
  };
  beforeAll(async () => {
    importServer = await startImportServer(api, async (header) => ({ caller: (header && tokens[header]) || ANONYMOUS_CALLER, user: header ? { id: "u1", name: "Uploader" } : null }));
    url = importServer.url;
  });
  afterAll(async () => importServer?.close());

  const row = (i: number) => GOOD.replace("2025-04-01T09:30:00-06:00", `2023-0${i}-01T09:30:00-06:00`);

  it("answers 201 for a text/csv body and records the uploader", async () => {
    const response = await fetch(`${url}/imports/water-levels`, {
      method: "POST",
      headers: { "content-type": "text/csv", authorization: "Bearer admin" },
      body: [HEADER, row(1)].join("\n"),
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { status: string; summary: unknown; waterLevels: { observationId: number }[] };
    expect(body.status).toBe("IMPORTED");
    expect(body.summary).toEqual({ totalRowsProcessed: 1, totalRowsImported: 1, validationErrors: 0 });
    const stored = await api.db.prisma.observation.findUniqueOrThrow({ where: { id: body.waterLevels[0]?.observationId ?? 0 } });
    expect([stored.createdById, stored.createdByName]).toEqual(["u1", "Uploader"]);
  });

  it("answers 201 for the field `file` of a multipart upload", async () => {
    const form = new FormData();
    form.append("note", "ignored");
    form.append("file", new Blob([[HEADER, row(2)].join("\r\n")], { type: "text/csv" }), "levels.csv");
    const response = await fetch(`${url}/imports/water-levels`, { method: "POST", headers: { authorization: "Bearer admin" }, body: form });
    expect(response.status).toBe(201);
    expect(((await response.json()) as { summary: { totalRowsImported: number } }).summary.totalRowsImported).toBe(1);
  });

  it("answers 422 for invalid rows and 400 for an unusable file, writing nothing", async () => {
    const before = await counts();
    const post = (body: BodyInit, type = "text/csv") =>
      fetch(`${url}/imports/water-levels`, { method: "POST", headers: { "content-type": type, authorization: "Bearer admin" }, body });
    const invalid = await post([HEADER, row(3).replace("consultant", "robot")].join("\n"));
    expect(invalid.status).toBe(422);
    expect(((await invalid.json()) as { problems: Problem[] }).problems).toEqual([
      { kind: "INVALID_VALUE", row: 1, field: "sampler", message: "sampler must be one of: groundwater team, consultant", value: "robot" },
    ]);
    const empty = await post("");
    expect(empty.status).toBe(400);
    expect(await empty.json()).toMatchObject({ status: "REJECTED_FILE", problems: [{ kind: "EMPTY_FILE" }] });
    const binary = await post(new Uint8Array([0xff, 0xfe, 0x00, 0x41]));
    expect(binary.status).toBe(400);
    expect(await binary.json()).toMatchObject({ problems: [{ kind: "MALFORMED_CSV", message: "The file is not UTF-8 text" }] });
    const json = await post("{}", "application/json");
    expect(json.status).toBe(415);
    const noFile = new FormData();
    noFile.append("upload", "x");
    const missing = await fetch(`${url}/imports/water-levels`, { method: "POST", headers: { authorization: "Bearer admin" }, body: noFile });
    expect(missing.status).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it("needs an Editor or Admin: 401 without a token, 403 for a Viewer", async () => {
    const anonymous = await fetch(`${url}/imports/water-levels`, { method: "POST", headers: { "content-type": "text/csv" }, body: HEADER });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toBe("Bearer");
    const viewer = await fetch(`${url}/imports/water-levels`, { method: "POST", headers: { "content-type": "text/csv", authorization: "Bearer viewer" }, body: HEADER });
    expect(viewer.status).toBe(403);
    expect(await viewer.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
  });
});

describe("npm run import -- water-levels", () => {
  it("imports a file and exits 0; exits 1 with the problems when rows are invalid", async () => {
    const run = promisify(execFile);
    const file = join(tmpdir(), `levels-${process.pid}.csv`);
    await writeFile(file, [HEADER, GOOD.replace("2025-04-01T09:30:00-06:00", "2022-06-01T09:30:00-06:00")].join("\n"));
    const env = { ...process.env, DATABASE_URL: api.db.url, LOG_LEVEL: "silent" };
    const ok = await run("npx", ["tsx", "scripts/import.ts", "water-levels", file], { env, cwd: new URL("..", import.meta.url).pathname });
    expect(ok.stdout).toContain("IMPORTED: 1 of 1 rows imported, 0 problem(s)");
    const failed = await run("npx", ["tsx", "scripts/import.ts", "water-levels", file], { env, cwd: new URL("..", import.meta.url).pathname }).catch(
      (error: { code: number; stdout: string }) => error,
    );
    expect("code" in failed ? failed.code : 0).toBe(1);
    expect(failed.stdout).toContain("REJECTED_ROWS: 0 of 1 rows imported, 1 problem(s)");
    expect(failed.stdout).toContain("[DUPLICATE_VALUE] row 1, measurement_date_time: Well WL-IMPORT-1 already has a groundwater level measured at 2022-06-01T15:30:00.000Z");
  }, 60_000);
});
