/**
 * setThingPermission: landowner consent is a dated history (field_access_consent). A new consent
 * appends a row and closes the open row of the same permission type at its start date; the well
 * page's `permissions` then shows it; start dates are checked; unknown site or contact are typed
 * errors; nothing is written on failure; concurrent consents leave one open row per type.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createContactFor, createThing } from "./support/factories.js";
import { errorFields, isoDay, utcDay } from "./support/mutationFactories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const PERMISSION = "permissionType allowed startDate endDate notes";
const SET = `mutation($input: SetThingPermissionInput!) { setThingPermission(input: $input) {
  ${errorFields("ValidationError", "NotFoundError")} ... on SetThingPermissionSuccess { permission { ${PERMISSION} } thing { __typename id } } } }`;
const WELL = `query($id: ID!) { well(id: $id) { permissions { ${PERMISSION} } } }`;

type Payload = { __typename: string } & Record<string, unknown>;

async function set(input: Record<string, unknown>, user: { id: string; name: string } | null = null): Promise<Payload> {
  const result = await api.run<{ setThingPermission: Payload }>(SET, { input }, { user });
  expect(result.errors).toBeUndefined();
  const payload = result.data?.setThingPermission;
  if (!payload) throw new Error("no payload");
  return payload;
}

async function permissionsOf(thingId: number): Promise<unknown[]> {
  const result = await api.run<{ well: { permissions: unknown[] } }>(WELL, { id: String(thingId) });
  expect(result.errors).toBeUndefined();
  return result.data?.well.permissions ?? [];
}

/** The consent rows of a site, as (type, allowed, start, end) in start then id order. */
async function history(thingId: number): Promise<[string, boolean, string, string | null][]> {
  const rows = await api.db.prisma.fieldAccessConsent.findMany({ where: { thingId }, orderBy: [{ permissionType: "asc" }, { startDate: "asc" }, { id: "asc" }] });
  return rows.map((r) => [r.permissionType, r.permissionAllowed, r.startDate.toISOString().slice(0, 10), r.endDate ? r.endDate.toISOString().slice(0, 10) : null]);
}

describe("setThingPermission", () => {
  it("records consent, with contact, notes, the site's release status and audit columns; the well page shows it", async () => {
    const well = await createThing(api.db.prisma, { releaseStatus: "public" });
    const contact = await createContactFor(api.db.prisma, well.id);
    const start = isoDay(-10);
    const payload = await set(
      { thingId: String(well.id), permissionType: "water level sample", allowed: true, startDate: start, contactId: String(contact.id), notes: " Call a day ahead " },
      { id: "sub-5", name: "Field Tech" },
    );
    const permission = { permissionType: "Water Level Sample", allowed: true, startDate: start, endDate: null, notes: "Call a day ahead" };
    expect(payload).toEqual({ __typename: "SetThingPermissionSuccess", permission, thing: { __typename: "Well", id: String(well.id) } });
    expect(await permissionsOf(well.id)).toEqual([permission]);
    const row = await api.db.prisma.fieldAccessConsent.findFirstOrThrow({ where: { thingId: well.id } });
    expect([row.contactId, row.releaseStatus, row.createdById, row.createdByName]).toEqual([contact.id, "public", "sub-5", "Field Tech"]);
  });

  it("appends history: the open row of the type closes on the new start date, other types stay, the new row is current", async () => {
    const well = await createThing(api.db.prisma);
    const thingId = String(well.id);
    await set({ thingId, permissionType: "Water Level Sample", allowed: true, startDate: isoDay(-30) });
    await set({ thingId, permissionType: "Datalogger Installation", allowed: true, startDate: isoDay(-30) });
    expect(await set({ thingId, permissionType: "Water Level Sample", allowed: false, startDate: isoDay(-2), notes: "New owner" })).toMatchObject({
      permission: { permissionType: "Water Level Sample", allowed: false, startDate: isoDay(-2), endDate: null },
    });
    expect(await history(well.id)).toEqual([
      ["Datalogger Installation", true, isoDay(-30), null],
      ["Water Level Sample", true, isoDay(-30), isoDay(-2)],
      ["Water Level Sample", false, isoDay(-2), null],
    ]);
    expect(await permissionsOf(well.id)).toEqual([
      { permissionType: "Datalogger Installation", allowed: true, startDate: isoDay(-30), endDate: null, notes: null },
      { permissionType: "Water Level Sample", allowed: false, startDate: isoDay(-2), endDate: null, notes: "New owner" },
    ]);
    // The same start day again (a correction): the newer row wins.
    await set({ thingId, permissionType: "Water Level Sample", allowed: true, startDate: isoDay(-2) });
    expect((await history(well.id)).filter(([type]) => type === "Water Level Sample")).toEqual([
      ["Water Level Sample", true, isoDay(-30), isoDay(-2)],
      ["Water Level Sample", false, isoDay(-2), isoDay(-2)],
      ["Water Level Sample", true, isoDay(-2), null],
    ]);
    expect(await permissionsOf(well.id)).toContainEqual({ permissionType: "Water Level Sample", allowed: true, startDate: isoDay(-2), endDate: null, notes: null });
  });

  it("starts today by default, shortens a row that would end after the new start, takes a given release status", async () => {
    const well = await createThing(api.db.prisma, { releaseStatus: "draft" });
    await api.db.prisma.fieldAccessConsent.create({
      data: { thingId: well.id, permissionType: "Water Chemistry Sample", permissionAllowed: true, startDate: utcDay(isoDay(-20)), endDate: utcDay(isoDay(30)) },
    });
    expect(await set({ thingId: String(well.id), permissionType: "Water Chemistry Sample", allowed: false, releaseStatus: "PUBLIC" })).toMatchObject({
      permission: { allowed: false, startDate: isoDay(0), endDate: null },
    });
    expect(await history(well.id)).toEqual([
      ["Water Chemistry Sample", true, isoDay(-20), isoDay(0)],
      ["Water Chemistry Sample", false, isoDay(0), null],
    ]);
    const current = await api.db.prisma.fieldAccessConsent.findFirstOrThrow({ where: { thingId: well.id, endDate: null } });
    expect([current.releaseStatus, current.contactId, current.notes]).toEqual(["public", null, null]);
    const defaulted = await createThing(api.db.prisma, { releaseStatus: "draft" });
    await set({ thingId: String(defaulted.id), permissionType: "Water Chemistry Sample", allowed: true });
    expect((await api.db.prisma.fieldAccessConsent.findFirstOrThrow({ where: { thingId: defaulted.id } })).releaseStatus).toBe("draft");
  });

  it("rejects a start date in the future or before the latest row of the type, writing nothing", async () => {
    const well = await createThing(api.db.prisma);
    const thingId = String(well.id);
    expect(await set({ thingId, permissionType: "Water Level Sample", allowed: true, startDate: isoDay(1) })).toEqual({
      __typename: "ValidationError",
      message: "Start date cannot be in the future",
      fieldErrors: [{ path: ["input", "startDate"], message: "Start date cannot be in the future" }],
    });
    expect(await history(well.id)).toEqual([]);
    await set({ thingId, permissionType: "Water Level Sample", allowed: true, startDate: isoDay(-5) });
    const message = `Start date must not be before the start of the latest Water Level Sample consent (${isoDay(-5)})`;
    expect(await set({ thingId, permissionType: "Water Level Sample", allowed: false, startDate: isoDay(-6) })).toEqual({
      __typename: "ValidationError",
      message,
      fieldErrors: [{ path: ["input", "startDate"], message }],
    });
    // Another type has its own history.
    expect(await set({ thingId, permissionType: "Datalogger Installation", allowed: false, startDate: isoDay(-6) })).toMatchObject({
      __typename: "SetThingPermissionSuccess",
    });
    expect(await history(well.id)).toEqual([
      ["Datalogger Installation", false, isoDay(-6), null],
      ["Water Level Sample", true, isoDay(-5), null],
    ]);
  });

  it("gives NotFoundErrors for an unknown site or contact, writing nothing", async () => {
    const well = await createThing(api.db.prisma);
    expect(await set({ thingId: "999999", permissionType: "Water Level Sample", allowed: true })).toEqual({
      __typename: "NotFoundError",
      message: "Thing 999999 not found",
      entity: "Thing",
      id: "999999",
    });
    expect(await set({ thingId: String(well.id), permissionType: "Water Level Sample", allowed: true, contactId: "999999" })).toEqual({
      __typename: "NotFoundError",
      message: "Contact 999999 not found",
      entity: "Contact",
      id: "999999",
    });
    expect(await history(well.id)).toEqual([]);
  });

  it("refuses a permission type outside the lexicon before anything runs", async () => {
    const well = await createThing(api.db.prisma);
    const result = await api.run(SET, { input: { thingId: String(well.id), permissionType: "Fishing", allowed: true } });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toContain('"Fishing" is not a permission_type term');
    expect(await history(well.id)).toEqual([]);
  });

  it("works for any kind of site (a spring)", async () => {
    const spring = await createThing(api.db.prisma, { thingType: "spring" });
    expect(await set({ thingId: String(spring.id), permissionType: "Water Chemistry Sample", allowed: true })).toMatchObject({
      __typename: "SetThingPermissionSuccess",
      thing: { __typename: "Spring", id: String(spring.id) },
    });
  });

  it("leaves one open row per type when consents for one site arrive concurrently", async () => {
    const well = await createThing(api.db.prisma);
    const results = await Promise.all(
      [true, false, true, false, true].map((allowed) => set({ thingId: String(well.id), permissionType: "Water Level Sample", allowed })),
    );
    expect(results.every((r) => r.__typename === "SetThingPermissionSuccess")).toBe(true);
    const rows = await api.db.prisma.fieldAccessConsent.findMany({ where: { thingId: well.id } });
    expect(rows).toHaveLength(5);
    expect(rows.filter((r) => r.endDate === null)).toHaveLength(1);
  });

  it("is an Editor's write (consent is not personal data)", async () => {
    const well = await createThing(api.db.prisma);
    const result = await api.run<{ setThingPermission: Payload }>(
      SET,
      { input: { thingId: String(well.id), permissionType: "Datalogger Installation", allowed: true } },
      { as: "editor" },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.setThingPermission.__typename).toBe("SetThingPermissionSuccess");
    const viewer = await api.run(SET, { input: { thingId: String(well.id), permissionType: "Datalogger Installation", allowed: false } }, { as: "viewer" });
    expect(viewer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await history(well.id)).toEqual([["Datalogger Installation", true, isoDay(0), null]]);
  });
});
