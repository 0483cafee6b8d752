/**
 * A list of things reads the current locations, groups and total it is asked for in its one page
 * statement (ADR 26), and answers exactly as the per-field loaders do: the current location is the
 * open association with the latest start among locations the caller may see, groups are by name.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createGroupWith, createLocationFor, createThing, uniqueName } from "./support/factories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const FIELDS = `id name currentLocation { id latitude longitude elevation { value unit } } groups { name groupType }`;
const LIST = `query($filter: ThingFilter, $first: Int) { wells(filter: $filter, first: $first) { totalCount edges { node { ${FIELDS} } } } }`;
const THROUGH_FRAGMENTS = `query($filter: ThingFilter) { things(filter: $filter) { ...Page } }
  fragment Page on ThingConnection { totalCount edges { node { ... on Well { ...Parts } } } }
  fragment Parts on Well { ${FIELDS} }`;
const ONE = `query($id: ID!) { well(id: $id) { ${FIELDS} } }`;

type Node = { id: string } & Record<string, unknown>;
type ListAnswer = { wells?: { totalCount: number; edges: { node: Node }[] }; things?: { totalCount: number; edges: { node: Node }[] } };

describe("a page of things with its current locations and groups", () => {
  const stem = uniqueName("Include");
  const group = uniqueName("IncludeGroup");
  let ids: number[] = [];

  beforeAll(async () => {
    const p = api.db.prisma;
    const plain = await createThing(p, { name: `${stem}-1` });
    const moved = await createThing(p, { name: `${stem}-2` });
    const hidden = await createThing(p, { name: `${stem}-3` });
    const closed = await createThing(p, { name: `${stem}-4` });
    const bare = await createThing(p, { name: `${stem}-5` });
    await createLocationFor(p, plain.id, { latitude: 34.1 });
    // An old association that ended, then the current one.
    await createLocationFor(p, moved.id, { latitude: 35.1 }, { effectiveStart: new Date("2020-01-01"), effectiveEnd: new Date("2021-01-01") });
    await createLocationFor(p, moved.id, { latitude: 35.2, elevation: null }, { effectiveStart: new Date("2021-01-01") });
    // Current location unreleased: anonymous callers see none.
    await createLocationFor(p, hidden.id, { latitude: 36.1, releaseStatus: "draft" });
    await createLocationFor(p, closed.id, { latitude: 37.1 }, { effectiveStart: new Date("2021-01-01"), effectiveEnd: new Date("2022-01-01") });
    ids = [plain, moved, hidden, closed, bare].map((t) => t.id);
    await createGroupWith(p, ids, group);
    await createGroupWith(p, [plain.id, moved.id], `A-${uniqueName("first")}`);
  });

  for (const as of ["anonymous", "admin"] as const) {
    it(`answers as the per-well loaders do, in one statement (${as})`, async () => {
      const list = await api.run<ListAnswer>(LIST, { filter: { groupName: group } }, { as });
      expect(list.errors).toBeUndefined();
      expect(list.statements).toBe(1);
      expect(list.data?.wells?.totalCount).toBe(5);
      const nodes = list.data?.wells?.edges.map((e) => e.node) ?? [];
      expect(nodes.map((n) => Number(n.id))).toEqual(ids);
      for (const node of nodes) {
        const one = await api.run<{ well: Node }>(ONE, { id: node.id }, { as });
        expect(node).toEqual(one.data?.well);
      }
      expect(nodes.map((n) => (n.currentLocation as { latitude: number } | null)?.latitude ?? null)).toEqual(
        as === "admin" ? [34.1, 35.2, 36.1, null, null] : [34.1, 35.2, null, null, null],
      );
      expect((nodes[0]?.groups as { name: string }[]).map((g) => g.name)[1]).toBe(group);

      const fragments = await api.run<ListAnswer>(THROUGH_FRAGMENTS, { filter: { groupName: group } }, { as });
      expect(fragments.statements).toBe(1);
      expect(fragments.data?.things?.edges.map((e) => e.node)).toEqual(nodes);
    });
  }

  it("counts the total separately when the page is empty, and reads only what is selected", async () => {
    const empty = await api.run<ListAnswer>(`query($filter: ThingFilter) { wells(filter: $filter, first: 0) { totalCount } }`, { filter: { groupName: group } });
    expect(empty.data?.wells?.totalCount).toBe(5);
    expect(empty.statements).toBe(1);
    const namesOnly = await api.run<ListAnswer>(`query($filter: ThingFilter) { wells(filter: $filter) { edges { node { name } } } }`, { filter: { groupName: group } });
    expect(namesOnly.statements).toBe(1);
    // Locations selected only under another field are not read by the page.
    const lastPage = await api.run<ListAnswer>(`query($filter: ThingFilter) { wells(filter: $filter, first: 2) { totalCount edges { node { name currentLocation { latitude } } } } }`, { filter: { groupName: group } });
    expect(lastPage.statements).toBe(1);
    expect(lastPage.data?.wells?.edges).toHaveLength(2);
  });
});
