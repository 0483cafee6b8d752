/**
 * `latest_manual_level` (ADR 27): the latest measured manual level per site and release status,
 * kept current by triggers, stays equal to what a walk over every level gives, through inserts,
 * corrections and deletes (through the API and in bulk SQL), moves of samples and events, and
 * deleted sites; `thingsGeoJSON(latestLevel: true)` reads it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createLocationFor, createThing, uniqueName } from "./support/factories.js";
import { ERROR_FIELDS } from "./support/mutationFactories.js";
import { mutationPayload } from "./support/mutationPayload.js";
import { createManualLevel } from "./support/seriesFactories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

interface Row {
  thing_id: number;
  release_status: string;
  observation_id: number;
  measured_at: Date;
}

/** The table's rows for `thingIds`, and the same rows computed from every level (the definition). */
async function tableAndTruth(thingIds: number[]): Promise<{ table: Row[]; truth: Row[] }> {
  const table = await api.db.prisma.$queryRaw<Row[]>`
    SELECT thing_id, release_status, observation_id, measured_at FROM latest_manual_level
    WHERE thing_id = ANY(${thingIds}::int[]) ORDER BY thing_id, release_status`;
  const truth = await api.db.prisma.$queryRaw<Row[]>`
    SELECT DISTINCT ON (fe.thing_id, o.release_status) fe.thing_id, o.release_status, o.id AS observation_id, o.observation_datetime AS measured_at
    FROM observation o JOIN parameter p ON p.id = o.parameter_id JOIN sample s ON s.id = o.sample_id
    JOIN field_activity fa ON fa.id = s.field_activity_id JOIN field_event fe ON fe.id = fa.field_event_id
    WHERE fe.thing_id = ANY(${thingIds}::int[]) AND p.parameter_name = 'groundwater level' AND o.value IS NOT NULL
    ORDER BY fe.thing_id, o.release_status, o.observation_datetime DESC, o.id DESC`;
  return { table, truth };
}

async function expectCurrent(thingIds: number[]): Promise<Row[]> {
  const { table, truth } = await tableAndTruth(thingIds);
  expect(table).toEqual(truth);
  return table;
}

const GEOJSON = `query($filter: ThingFilter) { thingsGeoJSON(filter: $filter, latestLevel: true) }`;

/** `[name, latest_measured_at, latest_depth_to_water_ft]` per feature, as `as` sees them. */
async function mapLayer(stem: string, as: "admin" | "anonymous"): Promise<unknown[]> {
  const result = await api.run<{ thingsGeoJSON: { features: { properties: Record<string, unknown> }[] } }>(GEOJSON, { filter: { nameContains: stem } }, { as });
  expect(result.errors).toBeUndefined();
  expect(result.statements).toBe(1);
  return (result.data?.thingsGeoJSON.features ?? []).map((f) => [f.properties.name, f.properties.latest_measured_at, f.properties.latest_depth_to_water_ft]);
}

const RECORD = `mutation($input: RecordGroundwaterLevelInput!) { recordGroundwaterLevel(input: $input) {
  ${ERROR_FIELDS} ... on RecordGroundwaterLevelSuccess { groundwaterLevel { id } } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateGroundwaterLevelInput!) { updateGroundwaterLevel(id: $id, input: $input) {
  ${ERROR_FIELDS} ... on UpdateGroundwaterLevelSuccess { groundwaterLevel { id } } } }`;
const DELETE_OBSERVATION = `mutation($id: ID!) { deleteObservation(id: $id) { __typename } }`;
const DELETE_SAMPLE = `mutation($id: ID!) { deleteSample(id: $id) { __typename } }`;

describe("latest_manual_level", () => {
  it("follows inserts, corrections and deletes made through the API, and the map layer shows it", async () => {
    const stem = uniqueName("Latest");
    const well = await createThing(api.db.prisma, { name: `${stem}-W`, releaseStatus: "public" });
    await createLocationFor(api.db.prisma, well.id, { releaseStatus: "public" });
    expect(await expectCurrent([well.id])).toEqual([]);

    const record = async (measuredAt: string, level: string) => {
      const payload = await mutationPayload(api, RECORD, { input: { wellId: String(well.id), measuredAt, groundwaterLevel: level, method: "Electric tape", observerInitials: "JS" } });
      expect(payload.__typename).toBe("RecordGroundwaterLevelSuccess");
      return (payload.groundwaterLevel as { id: string }).id;
    };
    const may = await record("2024-05-01T10:00:00Z", "100");
    const june = await record("2024-06-01T10:00:00Z", "110");
    const [only] = await expectCurrent([well.id]);
    expect(only?.observation_id).toBe(Number(june));
    expect(await mapLayer(stem, "admin")).toEqual([[well.name, "2024-06-01T10:00:00.000Z", 110]]);

    // An older level inserted afterwards changes nothing; correcting it to be the newest makes it the latest.
    const april = await record("2024-04-01T10:00:00Z", "90");
    expect((await expectCurrent([well.id]))[0]?.observation_id).toBe(Number(june));
    expect((await mutationPayload(api, UPDATE, { id: april, input: { measuredAt: "2024-07-01T10:00:00Z", groundwaterLevel: "95" } })).__typename).toBe("UpdateGroundwaterLevelSuccess");
    expect((await expectCurrent([well.id]))[0]?.observation_id).toBe(Number(april));
    expect(await mapLayer(stem, "admin")).toEqual([[well.name, "2024-07-01T10:00:00.000Z", 95]]);

    // Correcting the latest back in time hands "latest" back to June.
    await mutationPayload(api, UPDATE, { id: april, input: { measuredAt: "2024-03-01T10:00:00Z" } });
    expect((await expectCurrent([well.id]))[0]?.observation_id).toBe(Number(june));
    // A latest level that turns out unmeasured (no value) stops counting.
    await mutationPayload(api, UPDATE, { id: june, input: { groundwaterLevel: null, reason: "Site was dry" } });
    expect((await expectCurrent([well.id]))[0]?.observation_id).toBe(Number(may));

    // Deleting the latest observation, then the sample of the next one (cascade), hands it down again.
    expect((await mutationPayload(api, DELETE_OBSERVATION, { id: may })).__typename).toBe("DeleteObservationSuccess");
    expect((await expectCurrent([well.id]))[0]?.observation_id).toBe(Number(april));
    const aprilSample = await api.db.prisma.observation.findUniqueOrThrow({ where: { id: Number(april) }, select: { sampleId: true } });
    expect((await mutationPayload(api, DELETE_SAMPLE, { id: String(aprilSample.sampleId) })).__typename).toBe("DeleteSampleSuccess");
    expect(await expectCurrent([well.id])).toEqual([]);
    expect(await mapLayer(stem, "admin")).toEqual([[well.name, null, null]]);
  });

  it("keeps one row per release status, so each viewer gets the latest level it may see", async () => {
    const stem = uniqueName("Released");
    const well = await createThing(api.db.prisma, { name: `${stem}-W`, releaseStatus: "public" });
    await createLocationFor(api.db.prisma, well.id, { releaseStatus: "public" });
    const { observation: published } = await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date("2024-05-01T00:00:00Z"), value: 50 });
    const { observation: draft } = await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date("2024-06-01T00:00:00Z"), value: 60, releaseStatus: "draft" });
    expect((await expectCurrent([well.id])).map((r) => [r.release_status, r.observation_id])).toEqual([["draft", draft.id], ["public", published.id]]);
    expect(await mapLayer(stem, "anonymous")).toEqual([[well.name, "2024-05-01T00:00:00.000Z", 50]]);
    expect(await mapLayer(stem, "admin")).toEqual([[well.name, "2024-06-01T00:00:00.000Z", 60]]);

    // Releasing the draft moves it from one row to the other.
    await api.db.prisma.observation.update({ where: { id: draft.id }, data: { releaseStatus: "public" } });
    expect((await expectCurrent([well.id])).map((r) => [r.release_status, r.observation_id])).toEqual([["public", draft.id]]);
    expect(await mapLayer(stem, "anonymous")).toEqual([[well.name, "2024-06-01T00:00:00.000Z", 60]]);
  });

  it("follows bulk statements over many sites, moved samples and events, and deleted sites", async () => {
    const wells = [];
    for (let i = 0; i < 4; i += 1) wells.push(await createThing(api.db.prisma, { name: uniqueName("Bulk") }));
    const ids = wells.map((w) => w.id);
    const levels = [];
    for (const [i, well] of wells.entries()) {
      for (let day = 1; day <= 3; day += 1) {
        levels.push((await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date(Date.UTC(2024, 0, day, i)), value: day })).observation);
      }
    }
    await expectCurrent(ids);

    // One statement shifting every level of two wells: a correction of many latest levels at once.
    await api.db.prisma.$executeRaw`
      UPDATE observation SET observation_datetime = observation_datetime - (value * interval '1 day') * 10
      WHERE id = ANY(${levels.slice(0, 6).map((l) => l.id)}::int[])`;
    const shifted = await expectCurrent(ids);
    expect(shifted.find((r) => r.thing_id === ids[0])?.observation_id).toBe(levels[0]?.id);

    // One statement deleting the latest level of every well.
    await api.db.prisma.$executeRaw`DELETE FROM observation WHERE id = ANY(${shifted.map((r) => r.observation_id)}::int[])`;
    await expectCurrent(ids);

    // A sample moved to an activity of another well, then a field event moved to another well.
    const [a, b, c, d] = ids as [number, number, number, number];
    const activityOfB = await api.db.prisma.fieldActivity.findFirstOrThrow({ where: { fieldEvent: { thingId: b } } });
    const sampleOfA = await api.db.prisma.sample.findFirstOrThrow({ where: { fieldActivity: { fieldEvent: { thingId: a } } }, orderBy: { sampleDate: "desc" } });
    await api.db.prisma.sample.update({ where: { id: sampleOfA.id }, data: { fieldActivityId: activityOfB.id } });
    await expectCurrent(ids);
    await api.db.prisma.fieldEvent.updateMany({ where: { thingId: c }, data: { thingId: d } });
    expect((await expectCurrent(ids)).filter((r) => r.thing_id === c)).toEqual([]);

    // Deleting a well deletes its levels (cascade), and with them its rows.
    await api.db.prisma.thing.delete({ where: { id: d } });
    expect((await expectCurrent(ids)).filter((r) => r.thing_id === d)).toEqual([]);
  });
});
