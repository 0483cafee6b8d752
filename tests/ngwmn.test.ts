/**
 * NGWMN XML services (`/ngwmn/waterlevels|wellconstruction|lithology/:pointId`): the element
 * structure the reference produced, exact values, escaping, released data only, one SQL
 * statement per document, anonymous access.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ngwmnLithologyDocument } from "../src/domain/ngwmn/ngwmnLithology.js";
import { mergeWaterLevels, ngwmnWaterLevelsDocument } from "../src/domain/ngwmn/ngwmnWaterLevels.js";
import { ngwmnWellConstructionDocument } from "../src/domain/ngwmn/ngwmnWellConstruction.js";
import { escapeXmlText } from "../src/domain/ngwmn/xml.js";
import type { RunningServer } from "../src/server/createServer.js";
import { createThing, uniqueName } from "./support/factories.js";
import { createFormation, createPick, createReleasedReadings, createScreen } from "./support/ngwmnFactories.js";
import { fields, parseXml, type XmlNode } from "./support/parseXml.js";
import { createDeployment, createManualLevel, createMeasuringPoint, createReviewBlock, createSensor } from "./support/seriesFactories.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";
import { startTestServer } from "./support/testServer.js";

let db: TestDatabase;
let server: RunningServer;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

async function getXml(path: string) {
  const response = await fetch(`${server.url}${path}`);
  const body = await response.text();
  return { status: response.status, contentType: response.headers.get("content-type"), body, doc: parseXml(body) };
}

const WATER_LEVEL_FIELDS = [
  "PointID", "DepthFromLandSurfaceData", "WaterLevelUnits", "MeasuringMethod", "MeasurementMonth",
  "MeasurementDay", "MeasurementYear", "MeasurementTime", "MeasurementTimezone", "WaterLevelAccuracy",
];
const CASING_FIELDS = [
  "PointID", "CasingTop", "CasingBottom", "CasingDepthUnits", "ScreenTop", "ScreenBottom", "ScreenDescription", "ScreenMaterial",
];
const LITHOLOGY_FIELDS = ["PointID", "TopDepth", "BottomDepth", "Units", "Description"];

/** [depth, method, month, day, year, accuracy] of each WaterLevel, after checking the fixed fields. */
function waterLevels(root: XmlNode, pointId: string): string[][] {
  expect(root.name).toBe("WaterLevels");
  return root.children.map((level) => {
    expect(level.name).toBe("WaterLevel");
    expect(level.children.map((c) => c.name)).toEqual(WATER_LEVEL_FIELDS);
    const f = Object.fromEntries(fields(level));
    expect([f.PointID, f.WaterLevelUnits, f.MeasurementTime, f.MeasurementTimezone]).toEqual([pointId, "ft bgs", "0:00:00", "MST"]);
    return [f.DepthFromLandSurfaceData, f.MeasuringMethod, f.MeasurementMonth, f.MeasurementDay, f.MeasurementYear, f.WaterLevelAccuracy].map(String);
  });
}

describe("GET /ngwmn/waterlevels/:pointId", () => {
  let pointId: string;

  beforeAll(async () => {
    const prisma = db.prisma;
    pointId = uniqueName("NM");
    const well = await createThing(prisma, { name: pointId, releaseStatus: "public" });
    await createMeasuringPoint(prisma, well.id, { height: 2, startDate: "2020-01-01" });
    const level = (measuredAt: string, value: number | null, extra: Record<string, unknown> = {}) =>
      createManualLevel(prisma, well.id, { measuredAt: new Date(measuredAt), value, ...extra });
    // A legacy date-only level (midnight UTC) keeps its UTC date; no MP history before 2020 -> MP 0.
    await level("2019-07-01T00:00:00Z", 90, { method: "Unknown (for legacy data only; not for new data entry)" });
    // MP checked in the field (2.5) beats the history (2.0): 102.5 - 2.5 = 100.
    await level("2024-03-05T17:30:00Z", 102.5, { measuringPointHeight: 2.5, method: "Steel-tape measurement" });
    // 03:00 UTC on the 6th is 20:00 MST on the 5th; MP from history: 105 - 2 = 103.
    await level("2024-03-06T03:00:00Z", 105);
    await level("2024-03-07T17:00:00Z", 104, { releaseStatus: "draft" }); // unreleased: left out
    await level("2024-03-08T17:00:00Z", null, { reason: "Site was dry" }); // no value: left out
    await level("2024-04-10T16:00:00Z", 52, { method: "Sonic water level meter (acoustic pulse)" }); // 50 < daily 60: wins
    await level("2024-04-11T16:00:00Z", 82); // 80 > daily 61: the transducer value wins

    const sensor = await createSensor(prisma);
    const deployment = await createDeployment(prisma, well.id, sensor.id);
    await createReviewBlock(prisma, well.id, { reviewStatus: "approved", start: new Date("2024-04-09T00:00:00Z"), end: new Date("2024-04-12T23:59:59Z") });
    await createReviewBlock(prisma, well.id, { reviewStatus: "not reviewed", start: new Date("2024-04-13T00:00:00Z"), end: new Date("2024-04-14T00:00:00Z") });
    await createReleasedReadings(prisma, deployment.id, [
      { at: "2024-04-10T03:00:00Z", value: 70 }, // 20:00 MST on the 9th
      { at: "2024-04-10T08:00:00Z", value: 59 },
      { at: "2024-04-10T20:00:00Z", value: 61 }, // mean of the 10th: 60
      { at: "2024-04-11T12:00:00Z", value: 61 },
      { at: "2024-04-12T12:00:00Z", value: 62.5 },
      { at: "2024-04-12T13:00:00Z", value: 1000, releaseStatus: "draft" }, // unreleased reading
      { at: "2024-04-13T12:00:00Z", value: 64 }, // not approved
    ]);
  });

  it("lists released levels by day with the reference's elements, merging daily transducer values", async () => {
    const { status, contentType, doc } = await getXml(`/ngwmn/waterlevels/${pointId}`);
    expect(status).toBe(200);
    expect(contentType).toBe("application/xml; charset=utf-8");
    expect(doc.declaration).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(waterLevels(doc.root, pointId)).toEqual([
      ["90.00", "Unknown; from legacy data", "7", "1", "2019", ""],
      ["100.00", "Steel tape", "3", "5", "2024", ""],
      ["103.00", "Electric tape", "3", "5", "2024", ""],
      ["70.00", "Pressure Transducer", "4", "9", "2024", "0.02 ft"],
      ["50.00", "Sonic water level meter (acoustic pulse)", "4", "10", "2024", ""],
      ["61.00", "Pressure Transducer", "4", "11", "2024", "0.02 ft"],
      ["62.50", "Pressure Transducer", "4", "12", "2024", "0.02 ft"],
    ]);
  });

  it("serves the hyphenated alias with the same document", async () => {
    const [a, b] = await Promise.all([getXml(`/ngwmn/waterlevels/${pointId}`), getXml(`/ngwmn/water-levels/${pointId}`)]);
    expect(b.status).toBe(200);
    expect(b.body).toBe(a.body);
  });

  it("builds the document in one SQL statement", async () => {
    const before = db.statementCount();
    await ngwmnWaterLevelsDocument(db.prisma, pointId);
    expect(db.statementCount() - before).toBe(1);
  });

  it("gives an empty document for an unreleased well, whatever its records", async () => {
    const name = uniqueName("NM");
    const draft = await createThing(db.prisma, { name, releaseStatus: "draft" });
    await createManualLevel(db.prisma, draft.id, { measuredAt: new Date("2024-01-01T18:00:00Z"), value: 10 });
    const { status, body } = await getXml(`/ngwmn/waterlevels/${name}`);
    expect(status).toBe(200);
    expect(body).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<WaterLevels/>');
  });

  it("gives an empty document for an unknown point id, and for a spring of that name", async () => {
    expect((await getXml(`/ngwmn/waterlevels/${uniqueName("NOPE")}`)).doc.root).toEqual({ name: "WaterLevels", text: "", children: [] });
    const spring = await createThing(db.prisma, { name: uniqueName("SP"), thingType: "spring", releaseStatus: "public" });
    await createManualLevel(db.prisma, spring.id, { measuredAt: new Date("2024-01-01T18:00:00Z"), value: 10 });
    expect((await getXml(`/ngwmn/waterlevels/${spring.name}`)).doc.root.children).toEqual([]);
  });

  it("reports one level per transducer day: the shallowest, the transducer value on a tie", () => {
    const manual = [
      { pointId: "P", day: "2024-01-01", depth: 10, method: "Steel-tape measurement" },
      { pointId: "P", day: "2024-01-01", depth: 9, method: "Estimated" },
      { pointId: "P", day: "2024-01-02", depth: 5, method: "Estimated" },
    ];
    const daily = [
      { pointId: "P", day: "2024-01-01", depth: 9.5 },
      { pointId: "P", day: "2024-01-02", depth: 5 },
    ];
    expect(mergeWaterLevels(manual, daily)).toEqual([
      { kind: "manual", pointId: "P", day: "2024-01-01", depth: 9, method: "Estimated" },
      { kind: "transducer", pointId: "P", day: "2024-01-02", depth: 5 },
    ]);
  });
});

describe("GET /ngwmn/wellconstruction/:pointId", () => {
  const awkward = 'Slotted <PVC> & "wire-wrap" ]]> screen\u0001';

  it("lists released screens under the casing, in depth order, with escaped text", async () => {
    const pointId = uniqueName("NM");
    const well = await createThing(db.prisma, { name: pointId, wellCasingDepth: 315, releaseStatus: "published" });
    await createScreen(db.prisma, well.id, { top: 295, bottom: 315.5 });
    await createScreen(db.prisma, well.id, { top: 255, bottom: 285, description: awkward, screenType: "PVC" });
    await createScreen(db.prisma, well.id, { top: 100, bottom: 120, description: "draft", releaseStatus: "draft" });

    const { status, contentType, body, doc } = await getXml(`/ngwmn/wellconstruction/${pointId}`);
    expect(status).toBe(200);
    expect(contentType).toBe("application/xml; charset=utf-8");
    expect(body).toContain("<ScreenDescription>Slotted &lt;PVC&gt; &amp; \"wire-wrap\" ]]&gt; screen</ScreenDescription>");
    expect(doc.root.name).toBe("Casings");
    expect(doc.root.children.map((c) => c.name)).toEqual(["Casing", "Casing"]);
    for (const casing of doc.root.children) expect(casing.children.map((c) => c.name)).toEqual(CASING_FIELDS);
    expect(doc.root.children.map(fields)).toEqual([
      [
        ["PointID", pointId], ["CasingTop", "0.0"], ["CasingBottom", "315.0"], ["CasingDepthUnits", "ft bgs"],
        ["ScreenTop", "255.0"], ["ScreenBottom", "285.0"], ["ScreenDescription", 'Slotted <PVC> & "wire-wrap" ]]> screen'],
        ["ScreenMaterial", "PVC"],
      ],
      [
        ["PointID", pointId], ["CasingTop", "0.0"], ["CasingBottom", "315.0"], ["CasingDepthUnits", "ft bgs"],
        ["ScreenTop", "295.0"], ["ScreenBottom", "315.5"], ["ScreenDescription", ""], ["ScreenMaterial", ""],
      ],
    ]);

    const before = db.statementCount();
    await ngwmnWellConstructionDocument(db.prisma, pointId);
    expect(db.statementCount() - before).toBe(1);
  });

  it("reports the casing alone for a well without released screens; nothing without casing or screens", async () => {
    const cased = await createThing(db.prisma, { name: uniqueName("NM"), wellCasingDepth: 12.25 });
    const { doc } = await getXml(`/ngwmn/well-construction/${cased.name}`);
    expect(doc.root.children.map(fields)).toEqual([
      [
        ["PointID", cased.name], ["CasingTop", "0.0"], ["CasingBottom", "12.25"], ["CasingDepthUnits", "ft bgs"],
        ["ScreenTop", ""], ["ScreenBottom", ""], ["ScreenDescription", ""], ["ScreenMaterial", ""],
      ],
    ]);
    const bare = await createThing(db.prisma, { name: uniqueName("NM") });
    expect((await getXml(`/ngwmn/wellconstruction/${bare.name}`)).body).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<Casings/>');
  });

  it("hides every record of an unreleased well", async () => {
    const hidden = await createThing(db.prisma, { name: uniqueName("NM"), wellCasingDepth: 50, releaseStatus: "private" });
    await createScreen(db.prisma, hidden.id, { top: 10, bottom: 20 });
    expect((await getXml(`/ngwmn/wellconstruction/${hidden.name}`)).doc.root.children).toEqual([]);
  });

  it("escapes point ids in the text (names are free text)", async () => {
    const name = `NM <&> ${uniqueName("x")}`;
    await createThing(db.prisma, { name, wellCasingDepth: 10 });
    const { body, doc } = await getXml(`/ngwmn/wellconstruction/${encodeURIComponent(name)}`);
    expect(body).toContain(`<PointID>${name.replace("<&>", "&lt;&amp;&gt;")}</PointID>`);
    expect(doc.root.children[0]?.children[0]).toEqual({ name: "PointID", text: name, children: [] });
  });
});

describe("GET /ngwmn/lithology/:pointId", () => {
  it("lists released picks that have a lithology, by depth", async () => {
    const pointId = uniqueName("NM");
    const well = await createThing(db.prisma, { name: pointId, releaseStatus: "public" });
    const clay = await createFormation(db.prisma, "Clay");
    const sand = await createFormation(db.prisma, "Sand and gravel");
    const unnamed = await createFormation(db.prisma, null);
    await createPick(db.prisma, well.id, clay.id, { top: 40, bottom: 120.5 });
    await createPick(db.prisma, well.id, sand.id, { top: 0, bottom: 40 });
    await createPick(db.prisma, well.id, sand.id, { top: 120.5, bottom: 300, releaseStatus: "draft" });
    await createPick(db.prisma, well.id, unnamed.id, { top: 300, bottom: 340 });

    const { status, contentType, doc } = await getXml(`/ngwmn/lithology/${pointId}`);
    expect(status).toBe(200);
    expect(contentType).toBe("application/xml; charset=utf-8");
    expect(doc.root.name).toBe("Lithologies");
    expect(doc.root.children.map((c) => c.name)).toEqual(["Lithology", "Lithology"]);
    for (const interval of doc.root.children) expect(interval.children.map((c) => c.name)).toEqual(LITHOLOGY_FIELDS);
    expect(doc.root.children.map(fields)).toEqual([
      [["PointID", pointId], ["TopDepth", "0.0"], ["BottomDepth", "40.0"], ["Units", "feet"], ["Description", "Sand and gravel"]],
      [["PointID", pointId], ["TopDepth", "40.0"], ["BottomDepth", "120.5"], ["Units", "feet"], ["Description", "Clay"]],
    ]);

    const before = db.statementCount();
    await ngwmnLithologyDocument(db.prisma, pointId);
    expect(db.statementCount() - before).toBe(1);
  });

  it("gives an empty document for an unreleased well and for an unknown point", async () => {
    const hidden = await createThing(db.prisma, { name: uniqueName("NM"), releaseStatus: "draft" });
    await createPick(db.prisma, hidden.id, (await createFormation(db.prisma, "Clay")).id, { top: 0, bottom: 10 });
    expect((await getXml(`/ngwmn/lithology/${hidden.name}`)).body).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<Lithologies/>');
    expect((await getXml(`/ngwmn/lithology/${uniqueName("NOPE")}`)).body).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<Lithologies/>');
  });
});

describe("escapeXmlText", () => {
  it("escapes markup characters and drops characters XML 1.0 cannot carry", () => {
    expect(escapeXmlText("a<b>&c\u0000\u0008\u000B\u001F\uFFFE\t\n\r\uD800x\u00e9\uD83D\uDCA7")).toBe("a&lt;b&gt;&amp;c\t\n\rx\u00e9\uD83D\uDCA7");
  });
});
