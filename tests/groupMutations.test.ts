/** Groups and membership: create with members, unique names, parent cycles, cascading deletes. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createThing, uniqueName } from "./support/factories.js";
import { ERROR_FIELDS, errorFields } from "./support/mutationFactories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const CREATE = `mutation($input: CreateGroupInput!) { createGroup(input: $input) {
  ${ERROR_FIELDS} ... on CreateGroupSuccess { group { id name groupType things { totalCount edges { node { id } } } } } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateGroupInput!) { updateGroup(id: $id, input: $input) {
  ${ERROR_FIELDS} ... on UpdateGroupSuccess { group { id name groupType } } } }`;
const ADD = `mutation($g: ID!, $t: [ID!]!) { addThingsToGroup(groupId: $g, thingIds: $t) {
  ${errorFields("ValidationError", "NotFoundError")} ... on AddThingsToGroupSuccess { added group { things { totalCount } } } } }`;
const REMOVE = `mutation($g: ID!, $t: [ID!]!) { removeThingsFromGroup(groupId: $g, thingIds: $t) {
  ${errorFields("NotFoundError")} ... on RemoveThingsFromGroupSuccess { removed group { things { totalCount } } } } }`;

type Payload = { __typename: string; group?: { id: string } } & Record<string, unknown>;

async function createGroup(input: Record<string, unknown>): Promise<Payload> {
  const result = await api.run<{ createGroup: Payload }>(CREATE, { input });
  expect(result.errors).toBeUndefined();
  const payload = result.data?.createGroup;
  if (!payload) throw new Error("no payload");
  return payload;
}

describe("createGroup", () => {
  it("creates a group with members", async () => {
    const [a, b] = [await createThing(api.db.prisma), await createThing(api.db.prisma)];
    const name = uniqueName("Collabnet");
    const payload = await createGroup({ name, groupType: "monitoring plan", thingIds: [String(b.id), String(a.id), String(a.id)] });
    expect(payload).toEqual({
      __typename: "CreateGroupSuccess",
      group: {
        id: payload.group?.id,
        name,
        groupType: "Monitoring Plan",
        things: { totalCount: 2, edges: [{ node: { id: String(a.id) } }, { node: { id: String(b.id) } }] },
      },
    });
  });

  it("gives ConflictError for a name in use, ValidationError listing unknown members, NotFoundError for a missing parent", async () => {
    const name = uniqueName("G");
    await createGroup({ name });
    expect(await createGroup({ name })).toEqual({
      __typename: "ConflictError",
      message: "A record with the same name already exists",
      constraint: "group_name_key",
      fields: ["name"],
    });
    const thing = await createThing(api.db.prisma);
    const before = await api.db.prisma.group.count();
    expect(await createGroup({ name: uniqueName("G"), thingIds: [String(thing.id), "999998", "999999"] })).toEqual({
      __typename: "ValidationError",
      message: "2 fields are invalid: input.thingIds.1, input.thingIds.2",
      fieldErrors: [
        { path: ["input", "thingIds", "1"], message: "Thing 999998 not found" },
        { path: ["input", "thingIds", "2"], message: "Thing 999999 not found" },
      ],
    });
    expect(await createGroup({ name: " " })).toMatchObject({ fieldErrors: [{ path: ["input", "name"], message: "Name is required" }] });
    expect(await createGroup({ name: uniqueName("G"), parentGroupId: "999999" })).toMatchObject({ __typename: "NotFoundError", entity: "Group" });
    expect(await api.db.prisma.group.count()).toBe(before);
  });
});

describe("updateGroup and deleteGroup", () => {
  it("updates partially and refuses a parent that is the group itself or below it", async () => {
    const top = await createGroup({ name: uniqueName("Top"), groupType: "Historical" });
    const child = await createGroup({ name: uniqueName("Child"), parentGroupId: top.group?.id });
    const grandchild = await createGroup({ name: uniqueName("Grandchild"), parentGroupId: child.group?.id });
    const renamed = uniqueName("Renamed");
    expect((await api.run(UPDATE, { id: top.group?.id, input: { name: renamed } })).data).toEqual({
      updateGroup: { __typename: "UpdateGroupSuccess", group: { id: top.group?.id, name: renamed, groupType: "Historical" } },
    });
    expect((await api.run(UPDATE, { id: top.group?.id, input: { groupType: null } })).data?.updateGroup).toMatchObject({ group: { groupType: null } });
    for (const parent of [top.group?.id, grandchild.group?.id]) {
      const result = await api.run(UPDATE, { id: top.group?.id, input: { parentGroupId: parent } });
      expect(result.data?.updateGroup).toEqual({
        __typename: "ValidationError",
        message: `Group ${parent} is this group or one of its sub-groups; it cannot be its parent`,
        fieldErrors: [{ path: ["input", "parentGroupId"], message: `Group ${parent} is this group or one of its sub-groups; it cannot be its parent` }],
      });
    }
    expect((await api.run(UPDATE, { id: "999999", input: { name: "x" } })).data?.updateGroup).toMatchObject({ __typename: "NotFoundError" });

    const DELETE = `mutation($id: ID!) { deleteGroup(id: $id) { ${errorFields("NotFoundError")} ... on DeleteGroupSuccess { deletedId } } }`;
    expect((await api.run(DELETE, { id: top.group?.id })).data).toEqual({ deleteGroup: { __typename: "DeleteGroupSuccess", deletedId: top.group?.id } });
    expect(await api.db.prisma.group.count({ where: { id: { in: [Number(child.group?.id), Number(grandchild.group?.id)] } } })).toBe(0);
    expect((await api.run(DELETE, { id: top.group?.id })).data?.deleteGroup).toMatchObject({ __typename: "NotFoundError", entity: "Group" });
  });
});

describe("membership", () => {
  it("adds things (skipping members), lists unknown ids without adding any, removes things", async () => {
    const [a, b, c] = [await createThing(api.db.prisma), await createThing(api.db.prisma), await createThing(api.db.prisma)];
    const group = await createGroup({ name: uniqueName("M"), thingIds: [String(a.id)] });
    const g = group.group?.id;
    expect((await api.run(ADD, { g, t: [String(a.id), String(b.id), String(c.id)] })).data).toEqual({
      addThingsToGroup: { __typename: "AddThingsToGroupSuccess", added: 2, group: { things: { totalCount: 3 } } },
    });
    const d = await createThing(api.db.prisma);
    expect((await api.run(ADD, { g, t: [String(d.id), "999999"] })).data?.addThingsToGroup).toEqual({
      __typename: "ValidationError",
      message: "Thing 999999 not found",
      fieldErrors: [{ path: ["thingIds", "1"], message: "Thing 999999 not found" }],
    });
    expect(await api.db.prisma.groupThingAssociation.count({ where: { groupId: Number(g) } })).toBe(3);
    expect((await api.run(REMOVE, { g, t: [String(a.id), String(d.id)] })).data).toEqual({
      removeThingsFromGroup: { __typename: "RemoveThingsFromGroupSuccess", removed: 1, group: { things: { totalCount: 2 } } },
    });
    expect((await api.run(ADD, { g: "999999", t: [String(a.id)] })).data?.addThingsToGroup).toMatchObject({ __typename: "NotFoundError", entity: "Group" });
    expect((await api.run(REMOVE, { g: "999999", t: [String(a.id)] })).data?.removeThingsFromGroup).toMatchObject({ __typename: "NotFoundError" });
  });
});
