/**
 * What data grids read and edit beyond lists (issue 14, part 3): `Location.releaseStatus`,
 * `county`, `state`; contact notes (personal data); a sample's site and sampler (batched, visible
 * as their records are); `updateAlternateId` and `updateLexiconTriple` with their typed errors,
 * audit columns and "writes nothing on failure".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createContactFor, createLocationFor, createThing, uniqueName } from "./support/factories.js";
import { ERROR_FIELDS } from "./support/mutationFactories.js";
import { mutationPayload } from "./support/mutationPayload.js";
import { createManualLevel } from "./support/seriesFactories.js";
import type { Contact } from "../src/generated/prisma/client.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const EDITOR = { id: "sub-editor", name: "Grid Editor" };

describe("fields grids read", () => {
  it("Location.releaseStatus, county and state", async () => {
    const thing = await createThing(api.db.prisma);
    const location = await createLocationFor(api.db.prisma, thing.id, { county: "Socorro", state: "NM", releaseStatus: "provisional" });
    const bare = await createLocationFor(api.db.prisma, (await createThing(api.db.prisma)).id);
    const query = `query($id: ID!) { location(id: $id) { releaseStatus county state } }`;
    expect((await api.run(query, { id: String(location.id) })).data).toEqual({
      location: { releaseStatus: "PROVISIONAL", county: "Socorro", state: "NM" },
    });
    expect((await api.run(query, { id: String(bare.id) })).data).toEqual({ location: { releaseStatus: "PUBLIC", county: null, state: null } });
  });

  it("Contact.notes: oldest first, personal data (empty, unread, without the capability), one statement for many contacts", async () => {
    const { prisma } = api.db;
    const thing = await createThing(prisma);
    const contacts: Contact[] = [];
    for (let i = 0; i < 3; i += 1) contacts.push(await createContactFor(prisma, thing.id, { releaseStatus: "public" }));
    for (const contact of contacts) {
      await prisma.note.create({ data: { contactId: contact.id, noteType: "Access", content: `gate code of ${contact.id}` } });
      await prisma.note.create({ data: { contactId: contact.id, noteType: "General", content: `dog at ${contact.id}` } });
    }
    const one = `query($id: ID!) { contact(id: $id) { notes { noteType content } } }`;
    const first = contacts[0]!;
    expect((await api.run(one, { id: String(first.id) }, { as: "viewer+pii" })).data).toEqual({
      contact: { notes: [{ noteType: "Access", content: `gate code of ${first.id}` }, { noteType: "General", content: `dog at ${first.id}` }] },
    });
    const hidden = await api.run(one, { id: String(first.id) }, { as: "viewer" });
    expect(hidden.data).toEqual({ contact: { notes: [] } });
    expect(hidden.statements).toBe(1);

    const many = `query($ids: [ID!]) { things(filter: { ids: $ids }) { edges { node { contacts { notes { content } } } } } }`;
    const result = await api.run<{ things: { edges: { node: { contacts: { notes: unknown[] }[] } }[] } }>(many, { ids: [String(thing.id)] });
    expect(result.data?.things.edges[0]?.node.contacts.map((c) => c.notes.length)).toEqual([2, 2, 2]);
    const withoutNotes = await api.run(many.replace("notes { content }", "id"), { ids: [String(thing.id)] });
    expect(result.statements - withoutNotes.statements).toBe(1); // the notes of all contacts in one statement
  });

  it("Sample.site and Sample.sampler, batched, and the sampler only when the caller may see that contact", async () => {
    const { prisma } = api.db;
    const SAMPLES = `query($wellId: ID) { samples(wellId: $wellId, first: 100) { edges { node { name site { id name } sampler { id organization } } } } }`;
    async function run(wellId: number, as: "admin" | "anonymous" = "admin") {
      const result = await api.run<{ samples: { edges: { node: { name: string; site: { id: string }; sampler: { id: string } | null } }[] } }>(
        SAMPLES,
        { wellId: String(wellId) },
        { as },
      );
      expect(result.errors).toBeUndefined();
      return { nodes: result.data!.samples.edges.map((e) => e.node), statements: result.statements };
    }
    const counts: number[] = [];
    for (const size of [2, 6]) {
      const well = await createThing(prisma);
      const visible = await prisma.contact.create({ data: { name: uniqueName("tech"), organization: "NMBGMR", role: "Owner", contactType: "Primary", releaseStatus: "public" } });
      const draft = await prisma.contact.create({ data: { name: uniqueName("tech"), organization: "NMBGMR", role: "Owner", contactType: "Primary" } });
      for (let i = 0; i < size; i += 1) {
        const { sample } = await createManualLevel(prisma, well.id, { measuredAt: new Date(Date.UTC(2024, 0, i + 1)), value: 10, releaseStatus: "public" });
        await prisma.sample.update({ where: { id: sample.id }, data: { releaseStatus: "public" } });
        if (i === 0) continue; // the first sample has no sampler
        const activity = await prisma.fieldActivity.findUniqueOrThrow({ where: { id: sample.fieldActivityId } });
        const participant = await prisma.fieldEventParticipant.create({
          data: { fieldEventId: activity.fieldEventId, contactId: (i % 2 === 0 ? draft : visible).id, participantRole: "Lead" },
        });
        await prisma.sample.update({ where: { id: sample.id }, data: { fieldEventParticipantId: participant.id } });
      }
      const admin = await run(well.id);
      expect(admin.nodes).toHaveLength(size);
      expect(admin.nodes.every((n) => n.site.id === String(well.id))).toBe(true);
      // newest first: sample i is at index size-1-i
      const expected = Array.from({ length: size }, (_, k) => {
        const i = size - 1 - k;
        return i === 0 ? null : String((i % 2 === 0 ? draft : visible).id);
      });
      expect(admin.nodes.map((n) => n.sampler?.id ?? null)).toEqual(expected);
      const anonymous = await run(well.id, "anonymous");
      expect(anonymous.nodes.map((n) => n.sampler?.id ?? null)).toEqual(expected.map((id) => (id === String(draft.id) ? null : id)));
      counts.push(admin.statements);
    }
    // samples page, sites (sample -> thing id), things, participants, contacts: the same for 2 and 6
    expect(counts[0]).toBe(5);
    expect(counts[1]).toBe(counts[0]);
  });
});

// ---------------------------------------------------------------- updateAlternateId

const UPDATE_ALTERNATE_ID = `mutation($input: UpdateAlternateIdInput!) { updateAlternateId(input: $input) {
  ${ERROR_FIELDS} ... on UpdateAlternateIdSuccess { thing { id alternateIds { alternateId organization relation } } } } }`;

describe("updateAlternateId", () => {
  async function siteWithIds() {
    const thing = await createThing(api.db.prisma);
    await api.db.prisma.thingIdLink.createMany({
      data: [
        { thingId: thing.id, alternateId: "331234106543201", alternateOrganization: "USGS", relation: "same_as" },
        { thingId: thing.id, alternateId: "RG-12345", alternateOrganization: "NMOSE", relation: "OSEPOD" },
      ],
    });
    return thing;
  }
  const usgs = { alternateId: "331234106543201", organization: "USGS", relation: "same_as" };

  it("corrects the text, organization or relation in place, with the update audit columns", async () => {
    const thing = await siteWithIds();
    const payload = await mutationPayload(api, UPDATE_ALTERNATE_ID, { input: { thingId: String(thing.id), current: usgs, alternateId: " 331234106543202 " } }, { user: EDITOR });
    expect(payload).toEqual({
      __typename: "UpdateAlternateIdSuccess",
      thing: {
        id: String(thing.id),
        alternateIds: expect.arrayContaining([
          { alternateId: "331234106543202", organization: "USGS", relation: "same_as" },
          { alternateId: "RG-12345", organization: "NMOSE", relation: "OSEPOD" },
        ]),
      },
    });
    const row = await api.db.prisma.thingIdLink.findFirstOrThrow({ where: { thingId: thing.id, alternateOrganization: "USGS" } });
    expect(row).toMatchObject({ alternateId: "331234106543202", updatedById: "sub-editor", updatedByName: "Grid Editor" });
    expect(row.updatedAt).toBeInstanceOf(Date);
    const moved = await mutationPayload(api, UPDATE_ALTERNATE_ID, {
      input: { thingId: String(thing.id), current: { ...usgs, alternateId: "331234106543202" }, relation: "related_to" },
    });
    expect(moved.__typename).toBe("UpdateAlternateIdSuccess");
    expect(await api.db.prisma.thingIdLink.count({ where: { thingId: thing.id, relation: "related_to", alternateId: "331234106543202" } })).toBe(1);
  });

  it("gives NotFoundError, ValidationError and ConflictError, and changes nothing", async () => {
    const thing = await siteWithIds();
    const before = await api.db.prisma.thingIdLink.findMany({ where: { thingId: thing.id }, orderBy: { id: "asc" } });
    const run = (input: Record<string, unknown>) => mutationPayload(api, UPDATE_ALTERNATE_ID, { input: { thingId: String(thing.id), current: usgs, ...input } });
    expect(await mutationPayload(api, UPDATE_ALTERNATE_ID, { input: { thingId: "999999", current: usgs } })).toEqual({
      __typename: "NotFoundError", message: "Thing 999999 not found", entity: "Thing", id: "999999",
    });
    expect(await run({ current: { ...usgs, alternateId: "nope" } })).toMatchObject({ __typename: "NotFoundError", entity: "AlternateId" });
    expect(await run({ alternateId: "  " })).toMatchObject({
      __typename: "ValidationError",
      fieldErrors: [{ path: ["input", "alternateId"], message: expect.stringMatching(/Alternate id/) }],
    });
    expect(await run({ alternateId: "RG-12345", organization: "NMOSE", relation: "OSEPOD" })).toMatchObject({
      __typename: "ConflictError",
      constraint: "uq_thing_id_link_thing_org_relation_id",
    });
    expect(await api.db.prisma.thingIdLink.findMany({ where: { thingId: thing.id }, orderBy: { id: "asc" } })).toEqual(before);
  });
});

// ---------------------------------------------------------------- updateLexiconTriple

const UPDATE_TRIPLE = `mutation($id: ID!, $input: UpdateLexiconTripleInput!) { updateLexiconTriple(id: $id, input: $input) {
  ${ERROR_FIELDS} ... on UpdateLexiconTripleSuccess { triple { id subject predicate object } } } }`;

describe("updateLexiconTriple", () => {
  async function term(): Promise<string> {
    const name = uniqueName("Term");
    await api.db.prisma.lexiconTerm.create({ data: { term: name, definition: "" } });
    return name;
  }

  it("changes the given parts in place and keeps the others", async () => {
    const [a, b, c] = [await term(), await term(), await term()];
    const triple = await api.db.prisma.lexiconTriple.create({ data: { subject: a, predicate: "broader", object: b } });
    const payload = await mutationPayload(api, UPDATE_TRIPLE, { id: String(triple.id), input: { object: c, predicate: "narrower" } }, { user: EDITOR });
    expect(payload).toEqual({ __typename: "UpdateLexiconTripleSuccess", triple: { id: String(triple.id), subject: a, predicate: "narrower", object: c } });
    expect(await api.db.prisma.lexiconTriple.findUniqueOrThrow({ where: { id: triple.id } })).toMatchObject({ updatedById: "sub-editor" });
  });

  it("gives NotFoundError for a missing triple or term, ValidationError for bad parts, ConflictError for a duplicate; changes nothing", async () => {
    const [a, b, c] = [await term(), await term(), await term()];
    const triple = await api.db.prisma.lexiconTriple.create({ data: { subject: a, predicate: "broader", object: b } });
    await api.db.prisma.lexiconTriple.create({ data: { subject: a, predicate: "broader", object: c } });
    const run = (input: Record<string, unknown>, id = String(triple.id)) => mutationPayload(api, UPDATE_TRIPLE, { id, input });
    expect(await run({ predicate: "x" }, "999999")).toEqual({ __typename: "NotFoundError", message: "LexiconTriple 999999 not found", entity: "LexiconTriple", id: "999999" });
    expect(await run({ subject: "no such term here" })).toMatchObject({ __typename: "NotFoundError", entity: "LexiconTerm", id: "no such term here" });
    expect(await run({ subject: null, predicate: " broader" })).toMatchObject({
      __typename: "ValidationError",
      fieldErrors: [
        { path: ["input", "subject"], message: "Subject cannot be null" },
        { path: ["input", "predicate"], message: "Predicate must not start or end with spaces" },
      ],
    });
    expect(await run({ object: c })).toMatchObject({ __typename: "ConflictError", constraint: "uq_lexicon_triple_subject_predicate_object" });
    // unchanged parts are not a conflict with the triple itself
    expect(await run({ object: b })).toMatchObject({ __typename: "UpdateLexiconTripleSuccess" });
    expect(await api.db.prisma.lexiconTriple.findUniqueOrThrow({ where: { id: triple.id } })).toMatchObject({ subject: a, predicate: "broader", object: b });
  });

  it("is refused to Editors (vocabulary edits need Admin)", async () => {
    const result = await api.run(UPDATE_TRIPLE, { id: "1", input: { predicate: "x" } }, { as: "editor" });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(result.statements).toBe(0);
  });
});

