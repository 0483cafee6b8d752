/**
 * recordGroundwaterLevel (acceptance criteria: groundwater-level-entry): the five rows of one
 * manual measurement in one transaction, the form's validation messages, duplicate detection on
 * (well, time) also under concurrency, and nothing half-written. updateGroundwaterLevel: the same
 * rules for corrections, the time moved with the sample and its own event, nothing changed on failure.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createContactFor, createThing, uniqueName } from "./support/factories.js";
import { countRows, ERROR_FIELDS, rejectValueInDatabase } from "./support/mutationFactories.js";
import { mutationPayload, type MutationPayload } from "./support/mutationPayload.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const LEVEL_TABLES = ["field_event", "field_event_participant", "field_activity", "sample", "observation"];

const RECORD = `mutation($input: RecordGroundwaterLevelInput!) { recordGroundwaterLevel(input: $input) {
  ${ERROR_FIELDS}
  ... on RecordGroundwaterLevelSuccess {
    sampleName
    well { id name }
    groundwaterLevel { id measuredAt depthToWater { value unit } measuringPointHeight { value unit } method reason releaseStatus }
  } } }`;

/** Records a level through the API; the payload as a client receives it (DateTime values as strings). */
function record(input: Record<string, unknown>): Promise<MutationPayload> {
  return mutationPayload(api, RECORD, { input });
}

/** The acceptance criteria's happy path: NM-123 on 2025-10-02 09:30 (Mountain Daylight Time). */
function happyInput(well: { name: string }, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    wellName: well.name,
    measuredAt: "2025-10-02T09:30:00-06:00",
    groundwaterLevel: "145.3",
    method: "Electric tape",
    observerInitials: "JS",
    ...overrides,
  };
}

describe("recordGroundwaterLevel", () => {
  it("records the happy path: event, participant, activity, sample and observation, shown in the well's history", async () => {
    const well = await createThing(api.db.prisma, { name: uniqueName("NM-123") });
    await api.db.prisma.measuringPointHistory.create({
      data: { thingId: well.id, measuringPointHeight: 1.3, startDate: new Date("2020-01-01T00:00:00Z") },
    });
    const observer = await createContactFor(api.db.prisma, well.id, { contactType: "Field Event Participant" });
    const payload = await record(
      happyInput(well, {
        participantContactId: String(observer.id),
        notes: "Well cap was damaged",
        environmentalConditions: "Rainy, muddy conditions",
        releaseStatus: "PROVISIONAL",
      }),
    );
    const level = payload.groundwaterLevel as { id: string };
    expect(payload).toEqual({
      __typename: "RecordGroundwaterLevelSuccess",
      sampleName: expect.stringMatching(new RegExp(`^WL-${well.id}-20251002T153000\\.000-[0-9a-f]{4}$`)),
      well: { id: String(well.id), name: well.name },
      groundwaterLevel: {
        id: level.id,
        measuredAt: "2025-10-02T15:30:00.000Z",
        depthToWater: { value: 144, unit: "FOOT" },
        measuringPointHeight: { value: 1.3, unit: "FOOT" },
        method: "Electric tape measurement (E-probe)",
        reason: null,
        releaseStatus: "PROVISIONAL",
      },
    });

    const observation = await api.db.prisma.observation.findUniqueOrThrow({
      where: { id: Number(level.id) },
      include: { parameter: true, sample: { include: { fieldEventParticipant: true, fieldActivity: { include: { fieldEvent: true } } } } },
    });
    expect({
      value: observation.value,
      unit: observation.unit,
      notes: observation.notes,
      parameter: observation.parameter.parameterName,
      sampleName: observation.sample.sampleName,
      matrix: observation.sample.sampleMatrix,
      participant: [observation.sample.fieldEventParticipant?.contactId, observation.sample.fieldEventParticipant?.participantRole],
      activity: observation.sample.fieldActivity.activityType,
      event: [observation.sample.fieldActivity.fieldEvent.thingId, observation.sample.fieldActivity.fieldEvent.eventDate.toISOString()],
      eventNotes: observation.sample.fieldActivity.fieldEvent.notes,
      statuses: [observation.releaseStatus, observation.sample.releaseStatus, observation.sample.fieldActivity.fieldEvent.releaseStatus],
    }).toEqual({
      value: 145.3,
      unit: "ft",
      notes: "Well cap was damaged",
      parameter: "groundwater level",
      sampleName: payload.sampleName,
      matrix: "groundwater",
      participant: [observer.id, "Lead"],
      activity: "groundwater level",
      event: [well.id, "2025-10-02T15:30:00.000Z"],
      eventNotes: "Observer initials: JS\nEnvironmental conditions: Rainy, muddy conditions",
      statuses: ["provisional", "provisional", "provisional"],
    });

    const history = await api.run<{ well: { groundwaterLevels: { edges: { node: { id: string; depthToWater: { value: number } } }[] } } }>(
      `query($id: ID!) { well(id: $id) { groundwaterLevels(first: 5) { edges { node { id depthToWater { value } } } } } }`,
      { id: String(well.id) },
    );
    expect(history.data?.well.groundwaterLevels.edges).toEqual([{ node: { id: level.id, depthToWater: { value: 144 } } }]);
  });

  it("finds the well by id too, and takes a measuring point checked in the field", async () => {
    const well = await createThing(api.db.prisma);
    const payload = await record(
      happyInput(well, { wellName: null, wellId: String(well.id), measuringPointHeight: { value: 0.5, unit: "FOOT" }, method: "steel tape" }),
    );
    expect(payload.groundwaterLevel).toMatchObject({
      depthToWater: { value: 144.8, unit: "FOOT" },
      measuringPointHeight: { value: 0.5, unit: "FOOT" },
      method: "Steel-tape measurement",
    });
  });

  it("reports every missing required field with the form's message, and writes nothing", async () => {
    const before = await countRows(api.db.prisma, LEVEL_TABLES);
    const payload = await record({ notes: "forgot everything" });
    expect(payload).toEqual({
      __typename: "ValidationError",
      message: "5 fields are invalid: input.wellId, input.measuredAt, input.groundwaterLevel, input.method, input.observerInitials",
      fieldErrors: [
        { path: ["input", "wellId"], message: "Well ID is required" },
        { path: ["input", "measuredAt"], message: "Date/Time is required" },
        { path: ["input", "groundwaterLevel"], message: "Groundwater Level is required" },
        { path: ["input", "method"], message: "Measurement Method is required" },
        { path: ["input", "observerInitials"], message: "Observer Initials is required" },
      ],
    });
    expect(await countRows(api.db.prisma, LEVEL_TABLES)).toEqual(before);
  });

  it.each([
    ["Well ID", { wellName: "  " }, "wellId"],
    ["Date/Time", { measuredAt: null }, "measuredAt"],
    ["Groundwater Level", { groundwaterLevel: "" }, "groundwaterLevel"],
    ["Measurement Method", { method: null }, "method"],
    ["Observer Initials", { observerInitials: " " }, "observerInitials"],
  ])("reports a missing %s alone as \"<field> is required\"", async (label, override, field) => {
    const well = await createThing(api.db.prisma);
    const payload = await record(happyInput(well, override));
    expect(payload).toEqual({
      __typename: "ValidationError",
      message: `${label} is required`,
      fieldErrors: [{ path: ["input", field], message: `${label} is required` }],
    });
  });

  it('gives "Groundwater level must be numeric" for "ABC" and "Date cannot be in the future" for 2050-01-01', async () => {
    const well = await createThing(api.db.prisma);
    expect(await record(happyInput(well, { groundwaterLevel: "ABC" }))).toEqual({
      __typename: "ValidationError",
      message: "Groundwater level must be numeric",
      fieldErrors: [{ path: ["input", "groundwaterLevel"], message: "Groundwater level must be numeric" }],
    });
    expect(await record(happyInput(well, { measuredAt: "2050-01-01T09:30:00-07:00" }))).toEqual({
      __typename: "ValidationError",
      message: "Date cannot be in the future",
      fieldErrors: [{ path: ["input", "measuredAt"], message: "Date cannot be in the future" }],
    });
  });

  it("refuses both wellId and wellName, over-long initials, and a name shared by two wells", async () => {
    const well = await createThing(api.db.prisma);
    expect(await record(happyInput(well, { wellId: String(well.id), observerInitials: "ABCDEFGHIJK" }))).toEqual({
      __typename: "ValidationError",
      message: expect.any(String),
      fieldErrors: [
        { path: ["input", "wellName"], message: "Give either wellId or wellName, not both" },
        { path: ["input", "observerInitials"], message: "Observer initials must be at most 10 characters" },
      ],
    });
    const twin = await createThing(api.db.prisma, { name: well.name });
    expect(twin.name).toBe(well.name);
    expect(await record(happyInput(well))).toEqual({
      __typename: "ValidationError",
      message: `More than one well is named "${well.name}"; give wellId`,
      fieldErrors: [{ path: ["input", "wellName"], message: `More than one well is named "${well.name}"; give wellId` }],
    });
  });

  it("accepts a missing level when a reason says why none was measured", async () => {
    const well = await createThing(api.db.prisma);
    const payload = await record(happyInput(well, { groundwaterLevel: null, reason: "site was dry" }));
    expect(payload.groundwaterLevel).toMatchObject({ depthToWater: null, reason: "Site was dry" });
  });

  it("gives NotFoundError for an unknown well (by name or id), a spring, or an unknown participant", async () => {
    const name = uniqueName("NM-none");
    expect(await record(happyInput({ name }))).toEqual({ __typename: "NotFoundError", message: `Well ${name} not found`, entity: "Well", id: name });
    const spring = await createThing(api.db.prisma, { thingType: "spring" });
    expect(await record(happyInput(spring, { wellName: null, wellId: String(spring.id) }))).toMatchObject({
      __typename: "NotFoundError",
      message: `Well ${spring.id} not found`,
    });
    const well = await createThing(api.db.prisma);
    const before = await countRows(api.db.prisma, LEVEL_TABLES);
    expect(await record(happyInput(well, { participantContactId: "999999" }))).toMatchObject({
      __typename: "NotFoundError",
      message: "Contact 999999 not found",
    });
    expect(await countRows(api.db.prisma, LEVEL_TABLES)).toEqual(before);
  });

  it("records the level status and data maturity (provisional by default), shown in the series", async () => {
    const well = await createThing(api.db.prisma);
    const rising = await record(happyInput(well, { levelStatus: "Rising" }));
    const checked = await record(happyInput(well, { measuredAt: "2025-10-03T09:30:00-06:00", levelStatus: "stable", dataMaturity: "APPROVED" }));
    expect([rising.__typename, checked.__typename]).toEqual(["RecordGroundwaterLevelSuccess", "RecordGroundwaterLevelSuccess"]);
    const series = await api.run<{ well: { groundwaterLevels: { edges: { node: { levelStatus: string | null; dataMaturity: string | null } }[] } } }>(
      `query($id: ID!) { well(id: $id) { groundwaterLevels(order: OLDEST_FIRST) { edges { node { levelStatus dataMaturity } } } } }`,
      { id: String(well.id) },
    );
    expect(series.data?.well.groundwaterLevels.edges.map((e) => e.node)).toEqual([
      { levelStatus: "rising", dataMaturity: "provisional" },
      { levelStatus: "stable", dataMaturity: "approved" },
    ]);
    const wrong = await api.run(RECORD, { input: happyInput(well, { levelStatus: "Site was dry" }) });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(wrong.errors?.[0]?.message).toContain("level_status");
  });

  it("gives ConflictError for a second measurement of the same well at the same instant", async () => {
    const well = await createThing(api.db.prisma);
    const first = await record(happyInput(well));
    expect(first.__typename).toBe("RecordGroundwaterLevelSuccess");
    const before = await countRows(api.db.prisma, LEVEL_TABLES);
    // The same instant written in another offset.
    const second = await record(happyInput(well, { measuredAt: "2025-10-02T15:30:00Z", groundwaterLevel: "146" }));
    expect(second).toEqual({
      __typename: "ConflictError",
      message: `Well ${well.name} already has a groundwater level measured at 2025-10-02T15:30:00.000Z (observation ${(first.groundwaterLevel as { id: string }).id})`,
      constraint: "uq_groundwater_level_well_time",
      fields: ["wellId", "measuredAt"],
    });
    expect(await countRows(api.db.prisma, LEVEL_TABLES)).toEqual(before);
    // Another instant, or another well, is not a conflict.
    expect((await record(happyInput(well, { measuredAt: "2025-10-02T09:31:00-06:00" }))).__typename).toBe("RecordGroundwaterLevelSuccess");
    const other = await createThing(api.db.prisma);
    expect((await record(happyInput(other))).__typename).toBe("RecordGroundwaterLevelSuccess");
  });

  it("lets exactly one of concurrent submissions for the same well and time succeed", async () => {
    const well = await createThing(api.db.prisma);
    const results = await Promise.all([1, 2, 3, 4].map((i) => record(happyInput(well, { groundwaterLevel: String(140 + i) }))));
    expect(results.map((r) => r.__typename).sort()).toEqual(["ConflictError", "ConflictError", "ConflictError", "RecordGroundwaterLevelSuccess"]);
    const observations = await api.db.prisma.observation.count({ where: { sample: { fieldActivity: { fieldEvent: { thingId: well.id } } } } });
    const events = await api.db.prisma.fieldEvent.count({ where: { thingId: well.id } });
    expect([observations, events]).toEqual([1, 1]);
  });

  it("writes nothing when the last of the five inserts fails in the database", async () => {
    const constraint = await rejectValueInDatabase(api.db.prisma, "observation", "notes", "REJECT ME");
    try {
      const well = await createThing(api.db.prisma);
      const contact = await createContactFor(api.db.prisma, well.id);
      const before = await countRows(api.db.prisma, LEVEL_TABLES);
      const payload = await record(happyInput(well, { notes: "REJECT ME", participantContactId: String(contact.id) }));
      expect(payload).toMatchObject({ __typename: "ValidationError", message: `The input violates the rule ${constraint}` });
      expect(await countRows(api.db.prisma, LEVEL_TABLES)).toEqual(before);
    } finally {
      await api.db.prisma.$executeRawUnsafe(`ALTER TABLE observation DROP CONSTRAINT "${constraint}"`);
    }
  });
});

const UPDATE = `mutation($id: ID!, $input: UpdateGroundwaterLevelInput!) { updateGroundwaterLevel(id: $id, input: $input) {
  ${ERROR_FIELDS}
  ... on UpdateGroundwaterLevelSuccess {
    well { id name }
    groundwaterLevel { id measuredAt depthToWater { value unit } measuringPointHeight { value unit } method reason releaseStatus }
  } } }`;

describe("updateGroundwaterLevel", () => {
  const EDITOR = { id: "u-editor", name: "Ana Ortiz" };

  /** A level recorded through the API at a new well with a measuring point of 1.3 ft; its id and well. */
  async function recordedLevel(overrides: Record<string, unknown> = {}): Promise<{ id: string; well: { id: number; name: string } }> {
    const well = await createThing(api.db.prisma);
    await api.db.prisma.measuringPointHistory.create({ data: { thingId: well.id, measuringPointHeight: 1.3, startDate: new Date("2020-01-01T00:00:00Z") } });
    const payload = await record(happyInput(well, overrides));
    expect(payload.__typename).toBe("RecordGroundwaterLevelSuccess");
    return { id: (payload.groundwaterLevel as { id: string }).id, well };
  }

  function levelRows(id: string) {
    return api.db.prisma.observation.findUniqueOrThrow({
      where: { id: Number(id) },
      include: { sample: { include: { fieldActivity: { include: { fieldEvent: true } } } } },
    });
  }

  it("corrects value, time, method, measuring point, reason and notes; the sample and its own event follow", async () => {
    const { id, well } = await recordedLevel();
    const sampleName = (await levelRows(id)).sample.sampleName;
    const payload = await mutationPayload(
      api,
      UPDATE,
      {
        id,
        input: {
          groundwaterLevel: " 150.25 ",
          measuredAt: "2025-10-02T10:00:00-06:00",
          method: "steel tape",
          measuringPointHeight: { value: 0.5, unit: "METER" },
          reason: "Site was being pumped",
          notes: " Cap replaced ",
          releaseStatus: "PUBLIC",
        },
      },
      { user: EDITOR },
    );
    expect(payload).toEqual({
      __typename: "UpdateGroundwaterLevelSuccess",
      well: { id: String(well.id), name: well.name },
      groundwaterLevel: {
        id,
        measuredAt: "2025-10-02T16:00:00.000Z",
        depthToWater: { value: 148.6096, unit: "FOOT" },
        measuringPointHeight: { value: 1.640419948, unit: "FOOT" },
        method: "Steel-tape measurement",
        reason: "Site was being pumped",
        releaseStatus: "PUBLIC",
      },
    });
    const row = await levelRows(id);
    expect({
      observation: [row.value, row.observationDatetime.toISOString(), row.notes, row.updatedById, row.updatedByName],
      sample: [row.sample.sampleName, row.sample.sampleDate.toISOString(), row.sample.sampleMethod, row.sample.releaseStatus],
      activity: row.sample.fieldActivity.releaseStatus,
      event: [row.sample.fieldActivity.fieldEvent.eventDate.toISOString(), row.sample.fieldActivity.fieldEvent.releaseStatus],
    }).toEqual({
      observation: [150.25, "2025-10-02T16:00:00.000Z", "Cap replaced", "u-editor", "Ana Ortiz"],
      sample: [sampleName, "2025-10-02T16:00:00.000Z", "Steel-tape measurement", "public"],
      activity: "public",
      event: ["2025-10-02T16:00:00.000Z", "public"],
    });

    // Level status and data maturity are set and cleared like the other fields.
    expect(await mutationPayload(api, UPDATE, { id, input: { levelStatus: "falling", dataMaturity: "approved" } })).toMatchObject({
      __typename: "UpdateGroundwaterLevelSuccess",
    });
    expect(await levelRows(id)).toMatchObject({ levelStatus: "falling", dataMaturity: "approved" });
    await mutationPayload(api, UPDATE, { id, input: { levelStatus: null } });
    expect(await levelRows(id)).toMatchObject({ levelStatus: null, dataMaturity: "approved" });

    // null returns to the well's measuring-point history; an omitted field stays as it is.
    const back = await mutationPayload(api, UPDATE, { id, input: { measuringPointHeight: null, notes: null } });
    expect(back).toMatchObject({
      groundwaterLevel: { depthToWater: { value: 148.95, unit: "FOOT" }, measuringPointHeight: { value: 1.3, unit: "FOOT" }, reason: "Site was being pumped" },
    });
    expect((await levelRows(id)).notes).toBeNull();
  });

  it("records that no level was measured when a reason says why, and refuses to clear both", async () => {
    const { id } = await recordedLevel();
    expect(await mutationPayload(api, UPDATE, { id, input: { groundwaterLevel: null } })).toEqual({
      __typename: "ValidationError",
      message: "Groundwater Level is required",
      fieldErrors: [{ path: ["input", "groundwaterLevel"], message: "Groundwater Level is required" }],
    });
    expect(await mutationPayload(api, UPDATE, { id, input: { groundwaterLevel: "", reason: "Obstruction was encountered in the well (no level recorded)" } })).toMatchObject({
      __typename: "UpdateGroundwaterLevelSuccess",
      groundwaterLevel: { depthToWater: null, reason: "Obstruction was encountered in the well (no level recorded)" },
    });
    expect((await levelRows(id)).value).toBeNull();
    expect(await mutationPayload(api, UPDATE, { id, input: { reason: null } })).toMatchObject({
      __typename: "ValidationError",
      fieldErrors: [{ path: ["input", "groundwaterLevel"], message: "Groundwater Level is required" }],
    });
  });

  it("lists every failing field with the form's wording and changes nothing", async () => {
    const { id } = await recordedLevel();
    const before = await levelRows(id);
    const payload = await mutationPayload(api, UPDATE, {
      id,
      input: { measuredAt: "2050-01-01T00:00:00Z", groundwaterLevel: "ABC", method: null, releaseStatus: null },
    });
    expect(payload).toEqual({
      __typename: "ValidationError",
      message: "4 fields are invalid: input.measuredAt, input.groundwaterLevel, input.method, input.releaseStatus",
      fieldErrors: [
        { path: ["input", "measuredAt"], message: "Date cannot be in the future" },
        { path: ["input", "groundwaterLevel"], message: "Groundwater level must be numeric" },
        { path: ["input", "method"], message: "Measurement Method is required" },
        { path: ["input", "releaseStatus"], message: "Release status cannot be null" },
      ],
    });
    expect((await mutationPayload(api, UPDATE, { id, input: { measuredAt: null } })).fieldErrors).toEqual([
      { path: ["input", "measuredAt"], message: "Date/Time is required" },
    ]);
    expect(await levelRows(id)).toEqual(before);
  });

  it("gives ConflictError for the instant of another level of the same well, and writes nothing", async () => {
    const { id, well } = await recordedLevel();
    const other = await record(happyInput(well, { measuredAt: "2025-11-01T08:00:00-06:00" }));
    const otherId = (other.groundwaterLevel as { id: string }).id;
    const before = await countRows(api.db.prisma, LEVEL_TABLES);
    const rowBefore = await levelRows(id);
    expect(await mutationPayload(api, UPDATE, { id, input: { measuredAt: "2025-11-01T14:00:00Z", groundwaterLevel: "1" } })).toEqual({
      __typename: "ConflictError",
      message: `Well ${well.name} already has a groundwater level measured at 2025-11-01T14:00:00.000Z (observation ${otherId})`,
      constraint: "uq_groundwater_level_well_time",
      fields: ["wellId", "measuredAt"],
    });
    expect(await countRows(api.db.prisma, LEVEL_TABLES)).toEqual(before);
    expect(await levelRows(id)).toEqual(rowBefore);
    // Its own instant is no conflict.
    expect((await mutationPayload(api, UPDATE, { id, input: { measuredAt: "2025-10-02T15:30:00Z", groundwaterLevel: "146" } })).__typename).toBe(
      "UpdateGroundwaterLevelSuccess",
    );
  });

  it("lets exactly one of two levels moved concurrently onto the same instant succeed", async () => {
    const { id, well } = await recordedLevel();
    const other = await record(happyInput(well, { measuredAt: "2025-11-01T08:00:00-06:00" }));
    const otherId = (other.groundwaterLevel as { id: string }).id;
    const target = "2025-12-01T12:00:00Z";
    const results = await Promise.all([id, otherId].map((levelId) => mutationPayload(api, UPDATE, { id: levelId, input: { measuredAt: target } })));
    expect(results.map((r) => r.__typename).sort()).toEqual(["ConflictError", "UpdateGroundwaterLevelSuccess"]);
    const atTarget = await api.db.prisma.observation.count({
      where: { observationDatetime: new Date(target), sample: { fieldActivity: { fieldEvent: { thingId: well.id } } } },
    });
    expect(atTarget).toBe(1);
  });

  it("gives NotFoundError for a missing id and for a chemistry result", async () => {
    const { id } = await recordedLevel();
    const sampleId = (await levelRows(id)).sampleId;
    const arsenic = await api.db.prisma.parameter.findFirstOrThrow({ where: { parameterName: "Arsenic" } });
    const chemistry = await api.db.prisma.observation.create({
      data: { sampleId, parameterId: arsenic.id, observationDatetime: new Date("2025-10-02T15:30:00Z"), value: 0.01, unit: "mg/L" },
    });
    for (const missing of ["99999999", String(chemistry.id)]) {
      expect(await mutationPayload(api, UPDATE, { id: missing, input: { groundwaterLevel: "ABC" } })).toEqual({
        __typename: "NotFoundError",
        message: `GroundwaterLevel ${missing} not found`,
        entity: "GroundwaterLevel",
        id: missing,
      });
    }
  });

  it("leaves a field event that holds other samples at its own time and status", async () => {
    const { id } = await recordedLevel();
    const row = await levelRows(id);
    await api.db.prisma.sample.create({
      data: {
        fieldActivityId: row.sample.fieldActivityId,
        sampleName: uniqueName("WC-shared"),
        sampleDate: row.sample.sampleDate,
        sampleMatrix: "groundwater",
        sampleMethod: "pump",
      },
    });
    expect((await mutationPayload(api, UPDATE, { id, input: { measuredAt: "2025-10-02T16:45:00Z", releaseStatus: "FINAL" } })).__typename).toBe(
      "UpdateGroundwaterLevelSuccess",
    );
    const after = await levelRows(id);
    expect([after.sample.sampleDate.toISOString(), after.sample.releaseStatus]).toEqual(["2025-10-02T16:45:00.000Z", "final"]);
    expect([
      after.sample.fieldActivity.fieldEvent.eventDate.toISOString(),
      after.sample.fieldActivity.fieldEvent.releaseStatus,
      after.sample.fieldActivity.releaseStatus,
    ]).toEqual(["2025-10-02T15:30:00.000Z", "draft", "draft"]);
  });
});
