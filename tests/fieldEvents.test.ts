/**
 * Field visits (issue 14, part 1): reading events with their participants, activities, samples,
 * observations, notes and environmental conditions; per-well pages batched for a page of wells;
 * the filtered list; visibility for callers without a role; and the corrections (update,
 * participants, delete with and without cascade).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createGroupWith, createThing, uniqueName } from "./support/factories.js";
import { createVisit } from "./support/fieldEventFactories.js";
import { countRows, ERROR_FIELDS } from "./support/mutationFactories.js";
import { mutationPayload } from "./support/mutationPayload.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const EVENT_FIELDS = `id eventDate environmentalConditions fieldStaff notes releaseStatus thing { id name }
  participants { role releaseStatus contact { id name organization } }
  activities { activityType releaseStatus samples { name observations { value unit parameter { name } } } }`;

interface EventNode {
  id: string;
  eventDate: string;
  environmentalConditions: string | null;
  fieldStaff: string | null;
  notes: string | null;
  participants: { role: string; contact: { id: string; name: string | null } | null }[];
  activities: { activityType: string; samples: { name: string; observations: { value: number | null; parameter: { name: string } }[] }[] }[];
}

describe("reading field visits", () => {
  it("returns a level's visit with its participant, activity, sample, observation and the conditions entered with it", async () => {
    const well = await createThing(api.db.prisma);
    const contact = await api.db.prisma.contact.create({ data: { name: "Ana Ortiz", role: "Owner", contactType: "Primary", releaseStatus: "public" } });
    const recorded = await mutationPayload<{ __typename: string; sampleName: string }>(
      api,
      `mutation($input: RecordGroundwaterLevelInput!) { recordGroundwaterLevel(input: $input) { __typename ... on RecordGroundwaterLevelSuccess { sampleName } ${ERROR_FIELDS} } }`,
      {
        input: {
          wellId: String(well.id),
          measuredAt: "2024-03-05T17:00:00Z",
          groundwaterLevel: "101.25",
          method: "steel tape",
          observerInitials: "AO",
          participantContactId: String(contact.id),
          environmentalConditions: "Rainy, muddy conditions",
          notes: "Cap was loose",
        },
      },
    );
    expect(recorded.__typename).toBe("RecordGroundwaterLevelSuccess");

    const result = await api.run<{ well: { fieldEvents: { totalCount: number; edges: { node: EventNode }[] } } }>(
      `query($id: ID!) { well(id: $id) { fieldEvents { totalCount edges { node { ${EVENT_FIELDS} } } } } }`,
      { id: String(well.id) },
    );
    expect(result.errors).toBeUndefined();
    const events = result.data?.well.fieldEvents;
    expect(events?.totalCount).toBe(1);
    expect(JSON.parse(JSON.stringify(events?.edges[0]?.node))).toEqual({
      id: expect.any(String),
      eventDate: "2024-03-05T17:00:00.000Z",
      environmentalConditions: "Rainy, muddy conditions",
      fieldStaff: "AO",
      notes: null,
      releaseStatus: "DRAFT",
      thing: { id: String(well.id), name: well.name },
      participants: [{ role: "Lead", releaseStatus: "DRAFT", contact: { id: String(contact.id), name: "Ana Ortiz", organization: null } }],
      activities: [
        {
          activityType: "groundwater level",
          releaseStatus: "DRAFT",
          samples: [{ name: recorded.sampleName, observations: [{ value: 101.25, unit: "ft", parameter: { name: "groundwater level" } }] }],
        },
      ],
    });
  });

  it("pages a well's visits newest first within [from, to), and fieldEvent(id) finds one or says NOT_FOUND", async () => {
    const well = await createThing(api.db.prisma);
    const days = ["2024-01-10", "2024-02-10", "2024-03-10", "2024-04-10"];
    const visits = [];
    for (const day of days) visits.push(await createVisit(api.db.prisma, well.id, { eventDate: new Date(`${day}T15:00:00Z`) }));
    const query = `query($id: ID!, $after: String) { well(id: $id) {
      fieldEvents(from: "2024-02-10T15:00:00Z", to: "2024-04-10T15:00:00Z", first: 1, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id eventDate } } } } }`;
    type Page = { well: { fieldEvents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } } };
    const first = await api.run<Page>(query, { id: String(well.id) });
    expect(first.errors).toBeUndefined();
    expect(first.data?.well.fieldEvents.totalCount).toBe(2);
    expect(first.data?.well.fieldEvents.edges.map((e) => e.node.id)).toEqual([String(visits[2]?.event.id)]);
    expect(first.data?.well.fieldEvents.pageInfo.hasNextPage).toBe(true);
    const second = await api.run<Page>(query, { id: String(well.id), after: first.data?.well.fieldEvents.pageInfo.endCursor });
    expect(second.data?.well.fieldEvents.edges.map((e) => e.node.id)).toEqual([String(visits[1]?.event.id)]);
    expect(second.data?.well.fieldEvents.pageInfo.hasNextPage).toBe(false);

    const one = await api.run<{ fieldEvent: { id: string } | null }>(`query($id: ID!) { fieldEvent(id: $id) { id } }`, { id: String(visits[0]?.event.id) });
    expect(one.data?.fieldEvent?.id).toBe(String(visits[0]?.event.id));
    const missing = await api.run(`{ fieldEvent(id: "99999999") { id } }`);
    expect(missing.data?.fieldEvent).toBeNull();
    expect(missing.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(missing.errors?.[0]?.message).toBe("FieldEvent 99999999 not found");
  });

  it("filters visits by site, participant and time", async () => {
    const [a, b] = [await createThing(api.db.prisma), await createThing(api.db.prisma)];
    const contact = await api.db.prisma.contact.create({ data: { name: uniqueName("P"), role: "Owner", contactType: "Primary" } });
    const a1 = await createVisit(api.db.prisma, a.id, { eventDate: new Date("2023-06-01T00:00:00Z"), contactId: contact.id });
    const a2 = await createVisit(api.db.prisma, a.id, { eventDate: new Date("2023-07-01T00:00:00Z") });
    const b1 = await createVisit(api.db.prisma, b.id, { eventDate: new Date("2023-08-01T00:00:00Z"), contactId: contact.id });
    const ids = async (filter: Record<string, unknown>) => {
      const result = await api.run<{ fieldEvents: { totalCount: number; edges: { node: { id: string } }[] } }>(
        `query($filter: FieldEventFilter) { fieldEvents(filter: $filter, first: 10) { totalCount edges { node { id } } } }`,
        { filter },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.fieldEvents.totalCount).toBe(result.data?.fieldEvents.edges.length);
      return result.data?.fieldEvents.edges.map((e) => Number(e.node.id));
    };
    expect(await ids({ wellIds: [String(a.id), String(b.id)] })).toEqual([b1.event.id, a2.event.id, a1.event.id]);
    expect(await ids({ participantIds: [String(contact.id)] })).toEqual([b1.event.id, a1.event.id]);
    expect(await ids({ wellIds: [String(a.id)], participantIds: [String(contact.id)] })).toEqual([a1.event.id]);
    expect(await ids({ wellIds: [String(a.id), String(b.id)], from: "2023-07-01T00:00:00Z", to: "2023-08-01T00:00:00Z" })).toEqual([a2.event.id]);
  });
});

describe("visibility of field visits", () => {
  it("shows callers without a role only released visits of released wells, released parts, and no personal data", async () => {
    const well = await createThing(api.db.prisma);
    const hiddenWell = await createThing(api.db.prisma, { releaseStatus: "draft" });
    const released = await createVisit(api.db.prisma, well.id, { eventDate: new Date("2024-01-02T00:00:00Z"), notes: "Field staff: Ana Ortiz\nGate locked" });
    await createVisit(api.db.prisma, well.id, { eventDate: new Date("2024-01-03T00:00:00Z"), releaseStatus: "draft" });
    const draftParts = await createVisit(api.db.prisma, well.id, { eventDate: new Date("2024-01-01T00:00:00Z"), partsReleaseStatus: "draft" });
    const atHidden = await createVisit(api.db.prisma, hiddenWell.id);
    const query = `query($id: ID!) { well(id: $id) { fieldEvents { totalCount edges { node { ${EVENT_FIELDS} } } } } }`;

    const anonymous = await api.run<{ well: { fieldEvents: { totalCount: number; edges: { node: EventNode }[] } } }>(query, { id: String(well.id) }, { as: "anonymous" });
    expect(anonymous.errors).toBeUndefined();
    const nodes = anonymous.data?.well.fieldEvents.edges.map((e) => e.node) ?? [];
    expect(anonymous.data?.well.fieldEvents.totalCount).toBe(2);
    expect(nodes.map((n) => Number(n.id))).toEqual([released.event.id, draftParts.event.id]);
    expect(nodes[0]?.fieldStaff).toBeNull();
    expect(nodes[0]?.notes).toBe("Gate locked");
    expect(nodes[0]?.participants).toEqual([{ role: "Lead", releaseStatus: "PUBLIC", contact: { id: String(released.contactId), name: null, organization: null } }]);
    expect(nodes[0]?.activities[0]?.samples[0]?.observations).toHaveLength(1);
    expect(nodes[1]?.participants).toEqual([]);
    expect(nodes[1]?.activities).toEqual([]);

    const admin = await api.run<{ well: { fieldEvents: { totalCount: number; edges: { node: EventNode }[] } } }>(query, { id: String(well.id) });
    expect(admin.data?.well.fieldEvents.totalCount).toBe(3);
    expect(admin.data?.well.fieldEvents.edges[1]?.node.fieldStaff).toBe("Ana Ortiz");

    const hidden = await api.run(`query($id: ID!) { fieldEvent(id: $id) { id } }`, { id: String(atHidden.event.id) }, { as: "anonymous" });
    expect(hidden.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const listed = await api.run<{ fieldEvents: { totalCount: number } }>(
      `query($ids: [ID!]) { fieldEvents(filter: { wellIds: $ids }) { totalCount } }`,
      { ids: [String(hiddenWell.id)] },
      { as: "anonymous" },
    );
    expect(listed.data?.fieldEvents.totalCount).toBe(0);
  });
});

describe("statement count of field visits on a page of wells", () => {
  it("is the same for 5 and for 50 wells with every part filled", { timeout: 120_000 }, async () => {
    const groupName = uniqueName("visits");
    const ids: number[] = [];
    for (let i = 0; i < 50; i += 1) {
      const well = await createThing(api.db.prisma);
      await createVisit(api.db.prisma, well.id, { eventDate: new Date("2024-02-01T00:00:00Z") });
      await createVisit(api.db.prisma, well.id, { eventDate: new Date("2024-03-01T00:00:00Z") });
      ids.push(well.id);
    }
    await createGroupWith(api.db.prisma, ids, groupName);
    const query = `query($first: Int!, $groupName: String!) { wells(first: $first, filter: { groupName: $groupName }) { edges { node {
      id fieldEvents(first: 5) { totalCount edges { node { id eventDate fieldStaff environmentalConditions thing { id }
        participants { role contact { id name } } activities { activityType samples { name observations { value } } } } } } } } } }`;
    // (The parameter of an observation would be an 11th level, beyond the depth limit.)
    type Wells = { wells: { edges: { node: { fieldEvents: { totalCount: number; edges: { node: EventNode }[] } } }[] } };
    const five = await api.run<Wells>(query, { first: 5, groupName });
    const fifty = await api.run<Wells>(query, { first: 50, groupName });
    expect(five.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data?.wells.edges).toHaveLength(50);
    expect(
      fifty.data?.wells.edges.every(
        (e) => e.node.fieldEvents.totalCount === 2 && e.node.fieldEvents.edges.every((f) => f.node.activities[0]?.samples[0]?.observations.length === 1),
      ),
    ).toBe(true);
    // wells page 1, events 1, event counts 1, things 1, participants 1, contacts 1, activities 1,
    // samples 1, observations 1: 9.
    expect(five.statements).toBe(9);
    expect(fifty.statements).toBe(five.statements);
  });
});

describe("correcting field visits", () => {
  const user = { id: "u-7", name: "Field Lead" };
  const UPDATE = `mutation($id: ID!, $input: UpdateFieldEventInput!) { updateFieldEvent(id: $id, input: $input) {
    ${ERROR_FIELDS} ... on UpdateFieldEventSuccess { fieldEvent { id eventDate environmentalConditions fieldStaff notes releaseStatus } } } }`;

  it("updates the date, conditions, notes and release status, keeps the field staff and writes the audit columns", async () => {
    const well = await createThing(api.db.prisma);
    const { event } = await createVisit(api.db.prisma, well.id, { notes: "Observer initials: AO\nEnvironmental conditions: Dry\nGate locked" });
    const payload = await mutationPayload(
      api,
      UPDATE,
      { id: String(event.id), input: { eventDate: "2024-05-02T10:00:00-06:00", environmentalConditions: "Windy", releaseStatus: "PUBLISHED" } },
      { user },
    );
    expect(payload).toEqual({
      __typename: "UpdateFieldEventSuccess",
      fieldEvent: {
        id: String(event.id),
        eventDate: "2024-05-02T16:00:00.000Z",
        environmentalConditions: "Windy",
        fieldStaff: "AO",
        notes: "Gate locked",
        releaseStatus: "PUBLISHED",
      },
    });
    const cleared = await mutationPayload(api, UPDATE, { id: String(event.id), input: { notes: null, environmentalConditions: " " } }, { user });
    expect(cleared).toMatchObject({ fieldEvent: { environmentalConditions: null, notes: null, fieldStaff: "AO" } });
    const stored = await api.db.prisma.fieldEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored.notes).toBe("Observer initials: AO");
    expect(stored).toMatchObject({ updatedById: "u-7", updatedByName: "Field Lead" });
    expect(stored.updatedAt).toBeInstanceOf(Date);
  });

  it("refuses a cleared or future date and a cleared status with every field listed, and an unknown id, changing nothing", async () => {
    const well = await createThing(api.db.prisma);
    const { event } = await createVisit(api.db.prisma, well.id);
    const invalid = await mutationPayload(api, UPDATE, { id: String(event.id), input: { eventDate: "2999-01-01T00:00:00Z", releaseStatus: null } });
    expect(invalid).toEqual({
      __typename: "ValidationError",
      message: "2 fields are invalid: input.eventDate, input.releaseStatus",
      fieldErrors: [
        { path: ["input", "eventDate"], message: "Event date cannot be in the future" },
        { path: ["input", "releaseStatus"], message: "Release status cannot be null" },
      ],
    });
    expect(await mutationPayload(api, UPDATE, { id: String(event.id), input: { eventDate: null } })).toMatchObject({
      fieldErrors: [{ path: ["input", "eventDate"], message: "Event date cannot be null" }],
    });
    expect(await mutationPayload(api, UPDATE, { id: "99999999", input: { notes: "x" } })).toEqual({
      __typename: "NotFoundError",
      message: "FieldEvent 99999999 not found",
      entity: "FieldEvent",
      id: "99999999",
    });
    expect(await api.db.prisma.fieldEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });

  it("adds a participant once, refuses the same contact twice and unknown references, removes one leaving its samples without a sampler", async () => {
    const well = await createThing(api.db.prisma);
    const { event, participant, sample } = await createVisit(api.db.prisma, well.id);
    const other = await api.db.prisma.contact.create({ data: { name: "Ben Cruz", role: "Owner", contactType: "Primary" } });
    const ADD = `mutation($eventId: ID!, $input: AddFieldEventParticipantInput!) { addFieldEventParticipant(fieldEventId: $eventId, input: $input) {
      ${ERROR_FIELDS} ... on AddFieldEventParticipantSuccess { participant { id role contact { name } } fieldEvent { participants { role } } } } }`;
    const added = await mutationPayload<{ __typename: string; participant: { id: string } }>(
      api,
      ADD,
      { eventId: String(event.id), input: { contactId: String(other.id), role: "observer" } },
      { user },
    );
    expect(added).toEqual({
      __typename: "AddFieldEventParticipantSuccess",
      participant: { id: expect.any(String), role: "Observer", contact: { name: "Ben Cruz" } },
      fieldEvent: { participants: [{ role: "Lead" }, { role: "Observer" }] },
    });
    expect(await api.db.prisma.fieldEventParticipant.findUniqueOrThrow({ where: { id: Number(added.participant.id) } })).toMatchObject({
      createdById: "u-7",
      releaseStatus: "draft",
    });
    const again = await mutationPayload(api, ADD, { eventId: String(event.id), input: { contactId: String(other.id), role: "Visitor" } });
    expect(again).toEqual({
      __typename: "ConflictError",
      message: `Contact ${other.id} already takes part in field event ${event.id} (participant ${added.participant.id})`,
      constraint: "uq_field_event_participant_contact",
      fields: ["fieldEventId", "contactId"],
    });
    expect(await mutationPayload(api, ADD, { eventId: String(event.id), input: { contactId: "99999999", role: "Visitor" } })).toMatchObject({
      __typename: "NotFoundError",
      entity: "Contact",
    });
    expect(await mutationPayload(api, ADD, { eventId: "99999999", input: { contactId: String(other.id), role: "Visitor" } })).toMatchObject({
      __typename: "NotFoundError",
      entity: "FieldEvent",
    });
    const bad = await api.run(ADD, { eventId: String(event.id), input: { contactId: String(other.id), role: "Pilot" } });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const REMOVE = `mutation($id: ID!) { removeFieldEventParticipant(id: $id) { ${ERROR_FIELDS}
      ... on RemoveFieldEventParticipantSuccess { removedId fieldEvent { participants { role } } } } }`;
    expect(await mutationPayload(api, REMOVE, { id: String(participant.id) })).toEqual({
      __typename: "RemoveFieldEventParticipantSuccess",
      removedId: String(participant.id),
      fieldEvent: { participants: [{ role: "Observer" }] },
    });
    expect((await api.db.prisma.sample.findUniqueOrThrow({ where: { id: sample.id } })).fieldEventParticipantId).toBeNull();
    expect(await mutationPayload(api, REMOVE, { id: String(participant.id) })).toMatchObject({ __typename: "NotFoundError", entity: "FieldEventParticipant" });
  });

  it("refuses to delete a visit holding samples unless asked to cascade, and deletes an empty one outright", async () => {
    const well = await createThing(api.db.prisma);
    const { event, sample } = await createVisit(api.db.prisma, well.id, {
      results: [
        { parameter: "Arsenic", value: 0.005, unit: "mg/L" },
        { parameter: "Fluoride", value: 1.2, unit: "mg/L" },
      ],
    });
    const DELETE = `mutation($id: ID!, $cascade: Boolean) { deleteFieldEvent(id: $id, cascade: $cascade) { ${ERROR_FIELDS}
      ... on DeleteFieldEventSuccess { deletedId deletedSampleCount deletedObservationCount } } }`;
    const tables = ["field_event", "field_event_participant", "field_activity", "sample", "observation"];
    const before = await countRows(api.db.prisma, tables);
    expect(await mutationPayload(api, DELETE, { id: String(event.id) })).toEqual({
      __typename: "ConflictError",
      message: `Field event ${event.id} holds 1 sample(s) with 2 observation(s); delete them first, or pass cascade: true to delete them with it`,
      constraint: "sample_field_activity_id_fkey",
      fields: ["cascade"],
    });
    expect(await countRows(api.db.prisma, tables)).toEqual(before);
    expect(await mutationPayload(api, DELETE, { id: String(event.id), cascade: true })).toEqual({
      __typename: "DeleteFieldEventSuccess",
      deletedId: String(event.id),
      deletedSampleCount: 1,
      deletedObservationCount: 2,
    });
    expect(await api.db.prisma.sample.findUnique({ where: { id: sample.id } })).toBeNull();
    expect(await countRows(api.db.prisma, tables)).toEqual({
      field_event: (before.field_event ?? 0) - 1,
      field_event_participant: (before.field_event_participant ?? 0) - 1,
      field_activity: (before.field_activity ?? 0) - 1,
      sample: (before.sample ?? 0) - 1,
      observation: (before.observation ?? 0) - 2,
    });

    const empty = await api.db.prisma.fieldEvent.create({ data: { thingId: well.id, eventDate: new Date("2024-01-01T00:00:00Z") } });
    expect(await mutationPayload(api, DELETE, { id: String(empty.id) })).toEqual({
      __typename: "DeleteFieldEventSuccess",
      deletedId: String(empty.id),
      deletedSampleCount: 0,
      deletedObservationCount: 0,
    });
    expect(await mutationPayload(api, DELETE, { id: String(empty.id) })).toMatchObject({ __typename: "NotFoundError", entity: "FieldEvent" });
  });

  it("lets only Admins delete a visit and Editors correct one", async () => {
    const well = await createThing(api.db.prisma);
    const { event } = await createVisit(api.db.prisma, well.id);
    const denied = await api.run(`mutation($id: ID!) { deleteFieldEvent(id: $id) { __typename } }`, { id: String(event.id) }, { as: "editor" });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const allowed = await api.run<{ updateFieldEvent: { __typename: string } }>(UPDATE, { id: String(event.id), input: { notes: "ok" } }, { as: "editor" });
    expect(allowed.data?.updateFieldEvent.__typename).toBe("UpdateFieldEventSuccess");
  });
});
