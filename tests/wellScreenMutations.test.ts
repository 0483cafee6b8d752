/** Well screens: only on wells, depths greater than 0 with the bottom at or below the top. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createThing } from "./support/factories.js";
import { errorFields } from "./support/mutationFactories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const ADD = `mutation($input: AddWellScreenInput!) { addWellScreen(input: $input) {
  ${errorFields("ValidationError", "NotFoundError")}
  ... on AddWellScreenSuccess { screen { id top { value unit } bottom { value unit } screenType description } well { id screens { id } } } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateWellScreenInput!) { updateWellScreen(id: $id, input: $input) {
  ${errorFields("ValidationError", "NotFoundError")} ... on UpdateWellScreenSuccess { screen { top { value } bottom { value } screenType description } } } }`;
const DELETE = `mutation($id: ID!) { deleteWellScreen(id: $id) { ${errorFields("NotFoundError")} ... on DeleteWellScreenSuccess { deletedId } } }`;

type Payload = { __typename: string; screen?: { id: string } } & Record<string, unknown>;

async function add(input: Record<string, unknown>): Promise<Payload> {
  const result = await api.run<{ addWellScreen: Payload }>(ADD, { input });
  expect(result.errors).toBeUndefined();
  const payload = result.data?.addWellScreen;
  if (!payload) throw new Error("no payload");
  return payload;
}

describe("addWellScreen", () => {
  it("adds a screen to a well, converting metres to feet", async () => {
    const well = await createThing(api.db.prisma);
    const payload = await add({
      wellId: String(well.id),
      top: { value: 30.48, unit: "METER" },
      bottom: { value: 140, unit: "FOOT" },
      screenType: "pvc",
      description: "Slotted 0.02 in",
    });
    expect(payload).toEqual({
      __typename: "AddWellScreenSuccess",
      screen: { id: payload.screen?.id, top: { value: 100, unit: "FOOT" }, bottom: { value: 140, unit: "FOOT" }, screenType: "PVC", description: "Slotted 0.02 in" },
      well: { id: String(well.id), screens: [{ id: payload.screen?.id }] },
    });
  });

  it("refuses a screen on a spring and a bottom above the top, listing both", async () => {
    const spring = await createThing(api.db.prisma, { thingType: "spring" });
    const payload = await add({ wellId: String(spring.id), top: { value: 50, unit: "FOOT" }, bottom: { value: 40, unit: "FOOT" } });
    expect(payload).toEqual({
      __typename: "ValidationError",
      message: "2 fields are invalid: input.bottom, input.wellId",
      fieldErrors: [
        { path: ["input", "bottom"], message: "Screen bottom (40 ft) must be at or below screen top (50 ft)" },
        { path: ["input", "wellId"], message: `Thing ${spring.id} is a spring; screens belong to wells only` },
      ],
    });
    expect(await api.db.prisma.wellScreen.count({ where: { thingId: spring.id } })).toBe(0);
  });

  it("refuses depths that are not greater than 0, and reports a missing well", async () => {
    const well = await createThing(api.db.prisma);
    expect(await add({ wellId: String(well.id), top: { value: 0, unit: "FOOT" } })).toMatchObject({
      fieldErrors: [{ path: ["input", "top"], message: "Screen top must be greater than 0" }],
    });
    expect(await add({ wellId: "999999" })).toEqual({ __typename: "NotFoundError", message: "Well 999999 not found", entity: "Well", id: "999999" });
  });
});

describe("updateWellScreen and deleteWellScreen", () => {
  it("checks the resulting screen, clears nulls, deletes", async () => {
    const well = await createThing(api.db.prisma);
    const screen = await api.db.prisma.wellScreen.create({
      data: { thingId: well.id, screenDepthTop: 100, screenDepthBottom: 140, screenType: "Steel", screenDescription: "Old" },
    });
    const id = String(screen.id);
    expect((await api.run(UPDATE, { id, input: { bottom: { value: 90, unit: "FOOT" } } })).data?.updateWellScreen).toEqual({
      __typename: "ValidationError",
      message: "Screen bottom (90 ft) must be at or below screen top (100 ft)",
      fieldErrors: [{ path: ["input", "bottom"], message: "Screen bottom (90 ft) must be at or below screen top (100 ft)" }],
    });
    expect((await api.run(UPDATE, { id, input: { top: { value: 120, unit: "FOOT" }, description: null } })).data).toEqual({
      updateWellScreen: { __typename: "UpdateWellScreenSuccess", screen: { top: { value: 120 }, bottom: { value: 140 }, screenType: "Steel", description: null } },
    });
    expect((await api.run(UPDATE, { id: "999999", input: { screenType: null } })).data?.updateWellScreen).toMatchObject({
      __typename: "NotFoundError",
      message: "WellScreen 999999 not found",
    });
    expect((await api.run(DELETE, { id })).data).toEqual({ deleteWellScreen: { __typename: "DeleteWellScreenSuccess", deletedId: id } });
    expect((await api.run(DELETE, { id })).data?.deleteWellScreen).toMatchObject({ __typename: "NotFoundError", entity: "WellScreen" });
  });
});
