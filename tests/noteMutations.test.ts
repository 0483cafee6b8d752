/** Notes on things, locations and contacts: exactly one target, content never blank, not found. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createContactFor, createLocationFor, createThing } from "./support/factories.js";
import { errorFields } from "./support/mutationFactories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const ADD = `mutation($input: AddNoteInput!) { addNote(input: $input) {
  ${errorFields("ValidationError", "NotFoundError")} ... on AddNoteSuccess { note { id noteType content } } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateNoteInput!) { updateNote(id: $id, input: $input) {
  ${errorFields("ValidationError", "NotFoundError")} ... on UpdateNoteSuccess { note { id noteType content } } } }`;
const DELETE = `mutation($id: ID!) { deleteNote(id: $id) { ${errorFields("NotFoundError")} ... on DeleteNoteSuccess { deletedId } } }`;

interface AddResult {
  addNote: { __typename: string; note?: { id: string; noteType: string; content: string } } & Record<string, unknown>;
}

describe("addNote", () => {
  it("adds a note to a thing, a location and a contact", async () => {
    const thing = await createThing(api.db.prisma);
    const location = await createLocationFor(api.db.prisma, thing.id);
    const contact = await createContactFor(api.db.prisma, thing.id);
    const targets = [
      { key: "thingId", id: thing.id, column: "thingId" as const },
      { key: "locationId", id: location.id, column: "locationId" as const },
      { key: "contactId", id: contact.id, column: "contactId" as const },
    ];
    for (const target of targets) {
      const result = await api.run<AddResult>(ADD, {
        input: { [target.key]: String(target.id), noteType: "access", content: "  Gate locked; call owner  " },
      });
      const note = result.data?.addNote.note;
      expect(result.data?.addNote).toEqual({
        __typename: "AddNoteSuccess",
        note: { id: note?.id, noteType: "Access", content: "Gate locked; call owner" },
      });
      const row = await api.db.prisma.note.findUniqueOrThrow({ where: { id: Number(note?.id) } });
      expect(row[target.column]).toBe(target.id);
      expect(row.releaseStatus).toBe("draft");
    }
    const read = await api.run<{ location: { notes: { content: string }[] } }>(`query($id: ID!) { location(id: $id) { notes { content } } }`, {
      id: String(location.id),
    });
    expect(read.data?.location.notes).toEqual([{ content: "Gate locked; call owner" }]);
  });

  it("requires exactly one target and non-blank content, listing both", async () => {
    const thing = await createThing(api.db.prisma);
    const location = await createLocationFor(api.db.prisma, thing.id);
    const before = await api.db.prisma.note.count();
    const result = await api.run<AddResult>(ADD, {
      input: { thingId: String(thing.id), locationId: String(location.id), noteType: "General", content: " " },
    });
    expect(result.data?.addNote).toEqual({
      __typename: "ValidationError",
      message: "2 fields are invalid: input.locationId, input.content",
      fieldErrors: [
        { path: ["input", "locationId"], message: "Give exactly one of thingId, locationId, contactId" },
        { path: ["input", "content"], message: "Note content is required" },
      ],
    });
    const none = await api.run<AddResult>(ADD, { input: { noteType: "General", content: "x" } });
    expect(none.data?.addNote).toMatchObject({
      __typename: "ValidationError",
      fieldErrors: [{ path: ["input", "thingId"], message: "Give exactly one of thingId, locationId, contactId" }],
    });
    expect(await api.db.prisma.note.count()).toBe(before);
  });

  it("gives NotFoundError for a missing target", async () => {
    const result = await api.run<AddResult>(ADD, { input: { contactId: "999999", noteType: "General", content: "x" } });
    expect(result.data?.addNote).toEqual({ __typename: "NotFoundError", message: "Contact 999999 not found", entity: "Contact", id: "999999" });
  });
});

describe("updateNote and deleteNote", () => {
  it("changes only the given fields, refuses to clear them, deletes", async () => {
    const thing = await createThing(api.db.prisma);
    const note = await api.db.prisma.note.create({ data: { thingId: thing.id, noteType: "General", content: "Old text" } });
    const id = String(note.id);
    const changed = await api.run(UPDATE, { id, input: { content: "New text" } });
    expect(changed.data).toEqual({ updateNote: { __typename: "UpdateNoteSuccess", note: { id, noteType: "General", content: "New text" } } });
    const invalid = await api.run(UPDATE, { id, input: { content: null, noteType: null } });
    expect(invalid.data?.updateNote).toEqual({
      __typename: "ValidationError",
      message: "2 fields are invalid: input.noteType, input.content",
      fieldErrors: [
        { path: ["input", "noteType"], message: "Note type cannot be null" },
        { path: ["input", "content"], message: "Note content cannot be null" },
      ],
    });
    const blank = await api.run(UPDATE, { id, input: { content: "  " } });
    expect(blank.data?.updateNote).toMatchObject({ fieldErrors: [{ path: ["input", "content"], message: "Note content must not be empty" }] });
    expect((await api.db.prisma.note.findUniqueOrThrow({ where: { id: note.id } })).content).toBe("New text");

    expect((await api.run(DELETE, { id })).data).toEqual({ deleteNote: { __typename: "DeleteNoteSuccess", deletedId: id } });
    expect((await api.run(DELETE, { id })).data).toEqual({
      deleteNote: { __typename: "NotFoundError", message: `Note ${id} not found`, entity: "Note", id },
    });
    expect((await api.run(UPDATE, { id, input: { content: "x" } })).data?.updateNote).toMatchObject({ __typename: "NotFoundError", entity: "Note" });
  });
});
