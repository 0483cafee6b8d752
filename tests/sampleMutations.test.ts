/**
 * Samples and chemistry results: createSample (with its field event and activity, or in an existing
 * activity), updateSample, deleteSample (observations cascade), recordWaterChemistry,
 * updateObservation and deleteObservation. Every validation rule, all failing fields listed at
 * once, not found, the duplicate sample name, and nothing half-written.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createContactFor, createThing, uniqueName } from "./support/factories.js";
import { countRows, ERROR_FIELDS, errorFields, rejectValueInDatabase } from "./support/mutationFactories.js";
import { createManualLevel, parameterId } from "./support/seriesFactories.js";
import { mutationPayload, type MutationPayload } from "./support/mutationPayload.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const SAMPLE_TABLES = ["field_event", "field_event_participant", "field_activity", "sample", "observation"];
const EDITOR = { id: "u-editor", name: "Ana Ortiz" };

const SAMPLE_FIELDS = "id name sampleDate matrix method qcType observations { id }";
const OBSERVATION_FIELDS = "id observedAt value unit reason parameter { id name matrix }";

const CREATE = `mutation($input: CreateSampleInput!) { createSample(input: $input) {
  ${ERROR_FIELDS}
  ... on CreateSampleSuccess { sample { ${SAMPLE_FIELDS} } thing { id name } fieldEventId fieldActivityId } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSampleInput!) { updateSample(id: $id, input: $input) {
  ${ERROR_FIELDS} ... on UpdateSampleSuccess { sample { ${SAMPLE_FIELDS} } } } }`;
const DELETE = `mutation($id: ID!) { deleteSample(id: $id) {
  ${errorFields("NotFoundError")} ... on DeleteSampleSuccess { deletedId deletedObservationCount } } }`;
const RECORD = `mutation($input: RecordWaterChemistryInput!) { recordWaterChemistry(input: $input) {
  ${errorFields("ValidationError", "NotFoundError")}
  ... on RecordWaterChemistrySuccess { observation { ${OBSERVATION_FIELDS} } sample { id observations { id } } } } }`;
const UPDATE_OBSERVATION = `mutation($id: ID!, $input: UpdateObservationInput!) { updateObservation(id: $id, input: $input) {
  ${errorFields("ValidationError", "NotFoundError")} ... on UpdateObservationSuccess { observation { ${OBSERVATION_FIELDS} } } } }`;
const DELETE_OBSERVATION = `mutation($id: ID!) { deleteObservation(id: $id) {
  ${errorFields("NotFoundError")} ... on DeleteObservationSuccess { deletedId sampleId } } }`;

type Payload = MutationPayload;
type SamplePayload = Payload & { sample: { id: string; name: string }; fieldEventId: string; fieldActivityId: string };

/** Runs a mutation and returns its payload as a client receives it (DateTime values as strings). */
function run<T extends Payload = Payload>(query: string, variables: Record<string, unknown>, user: typeof EDITOR | null = null): Promise<T> {
  return mutationPayload<T>(api, query, variables, { user });
}

function sampleInput(thing: { id: number }, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { thingId: String(thing.id), sampleDate: "2025-03-01T09:00:00-07:00", sampleMatrix: "groundwater", sampleMethod: "pump", ...overrides };
}

/** A new sample at a new well, through the API; its ids. */
async function newSample(overrides: Record<string, unknown> = {}): Promise<SamplePayload> {
  const thing = await createThing(api.db.prisma);
  const payload = await run<SamplePayload>(CREATE, { input: sampleInput(thing, overrides) });
  expect(payload.__typename).toBe("CreateSampleSuccess");
  return payload;
}

async function arsenic(): Promise<string> {
  return String(await parameterId(api.db.prisma, "Arsenic"));
}

describe("createSample", () => {
  it("writes the field event, participant, activity and sample at a site, with a generated name", async () => {
    const well = await createThing(api.db.prisma);
    const sampler = await createContactFor(api.db.prisma, well.id);
    const payload = await run<SamplePayload>(
      CREATE,
      {
        input: sampleInput(well, {
          sampleMethod: "Bailer",
          qcType: " Duplicate ",
          depthTop: { value: 3, unit: "METER" },
          depthBottom: { value: 12, unit: "FOOT" },
          participantContactId: String(sampler.id),
          notes: " Cloudy water ",
          releaseStatus: "PROVISIONAL",
        }),
      },
      EDITOR,
    );
    expect(payload).toEqual({
      __typename: "CreateSampleSuccess",
      sample: {
        id: payload.sample.id,
        name: expect.stringMatching(new RegExp(`^WC-${well.id}-20250301T160000\\.000-[0-9a-f]{4}$`)),
        sampleDate: "2025-03-01T16:00:00.000Z",
        matrix: "groundwater",
        method: "bailer",
        qcType: "Duplicate",
        observations: [],
      },
      thing: { id: String(well.id), name: well.name },
      fieldEventId: payload.fieldEventId,
      fieldActivityId: payload.fieldActivityId,
    });

    const row = await api.db.prisma.sample.findUniqueOrThrow({
      where: { id: Number(payload.sample.id) },
      include: { fieldEventParticipant: true, fieldActivity: { include: { fieldEvent: true } } },
    });
    expect({
      depths: [row.depthTop, row.depthBottom],
      notes: row.notes,
      statuses: [row.releaseStatus, row.fieldActivity.releaseStatus, row.fieldActivity.fieldEvent.releaseStatus],
      audit: [row.createdById, row.createdByName, row.fieldActivity.fieldEvent.createdByName],
      activity: [row.fieldActivity.id, row.fieldActivity.activityType],
      event: [row.fieldActivity.fieldEvent.id, row.fieldActivity.fieldEvent.thingId, row.fieldActivity.fieldEvent.eventDate.toISOString()],
      participant: [row.fieldEventParticipant?.contactId, row.fieldEventParticipant?.participantRole, row.fieldEventParticipant?.fieldEventId],
    }).toEqual({
      depths: [9.842519685, 12],
      notes: "Cloudy water",
      statuses: ["provisional", "provisional", "provisional"],
      audit: ["u-editor", "Ana Ortiz", "Ana Ortiz"],
      activity: [Number(payload.fieldActivityId), "water chemistry"],
      event: [Number(payload.fieldEventId), well.id, "2025-03-01T16:00:00.000Z"],
      participant: [sampler.id, "Lead", Number(payload.fieldEventId)],
    });
  });

  it("defaults to QC type Normal, DRAFT and no participant; a groundwater-level activity names the sample WL-", async () => {
    const payload = await newSample({ activityType: "groundwater level", sampleName: null });
    const row = await api.db.prisma.sample.findUniqueOrThrow({ where: { id: Number(payload.sample.id) } });
    expect([row.qcType, row.releaseStatus, row.fieldEventParticipantId, row.depthTop, row.depthBottom, row.notes, row.createdById]).toEqual([
      "Normal",
      "draft",
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(row.sampleName).toMatch(/^WL-\d+-20250301T160000\.000-[0-9a-f]{4}$/);
  });

  it("adds a sample to an existing activity, reusing or adding the sampler's participant record", async () => {
    const well = await createThing(api.db.prisma);
    const lead = await createContactFor(api.db.prisma, well.id);
    const helper = await createContactFor(api.db.prisma, well.id);
    const first = await run<SamplePayload>(CREATE, { input: sampleInput(well, { participantContactId: String(lead.id) }) });
    const before = await countRows(api.db.prisma, SAMPLE_TABLES);

    const name = uniqueName("bottle");
    const second = await run<SamplePayload>(CREATE, {
      input: { fieldActivityId: first.fieldActivityId, sampleName: ` ${name} `, sampleDate: "2025-03-01T16:30:00Z", sampleMatrix: "Groundwater", sampleMethod: "grab sample", participantContactId: String(lead.id) },
    });
    expect(second).toEqual({
      __typename: "CreateSampleSuccess",
      sample: { id: second.sample.id, name, sampleDate: "2025-03-01T16:30:00.000Z", matrix: "groundwater", method: "grab sample", qcType: "Normal", observations: [] },
      thing: { id: String(well.id), name: well.name },
      fieldEventId: first.fieldEventId,
      fieldActivityId: first.fieldActivityId,
    });
    expect(await countRows(api.db.prisma, SAMPLE_TABLES)).toEqual({ ...before, sample: Number(before.sample) + 1 });

    const third = await run<SamplePayload>(CREATE, {
      input: { fieldActivityId: first.fieldActivityId, sampleDate: "2025-03-01T16:40:00Z", sampleMatrix: "groundwater", sampleMethod: "pump", participantContactId: String(helper.id) },
    });
    const participants = await api.db.prisma.fieldEventParticipant.findMany({
      where: { fieldEventId: Number(first.fieldEventId) },
      orderBy: { id: "asc" },
      select: { id: true, contactId: true, participantRole: true },
    });
    expect(participants.map((p) => [p.contactId, p.participantRole])).toEqual([
      [lead.id, "Lead"],
      [helper.id, "Participant"],
    ]);
    const samplers = await api.db.prisma.sample.findMany({
      where: { id: { in: [first, second, third].map((s) => Number(s.sample.id)) } },
      orderBy: { id: "asc" },
      select: { fieldEventParticipantId: true },
    });
    expect(samplers.map((s) => s.fieldEventParticipantId)).toEqual([participants[0]?.id, participants[0]?.id, participants[1]?.id]);
  });

  it("lists every failing field in one ValidationError and writes nothing", async () => {
    const before = await countRows(api.db.prisma, SAMPLE_TABLES);
    const payload = await run(CREATE, {
      input: {
        sampleDate: "2050-01-01T00:00:00Z",
        sampleMatrix: "groundwater",
        sampleMethod: "pump",
        sampleName: "  ",
        qcType: "Q".repeat(101),
        depthTop: { value: -2, unit: "FOOT" },
        depthBottom: { value: 0, unit: "FOOT" },
      },
    });
    expect(payload).toEqual({
      __typename: "ValidationError",
      message: "6 fields are invalid: input.thingId, input.sampleDate, input.sampleName, input.qcType, input.depthTop, input.depthBottom",
      fieldErrors: [
        { path: ["input", "thingId"], message: "Thing ID or field activity ID is required" },
        { path: ["input", "sampleDate"], message: "Sample date cannot be in the future" },
        { path: ["input", "sampleName"], message: "Sample name must not be empty" },
        { path: ["input", "qcType"], message: "QC type must be at most 100 characters" },
        { path: ["input", "depthTop"], message: "Top depth must be greater than 0" },
        { path: ["input", "depthBottom"], message: "Bottom depth must be greater than 0" },
      ],
    });
    expect(await countRows(api.db.prisma, SAMPLE_TABLES)).toEqual(before);
  });

  it("refuses both site and activity, an activity type for an existing activity, and a bottom not below the top", async () => {
    const well = await createThing(api.db.prisma);
    expect(
      await run(CREATE, {
        input: sampleInput(well, { fieldActivityId: "1", activityType: "water chemistry", depthTop: { value: 20, unit: "FOOT" }, depthBottom: { value: 10, unit: "FOOT" } }),
      }),
    ).toEqual({
      __typename: "ValidationError",
      message: "3 fields are invalid: input.fieldActivityId, input.activityType, input.depthBottom",
      fieldErrors: [
        { path: ["input", "fieldActivityId"], message: "Give either thingId or fieldActivityId, not both" },
        { path: ["input", "activityType"], message: "Activity type applies only to a new field activity (with thingId)" },
        { path: ["input", "depthBottom"], message: "Bottom depth (10 ft) must be below top depth (20 ft)" },
      ],
    });
    // An interval has a thickness: equal depths are refused (as by the database's sample_depth_bottom_below_top).
    expect(await run(CREATE, { input: sampleInput(well, { depthTop: { value: 10, unit: "FOOT" }, depthBottom: { value: 10, unit: "FOOT" } }) })).toEqual({
      __typename: "ValidationError",
      message: "Bottom depth (10 ft) must be below top depth (10 ft)",
      fieldErrors: [{ path: ["input", "depthBottom"], message: "Bottom depth (10 ft) must be below top depth (10 ft)" }],
    });
  });

  it("gives NotFoundError for an unknown site, activity or contact, and writes nothing", async () => {
    const well = await createThing(api.db.prisma);
    const before = await countRows(api.db.prisma, SAMPLE_TABLES);
    expect(await run(CREATE, { input: sampleInput({ id: 999999 }) })).toEqual({
      __typename: "NotFoundError",
      message: "Thing 999999 not found",
      entity: "Thing",
      id: "999999",
    });
    expect(await run(CREATE, { input: sampleInput(well, { thingId: null, fieldActivityId: "999999" }) })).toEqual({
      __typename: "NotFoundError",
      message: "FieldActivity 999999 not found",
      entity: "FieldActivity",
      id: "999999",
    });
    expect(await run(CREATE, { input: sampleInput(well, { participantContactId: "999999" }) })).toEqual({
      __typename: "NotFoundError",
      message: "Contact 999999 not found",
      entity: "Contact",
      id: "999999",
    });
    expect(await countRows(api.db.prisma, SAMPLE_TABLES)).toEqual(before);
  });

  it("gives ConflictError on sample_sample_name_key for a name in use, after rolling back the event and activity", async () => {
    const holder = await newSample({ sampleName: uniqueName("S") });
    const well = await createThing(api.db.prisma);
    const before = await countRows(api.db.prisma, SAMPLE_TABLES);
    expect(await run(CREATE, { input: sampleInput(well, { sampleName: holder.sample.name }) })).toEqual({
      __typename: "ConflictError",
      message: `Sample name "${holder.sample.name}" is already used by sample ${holder.sample.id}`,
      constraint: "sample_sample_name_key",
      fields: ["sampleName"],
    });
    expect(await countRows(api.db.prisma, SAMPLE_TABLES)).toEqual(before);
    expect(await api.db.prisma.fieldEvent.count({ where: { thingId: well.id } })).toBe(0);
  });

  it("lets one of concurrent creates with the same name succeed; the others get the database's ConflictError", async () => {
    const well = await createThing(api.db.prisma);
    const name = uniqueName("race");
    const results = await Promise.all([1, 2, 3].map(() => run(CREATE, { input: sampleInput(well, { sampleName: name }) })));
    expect(results.map((r) => r.__typename).sort()).toEqual(["ConflictError", "ConflictError", "CreateSampleSuccess"]);
    for (const conflict of results.filter((r) => r.__typename === "ConflictError")) {
      expect(conflict).toMatchObject({ constraint: "sample_sample_name_key", fields: ["sampleName"] });
    }
    expect(await api.db.prisma.fieldEvent.count({ where: { thingId: well.id } })).toBe(1);
  });

  it("rolls back the event and activity when the database refuses the sample itself", async () => {
    const constraint = await rejectValueInDatabase(api.db.prisma, "sample", "notes", "refused by the test");
    try {
      const well = await createThing(api.db.prisma);
      const before = await countRows(api.db.prisma, SAMPLE_TABLES);
      expect(await run(CREATE, { input: sampleInput(well, { notes: "refused by the test" }) })).toEqual({
        __typename: "ValidationError",
        message: `The input violates the rule ${constraint}`,
        fieldErrors: [{ path: ["input"], message: `The input violates the rule ${constraint}` }],
      });
      expect(await countRows(api.db.prisma, SAMPLE_TABLES)).toEqual(before);
    } finally {
      await api.db.prisma.$executeRawUnsafe(`ALTER TABLE "sample" DROP CONSTRAINT "${constraint}"`);
    }
  });
});

describe("updateSample", () => {
  it("changes the given fields, clears nullable ones with null, and records the editor", async () => {
    const created = await newSample({ depthTop: { value: 10, unit: "FOOT" }, depthBottom: { value: 20, unit: "FOOT" }, notes: "first" });
    const id = created.sample.id;
    const name = uniqueName("renamed");
    expect(
      await run(UPDATE, { id, input: { sampleName: name, sampleDate: "2025-03-02T08:00:00Z", sampleMethod: "thief sampler", qcType: "Split", depthBottom: { value: 25, unit: "FOOT" } } }, EDITOR),
    ).toEqual({
      __typename: "UpdateSampleSuccess",
      sample: { id, name, sampleDate: "2025-03-02T08:00:00.000Z", matrix: "groundwater", method: "thief sampler", qcType: "Split", observations: [] },
    });
    expect(await run(UPDATE, { id, input: { depthTop: null, notes: null, releaseStatus: "PUBLIC" } })).toMatchObject({ __typename: "UpdateSampleSuccess" });
    const row = await api.db.prisma.sample.findUniqueOrThrow({ where: { id: Number(id) } });
    // The second update ran without a user: the audit columns keep the last known editor.
    expect([row.depthTop, row.depthBottom, row.notes, row.releaseStatus, row.updatedById, row.updatedByName]).toEqual([
      null,
      25,
      null,
      "public",
      "u-editor",
      "Ana Ortiz",
    ]);
    expect(row.updatedAt).toBeInstanceOf(Date);
  });

  it("refuses to clear required fields and checks the resulting interval, listing every field", async () => {
    const created = await newSample({ depthTop: { value: 10, unit: "FOOT" }, depthBottom: { value: 20, unit: "FOOT" } });
    const payload = await run(UPDATE, {
      id: created.sample.id,
      input: { sampleName: null, sampleDate: null, sampleMatrix: null, sampleMethod: null, qcType: null, releaseStatus: null, depthTop: { value: 30, unit: "FOOT" } },
    });
    expect(payload).toEqual({
      __typename: "ValidationError",
      message: "7 fields are invalid: input.sampleName, input.sampleDate, input.sampleMatrix, input.sampleMethod, input.qcType, input.releaseStatus, input.depthTop",
      fieldErrors: [
        { path: ["input", "sampleName"], message: "Sample name cannot be null" },
        { path: ["input", "sampleDate"], message: "Sample date cannot be null" },
        { path: ["input", "sampleMatrix"], message: "Sample matrix cannot be null" },
        { path: ["input", "sampleMethod"], message: "Sample method cannot be null" },
        { path: ["input", "qcType"], message: "QC type cannot be null" },
        { path: ["input", "releaseStatus"], message: "Release status cannot be null" },
        { path: ["input", "depthTop"], message: "Bottom depth (20 ft) must be below top depth (30 ft)" },
      ],
    });
    expect(await run(UPDATE, { id: created.sample.id, input: { sampleDate: "2050-01-01T00:00:00Z", sampleName: " ", depthBottom: { value: -1, unit: "FOOT" } } })).toEqual({
      __typename: "ValidationError",
      message: "3 fields are invalid: input.sampleName, input.sampleDate, input.depthBottom",
      fieldErrors: [
        { path: ["input", "sampleName"], message: "Sample name must not be empty" },
        { path: ["input", "sampleDate"], message: "Sample date cannot be in the future" },
        { path: ["input", "depthBottom"], message: "Bottom depth must be greater than 0" },
      ],
    });
    const row = await api.db.prisma.sample.findUniqueOrThrow({ where: { id: Number(created.sample.id) } });
    expect([row.sampleName, row.depthTop, row.depthBottom, row.updatedAt]).toEqual([created.sample.name, 10, 20, null]);
  });

  it("gives ConflictError for another sample's name (its own name is no conflict) and NotFoundError for a missing sample", async () => {
    const [a, b] = [await newSample(), await newSample()];
    expect(await run(UPDATE, { id: b.sample.id, input: { sampleName: a.sample.name } })).toEqual({
      __typename: "ConflictError",
      message: `Sample name "${a.sample.name}" is already used by sample ${a.sample.id}`,
      constraint: "sample_sample_name_key",
      fields: ["sampleName"],
    });
    expect(await run(UPDATE, { id: b.sample.id, input: { sampleName: b.sample.name } })).toMatchObject({ __typename: "UpdateSampleSuccess" });
    expect(await run(UPDATE, { id: "999999", input: { sampleName: null } })).toEqual({
      __typename: "NotFoundError",
      message: "Sample 999999 not found",
      entity: "Sample",
      id: "999999",
    });
  });
});

describe("deleteSample", () => {
  it("deletes the sample and its observations; the field event and activity stay", async () => {
    const created = await newSample();
    const other = await newSample();
    for (const value of [0.012, 0.015]) {
      await run(RECORD, { input: { sampleId: created.sample.id, parameterId: await arsenic(), value } });
    }
    await run(RECORD, { input: { sampleId: other.sample.id, parameterId: await arsenic(), value: 0.02 } });
    const before = await countRows(api.db.prisma, SAMPLE_TABLES);

    expect(await run(DELETE, { id: created.sample.id })).toEqual({
      __typename: "DeleteSampleSuccess",
      deletedId: created.sample.id,
      deletedObservationCount: 2,
    });
    expect(await countRows(api.db.prisma, SAMPLE_TABLES)).toEqual({ ...before, sample: Number(before.sample) - 1, observation: Number(before.observation) - 2 });
    expect(await api.db.prisma.observation.count({ where: { sampleId: Number(created.sample.id) } })).toBe(0);
    expect(await api.db.prisma.observation.count({ where: { sampleId: Number(other.sample.id) } })).toBe(1);
    expect(await api.db.prisma.fieldActivity.count({ where: { id: Number(created.fieldActivityId) } })).toBe(1);

    expect(await run(DELETE, { id: created.sample.id })).toEqual({
      __typename: "NotFoundError",
      message: `Sample ${created.sample.id} not found`,
      entity: "Sample",
      id: created.sample.id,
    });
  });
});

describe("recordWaterChemistry", () => {
  it("records a result by parameter id, with its unit, time, analysis method and the recording user", async () => {
    const created = await newSample();
    const method = await api.db.prisma.analysisMethod.create({ data: { analysisMethodCode: uniqueName("EPA 200.8"), analysisMethodName: "ICP-MS" } });
    const payload = await run(
      RECORD,
      {
        input: {
          sampleId: created.sample.id,
          parameterId: await arsenic(),
          value: 0.0123,
          unit: "milligrams per liter",
          observedAt: "2025-03-10T12:00:00-07:00",
          analysisMethodId: String(method.id),
          notes: " Lab batch 7 ",
          releaseStatus: "FINAL",
        },
      },
      EDITOR,
    );
    const observation = payload.observation as { id: string };
    expect(payload).toEqual({
      __typename: "RecordWaterChemistrySuccess",
      observation: {
        id: observation.id,
        observedAt: "2025-03-10T19:00:00.000Z",
        value: 0.0123,
        unit: "mg/L",
        reason: null,
        parameter: { id: await arsenic(), name: "Arsenic", matrix: "groundwater" },
      },
      sample: { id: created.sample.id, observations: [{ id: observation.id }] },
    });
    const row = await api.db.prisma.observation.findUniqueOrThrow({ where: { id: Number(observation.id) } });
    expect([row.analysisMethodId, row.notes, row.releaseStatus, row.createdById, row.createdByName, row.sensorId, row.measuringPointHeight]).toEqual([
      method.id,
      "Lab batch 7",
      "final",
      "u-editor",
      "Ana Ortiz",
      null,
      null,
    ]);
  });

  it("finds the parameter by name in the sample's matrix, defaulting unit and time", async () => {
    const created = await newSample();
    const payload = await run(RECORD, { input: { sampleId: created.sample.id, parameterName: "ph", value: 7.4 } });
    expect(payload).toEqual({
      __typename: "RecordWaterChemistrySuccess",
      observation: {
        id: (payload.observation as { id: string }).id,
        observedAt: "2025-03-01T16:00:00.000Z",
        value: 7.4,
        unit: "dimensionless",
        reason: null,
        parameter: { id: String(await parameterId(api.db.prisma, "pH")), name: "pH", matrix: "groundwater" },
      },
      sample: { id: created.sample.id, observations: [{ id: (payload.observation as { id: string }).id }] },
    });
    const row = await api.db.prisma.observation.findUniqueOrThrow({ where: { id: Number((payload.observation as { id: string }).id) } });
    expect([row.releaseStatus, row.analysisMethodId, row.notes]).toEqual(["draft", null, null]);
  });

  it("lists every failing field: no parameter or both, a matrix without a name, a future time", async () => {
    const created = await newSample();
    const before = await countRows(api.db.prisma, ["observation"]);
    expect(await run(RECORD, { input: { sampleId: created.sample.id, parameterMatrix: "soil", value: 1, observedAt: "2050-01-01T00:00:00Z" } })).toEqual({
      __typename: "ValidationError",
      message: "3 fields are invalid: input.parameterId, input.parameterMatrix, input.observedAt",
      fieldErrors: [
        { path: ["input", "parameterId"], message: "Parameter ID or parameter name is required" },
        { path: ["input", "parameterMatrix"], message: "Parameter matrix applies only with parameterName" },
        { path: ["input", "observedAt"], message: "Observation time cannot be in the future" },
      ],
    });
    expect(await run(RECORD, { input: { sampleId: created.sample.id, parameterId: await arsenic(), parameterName: "Arsenic", value: 1 } })).toEqual({
      __typename: "ValidationError",
      message: "Give either parameterId or parameterName, not both",
      fieldErrors: [{ path: ["input", "parameterName"], message: "Give either parameterId or parameterName, not both" }],
    });
    expect(await countRows(api.db.prisma, ["observation"])).toEqual(before);
  });

  it("refuses the groundwater-level parameter, pointing at recordGroundwaterLevel", async () => {
    const created = await newSample();
    const message = "Groundwater levels are not chemistry results; record them with recordGroundwaterLevel";
    expect(await run(RECORD, { input: { sampleId: created.sample.id, parameterId: String(await parameterId(api.db.prisma)), value: 12 } })).toEqual({
      __typename: "ValidationError",
      message,
      fieldErrors: [{ path: ["input", "parameterId"], message }],
    });
    expect(await run(RECORD, { input: { sampleId: created.sample.id, parameterName: "Groundwater Level", value: 12 } })).toEqual({
      __typename: "ValidationError",
      message,
      fieldErrors: [{ path: ["input", "parameterName"], message }],
    });
    expect(await api.db.prisma.observation.count({ where: { sampleId: Number(created.sample.id) } })).toBe(0);
  });

  it("gives NotFoundError for an unknown sample, parameter (by id or by name and matrix) or analysis method", async () => {
    const created = await newSample();
    const sampleId = created.sample.id;
    expect(await run(RECORD, { input: { sampleId: "999999", parameterId: await arsenic(), value: 1 } })).toEqual({
      __typename: "NotFoundError",
      message: "Sample 999999 not found",
      entity: "Sample",
      id: "999999",
    });
    expect(await run(RECORD, { input: { sampleId, parameterId: "999999", value: 1 } })).toEqual({
      __typename: "NotFoundError",
      message: "Parameter 999999 not found",
      entity: "Parameter",
      id: "999999",
    });
    expect(await run(RECORD, { input: { sampleId, parameterName: "Arsenic", parameterMatrix: "soil", value: 1 } })).toEqual({
      __typename: "NotFoundError",
      message: "Parameter Arsenic in soil not found",
      entity: "Parameter",
      id: "Arsenic in soil",
    });
    expect(await run(RECORD, { input: { sampleId, parameterId: await arsenic(), value: 1, analysisMethodId: "999999" } })).toEqual({
      __typename: "NotFoundError",
      message: "AnalysisMethod 999999 not found",
      entity: "AnalysisMethod",
      id: "999999",
    });
    expect(await api.db.prisma.observation.count({ where: { sampleId: Number(sampleId) } })).toBe(0);
  });
});

describe("updateObservation", () => {
  async function newResult(): Promise<{ sampleId: string; id: string }> {
    const created = await newSample();
    const payload = await run(RECORD, { input: { sampleId: created.sample.id, parameterId: await arsenic(), value: 0.01, observedAt: "2025-03-05T00:00:00Z", notes: "first" } });
    return { sampleId: created.sample.id, id: (payload.observation as { id: string }).id };
  }

  it("changes the given fields and clears notes and analysis method with null", async () => {
    const { id } = await newResult();
    const method = await api.db.prisma.analysisMethod.create({ data: { analysisMethodName: "Hydride AA" } });
    expect(await run(UPDATE_OBSERVATION, { id, input: { value: 0.011, unit: "mg/l", observedAt: "2025-03-06T00:00:00Z", analysisMethodId: String(method.id) } }, EDITOR)).toEqual({
      __typename: "UpdateObservationSuccess",
      observation: { id, observedAt: "2025-03-06T00:00:00.000Z", value: 0.011, unit: "mg/L", reason: null, parameter: { id: await arsenic(), name: "Arsenic", matrix: "groundwater" } },
    });
    let row = await api.db.prisma.observation.findUniqueOrThrow({ where: { id: Number(id) } });
    expect([row.analysisMethodId, row.notes, row.updatedById, row.updatedByName]).toEqual([method.id, "first", "u-editor", "Ana Ortiz"]);
    expect(await run(UPDATE_OBSERVATION, { id, input: { analysisMethodId: null, notes: null, releaseStatus: "PUBLIC" } })).toMatchObject({ __typename: "UpdateObservationSuccess" });
    row = await api.db.prisma.observation.findUniqueOrThrow({ where: { id: Number(id) } });
    expect([row.analysisMethodId, row.notes, row.releaseStatus, row.value]).toEqual([null, null, "public", 0.011]);
  });

  it("refuses to clear required fields or set a future time, listing every field", async () => {
    const { id } = await newResult();
    expect(await run(UPDATE_OBSERVATION, { id, input: { value: null, unit: null, observedAt: null, releaseStatus: null } })).toEqual({
      __typename: "ValidationError",
      message: "4 fields are invalid: input.value, input.unit, input.observedAt, input.releaseStatus",
      fieldErrors: [
        { path: ["input", "value"], message: "Value cannot be null" },
        { path: ["input", "unit"], message: "Unit cannot be null" },
        { path: ["input", "observedAt"], message: "Observation time cannot be null" },
        { path: ["input", "releaseStatus"], message: "Release status cannot be null" },
      ],
    });
    expect(await run(UPDATE_OBSERVATION, { id, input: { observedAt: "2050-01-01T00:00:00Z" } })).toEqual({
      __typename: "ValidationError",
      message: "Observation time cannot be in the future",
      fieldErrors: [{ path: ["input", "observedAt"], message: "Observation time cannot be in the future" }],
    });
  });

  it("changes only notes, method and release status of a groundwater level", async () => {
    const well = await createThing(api.db.prisma);
    const { observation } = await createManualLevel(api.db.prisma, well.id, { measuredAt: new Date("2025-01-15T17:00:00Z"), value: 120.5 });
    const id = String(observation.id);
    const hint = "correct it with updateGroundwaterLevel";
    expect(await run(UPDATE_OBSERVATION, { id, input: { value: 121, unit: "m", observedAt: "2025-01-15T18:00:00Z", notes: "x" } })).toEqual({
      __typename: "ValidationError",
      message: "3 fields are invalid: input.value, input.unit, input.observedAt",
      fieldErrors: [
        { path: ["input", "value"], message: `The value of a groundwater level cannot be changed here; ${hint}` },
        { path: ["input", "unit"], message: `The unit of a groundwater level cannot be changed here; ${hint}` },
        { path: ["input", "observedAt"], message: `The time of a groundwater level cannot be changed here; ${hint}` },
      ],
    });
    expect(await run(UPDATE_OBSERVATION, { id, input: { notes: "Checked twice", releaseStatus: "PRIVATE" } })).toMatchObject({
      __typename: "UpdateObservationSuccess",
      observation: { id, value: 120.5, unit: "ft" },
    });
    const row = await api.db.prisma.observation.findUniqueOrThrow({ where: { id: observation.id } });
    expect([row.notes, row.releaseStatus, row.value]).toEqual(["Checked twice", "private", 120.5]);
  });

  it("gives NotFoundError for a missing observation or analysis method", async () => {
    const { id } = await newResult();
    expect(await run(UPDATE_OBSERVATION, { id: "999999", input: { value: null } })).toEqual({
      __typename: "NotFoundError",
      message: "Observation 999999 not found",
      entity: "Observation",
      id: "999999",
    });
    expect(await run(UPDATE_OBSERVATION, { id, input: { analysisMethodId: "999999", value: 5 } })).toEqual({
      __typename: "NotFoundError",
      message: "AnalysisMethod 999999 not found",
      entity: "AnalysisMethod",
      id: "999999",
    });
    const row = await api.db.prisma.observation.findUniqueOrThrow({ where: { id: Number(id) } });
    expect(row.value).toBe(0.01);
  });
});

describe("deleteObservation", () => {
  it("deletes one observation; its sample and the other results stay", async () => {
    const created = await newSample();
    const ids: string[] = [];
    for (const value of [1, 2]) {
      const payload = await run(RECORD, { input: { sampleId: created.sample.id, parameterName: "Calcium", value } });
      ids.push((payload.observation as { id: string }).id);
    }
    expect(await run(DELETE_OBSERVATION, { id: ids[0] })).toEqual({ __typename: "DeleteObservationSuccess", deletedId: ids[0], sampleId: created.sample.id });
    const remaining = await api.db.prisma.observation.findMany({ where: { sampleId: Number(created.sample.id) }, select: { id: true } });
    expect(remaining.map((o) => String(o.id))).toEqual([ids[1]]);
    expect(await run(DELETE_OBSERVATION, { id: ids[0] })).toEqual({
      __typename: "NotFoundError",
      message: `Observation ${ids[0]} not found`,
      entity: "Observation",
      id: ids[0],
    });
  });
});
