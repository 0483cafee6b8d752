/**
 * Fields that spare front ends a client-side join (client-needs.md, pain point 4): a well's USGS
 * site number and OSE point of diversion picked from its alternate ids, and a contact's primary
 * email and phone. They read through the same loaders as the lists they come from (no extra SQL,
 * whatever the number of rows) and follow the personal-data rule of those lists.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createContactFor, createThing, uniqueName } from "./support/factories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

async function addIds(thingId: number, ids: { alternateId: string; alternateOrganization: string; relation: string }[]): Promise<void> {
  await api.db.prisma.thingIdLink.createMany({ data: ids.map((id) => ({ thingId, ...id })) });
}

describe("Well.usgsSiteId and Well.osePodId", () => {
  it("pick the USGS site number and the OSE point of diversion from the alternate ids", async () => {
    const well = await createThing(api.db.prisma);
    await addIds(well.id, [
      { alternateId: "RA-01234", alternateOrganization: "NMOSE", relation: "OSEPOD" },
      { alternateId: "", alternateOrganization: "USGS", relation: "same_as" },
      { alternateId: "352420106050101", alternateOrganization: "USGS", relation: "same_as" },
      { alternateId: "T-77", alternateOrganization: "NMOSE", relation: "OSEWellTagID" },
    ]);
    const bare = await createThing(api.db.prisma);
    await addIds(bare.id, [{ alternateId: "T-78", alternateOrganization: "NMOSE", relation: "OSEWellTagID" }]);

    const result = await api.run<{ wells: { edges: { node: { name: string; usgsSiteId: string | null; osePodId: string | null } }[] } }>(
      `query($ids: [ID!]) { wells(filter: { ids: $ids }) { edges { node { name usgsSiteId osePodId } } } }`,
      { ids: [String(well.id), String(bare.id)] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.wells.edges.map((e) => e.node)).toEqual([
      { name: well.name, usgsSiteId: "352420106050101", osePodId: "RA-01234" },
      { name: bare.name, usgsSiteId: null, osePodId: null },
    ]);
    // one statement: the page reads the alternate ids of every well on it (the well-page prefetch)
    expect(result.statements).toBe(1);
  });
});

describe("Contact.primaryEmail and Contact.primaryPhone", () => {
  const QUERY = `query($id: ID!) { contact(id: $id) { primaryEmail { email emailType } primaryPhone { phoneNumber phoneType } } }`;

  it("give the entry typed Primary, else the first recorded, else null", async () => {
    const well = await createThing(api.db.prisma);
    const typed = await createContactFor(api.db.prisma, well.id, {
      emails: { create: [{ email: `${uniqueName("w")}@example.org`, emailType: "Work" }, { email: "p@example.org", emailType: "Primary" }] },
      phones: { create: [{ phoneNumber: "+15055550100", phoneType: "Mobile" }, { phoneNumber: "+15055550199", phoneType: "Home" }] },
    });
    const empty = await createContactFor(api.db.prisma, well.id);

    const first = await api.run(QUERY, { id: String(typed.id) });
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({
      contact: { primaryEmail: { email: "p@example.org", emailType: "Primary" }, primaryPhone: { phoneNumber: "+15055550100", phoneType: "Mobile" } },
    });
    expect((await api.run(QUERY, { id: String(empty.id) })).data).toEqual({ contact: { primaryEmail: null, primaryPhone: null } });
  });

  it("are null without the personal-data capability, and cost no SQL then", async () => {
    const well = await createThing(api.db.prisma);
    const contact = await createContactFor(api.db.prisma, well.id, {
      emails: { create: [{ email: "owner@example.org", emailType: "Primary" }] },
      phones: { create: [{ phoneNumber: "+15055550123", phoneType: "Primary" }] },
    });
    const hidden = await api.run(QUERY, { id: String(contact.id) }, { as: "viewer" });
    expect(hidden.data).toEqual({ contact: { primaryEmail: null, primaryPhone: null } });
    // the contact only
    expect(hidden.statements).toBe(1);
    const shown = await api.run(QUERY, { id: String(contact.id) }, { as: "viewer+pii" });
    expect(shown.data).toEqual({
      contact: { primaryEmail: { email: "owner@example.org", emailType: "Primary" }, primaryPhone: { phoneNumber: "+15055550123", phoneType: "Primary" } },
    });
    expect(shown.statements).toBe(3);
  });
});
