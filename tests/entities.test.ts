/**
 * Entity queries beyond things: contacts, groups, locations, lexicon categories, publications and
 * authors, assets, geochronology ages. Not-found errors, pagination, and batching proven by
 * statement counts that do not grow with the number of parents.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createGroupWith, createLocationFor, createThing, uniqueName } from "./support/factories.js";
import { createAsset, createContact, createPublication } from "./support/entityFactories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: T }[];
}

function expectNotFound(result: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }, field: string, message: string) {
  expect(result.data).toEqual({ [field]: null });
  expect(result.errors).toHaveLength(1);
  expect(result.errors?.[0]?.message).toBe(message);
  expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
}

describe("contact(id) and contacts", () => {
  it("returns a contact with its emails, phones, addresses and sites", async () => {
    const well = await createThing(api.db.prisma);
    const contact = await createContact(
      api.db.prisma,
      { name: uniqueName("Garcia"), organization: "NMOSE", role: "Manager", contactType: "Secondary" },
      {
        emails: ["a@example.com", "b@example.com"],
        phones: ["+15055550100"],
        addresses: [{ addressLine1: "PO Box 25102", city: "Santa Fe", state: "NM", postalCode: "87504" }],
        thingIds: [well.id],
      },
    );
    const result = await api.run(
      `query($id: ID!) { contact(id: $id) { id name organization role contactType releaseStatus
        emails { email emailType } phones { phoneNumber phoneType }
        addresses { line1 line2 city state postalCode country addressType } things { id name } } }`,
      { id: String(contact.id) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      contact: {
        id: String(contact.id),
        name: contact.name,
        organization: "NMOSE",
        role: "Manager",
        contactType: "Secondary",
        releaseStatus: "PUBLIC",
        emails: [
          { email: "a@example.com", emailType: "Primary" },
          { email: "b@example.com", emailType: "Primary" },
        ],
        phones: [{ phoneNumber: "+15055550100", phoneType: "Mobile" }],
        addresses: [
          { line1: "PO Box 25102", line2: null, city: "Santa Fe", state: "NM", postalCode: "87504", country: "United States", addressType: "Mailing" },
        ],
        things: [{ id: String(well.id), name: well.name }],
      },
    });
  });

  it("gives null and NOT_FOUND for a missing contact", async () => {
    expectNotFound(await api.run(`{ contact(id: "9999") { id } }`), "contact", "Contact 9999 not found");
  });

  it("filters by name (contains, ignoring case), organization and role, and pages without gaps", async () => {
    const stem = uniqueName("Trujillo");
    const made = [];
    for (let i = 0; i < 5; i += 1) {
      made.push(await createContact(api.db.prisma, {
        name: `${stem} ${i}`,
        organization: i % 2 === 0 ? "USGS" : "NMED",
        role: i < 3 ? "Owner" : "Operator",
      }));
    }
    const query = `query($filter: ContactFilter, $first: Int, $after: String) {
      contacts(filter: $filter, first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`;
    const names = async (filter: Record<string, unknown>) =>
      (await api.run<{ contacts: Page<{ name: string }> }>(query, { filter })).data?.contacts.edges.map((e) => e.node.name);
    expect(await names({ nameContains: stem.toUpperCase() })).toEqual(made.map((c) => c.name));
    expect(await names({ nameContains: stem, organization: "USGS" })).toEqual([`${stem} 0`, `${stem} 2`, `${stem} 4`]);
    expect(await names({ nameContains: stem, organization: "USGS", role: "Operator" })).toEqual([`${stem} 4`]);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const result: { data?: { contacts: Page<{ name: string }> } | null } = await api.run<{ contacts: Page<{ name: string }> }>(
        query, { filter: { nameContains: stem }, first: 2, after },
      );
      const page = result.data?.contacts;
      expect(page?.totalCount).toBe(5);
      seen.push(...(page?.edges.map((e) => e.node.name) ?? []));
      after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(made.map((c) => c.name));
  });

  it("sends the same number of SQL statements for 5 and for 50 contacts with emails, phones, addresses and sites", async () => {
    const stem = uniqueName("Batch");
    for (let i = 0; i < 50; i += 1) {
      const well = await createThing(api.db.prisma);
      await createContact(api.db.prisma, { name: `${stem} ${String(i).padStart(2, "0")}` }, {
        emails: [`c${i}@example.com`],
        phones: ["+15055550199"],
        addresses: [{ city: "Socorro" }],
        thingIds: [well.id],
      });
    }
    const query = `query($first: Int, $filter: ContactFilter) { contacts(first: $first, filter: $filter) {
      edges { node { name emails { email } phones { phoneNumber } addresses { city } things { name } } } } }`;
    const five = await api.run<{ contacts: Page<{ emails: unknown[]; things: unknown[] }> }>(query, { first: 5, filter: { nameContains: stem } });
    const fifty = await api.run<{ contacts: Page<{ emails: unknown[]; things: unknown[] }> }>(query, { first: 50, filter: { nameContains: stem } });
    expect(five.errors).toBeUndefined();
    expect(fifty.data?.contacts.edges).toHaveLength(50);
    expect(fifty.data?.contacts.edges.every((e) => e.node.emails.length === 1 && e.node.things.length === 1)).toBe(true);
    // page, emails, phones, addresses, thing links + things
    expect(five.statements).toBe(6);
    expect(fifty.statements).toBe(five.statements);
  });
});

describe("group(id), groupByName(name) and groups", () => {
  it("returns a group by id and by name, with its sites", async () => {
    const wells = [await createThing(api.db.prisma), await createThing(api.db.prisma)];
    const group = await createGroupWith(api.db.prisma, wells.map((w) => w.id), uniqueName("Collabnet"));
    await api.db.prisma.group.update({ where: { id: group.id }, data: { groupType: "Monitoring Plan", description: "Collaborative network" } });
    const fields = `id name groupType description releaseStatus things { totalCount edges { node { name } } }`;
    const expected = {
      id: String(group.id),
      name: group.name,
      groupType: "Monitoring Plan",
      description: "Collaborative network",
      releaseStatus: "DRAFT",
      things: { totalCount: 2, edges: wells.map((w) => ({ node: { name: w.name } })) },
    };
    const byId = await api.run(`query($id: ID!) { group(id: $id) { ${fields} } }`, { id: String(group.id) });
    expect(byId.data).toEqual({ group: expected });
    const byName = await api.run(`query($name: String!) { groupByName(name: $name) { ${fields} } }`, { name: group.name });
    expect(byName.data).toEqual({ groupByName: expected });
  });

  it("gives null and NOT_FOUND for a missing group id or name", async () => {
    expectNotFound(await api.run(`{ group(id: "9999") { id } }`), "group", "Group 9999 not found");
    expectNotFound(await api.run(`{ groupByName(name: "No such group") { id } }`), "groupByName", "Group No such group not found");
  });

  it("lists groups by name, page by page, with no duplicates or gaps", async () => {
    const prefix = uniqueName("zz-paging");
    for (const suffix of ["c", "a", "e", "b", "d"]) await createGroupWith(api.db.prisma, [], `${prefix}-${suffix}`);
    const query = `query($first: Int, $after: String) { groups(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    do {
      const result: { data?: { groups: Page<{ name: string }> } | null } = await api.run<{ groups: Page<{ name: string }> }>(query, { first: 2, after });
      const page = result.data?.groups;
      total = page?.totalCount ?? -1;
      seen.push(...(page?.edges.map((e) => e.node.name) ?? []));
      after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(total).toBe(await api.db.prisma.group.count());
    expect(seen.filter((n) => n.startsWith(prefix))).toEqual(["a", "b", "c", "d", "e"].map((s) => `${prefix}-${s}`));
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe("locations", () => {
  it("lists locations by id, filtered by county ignoring case, with totalCount", async () => {
    const county = uniqueName("County");
    const made = [];
    for (let i = 0; i < 3; i += 1) {
      made.push(await api.db.prisma.location.create({ data: { latitude: 35 + i, longitude: -106, county, state: "NM" } }));
    }
    await api.db.prisma.location.create({ data: { latitude: 35, longitude: -106, county: uniqueName("Other"), state: "NM" } });
    const result = await api.run(
      `query($filter: LocationFilter) { locations(filter: $filter, first: 2) {
        totalCount pageInfo { hasNextPage } edges { node { id latitude longitude } } } }`,
      { filter: { county: county.toUpperCase(), state: "nm" } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      locations: {
        totalCount: 3,
        pageInfo: { hasNextPage: true },
        edges: made.slice(0, 2).map((l) => ({ node: { id: String(l.id), latitude: l.latitude, longitude: -106 } })),
      },
    });
  });
});

describe("lexicon", () => {
  it("lexiconCategories lists every category by name with its terms, in two statements", async () => {
    const result = await api.run<{ lexiconCategories: { name: string; description: string | null; terms: { term: string; categories: string[] }[] }[] }>(
      `{ lexiconCategories { name description terms { term definition categories } } }`,
    );
    expect(result.errors).toBeUndefined();
    const categories = result.data?.lexiconCategories ?? [];
    const stored = await api.db.prisma.lexiconCategory.findMany({ orderBy: { name: "asc" }, select: { name: true } });
    expect(categories.map((c) => c.name)).toEqual(stored.map((c) => c.name));
    expect(categories.find((c) => c.name === "review_status")?.terms.map((t) => t.term)).toEqual(["approved", "not reviewed"]);
    expect(categories.find((c) => c.name === "data_maturity")?.description).toBe(
      "How far a value has progressed through review (USGS usage: provisional, in review, approved); orthogonal to release_status.",
    );
    expect(result.statements).toBe(2);
  });

  it("lexiconTermsByCategory fills a whole form in one statement, in the order asked", async () => {
    const result = await api.run(
      `{ lexiconTermsByCategory(categories: ["email_type", "review_status", "no_such_category", "email_type"]) {
        category terms { term definition categories } } }`,
    );
    expect(result.errors).toBeUndefined();
    const definitionOf = async (term: string) =>
      (await api.db.prisma.lexiconTerm.findUniqueOrThrow({ where: { term } })).definition;
    expect(result.data).toEqual({
      lexiconTermsByCategory: [
        {
          category: "email_type",
          terms: [
            { term: "Personal", definition: await definitionOf("Personal"), categories: ["address_type", "email_type"] },
            { term: "Primary", definition: await definitionOf("Primary"), categories: ["address_type", "contact_type", "email_type", "phone_type"] },
            { term: "Work", definition: await definitionOf("Work"), categories: ["address_type", "email_type", "phone_type"] },
          ],
        },
        {
          category: "review_status",
          terms: [
            { term: "approved", definition: await definitionOf("approved"), categories: ["data_maturity", "review_status"] },
            { term: "not reviewed", definition: await definitionOf("not reviewed"), categories: ["review_status"] },
          ],
        },
        { category: "no_such_category", terms: [] },
      ],
    });
    expect(result.statements).toBe(1);
  });

  it("rejects more than 100 categories", async () => {
    const categories = Array.from({ length: 101 }, (_, i) => `c${i}`);
    const result = await api.run(`query($c: [String!]!) { lexiconTermsByCategory(categories: $c) { category } }`, { c: categories });
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toBe('Argument "categories" may name at most 100 categories (got 101)');
    expect(result.statements).toBe(0);
  });
});

describe("publications and authors", () => {
  it("returns a publication with its authors in order and their linked contacts", async () => {
    const contact = await createContact(api.db.prisma, { name: uniqueName("Author") });
    const publication = await createPublication(
      api.db.prisma,
      [
        { name: "Timmons, S.", affiliation: "NMBGMR", contactIds: [contact.id] },
        { name: "Land, L." },
      ],
      { title: "Groundwater levels in the Estancia Basin", doi: `10.58799/${uniqueName("OFR")}`, year: 2021, publisher: "NMBGMR", url: "https://geoinfo.nmt.edu", abstract: "Water levels 1990-2020." },
    );
    const result = await api.run(
      `query($id: ID!) { publication(id: $id) { id title abstract doi year publisher url publicationType
        authors { name affiliation contact { id name } } } }`,
      { id: String(publication.id) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      publication: {
        id: String(publication.id),
        title: "Groundwater levels in the Estancia Basin",
        abstract: "Water levels 1990-2020.",
        doi: publication.doi,
        year: 2021,
        publisher: "NMBGMR",
        url: "https://geoinfo.nmt.edu",
        publicationType: "Report",
        authors: [
          { name: "Timmons, S.", affiliation: "NMBGMR", contact: { id: String(contact.id), name: contact.name } },
          { name: "Land, L.", affiliation: null, contact: null },
        ],
      },
    });
  });

  it("gives null and NOT_FOUND for a missing publication", async () => {
    expectNotFound(await api.run(`{ publication(id: "9999") { id } }`), "publication", "Publication 9999 not found");
  });

  it("sends the same number of SQL statements for 5 and for 50 publications with authors and contacts", async () => {
    const before = await api.db.prisma.publication.count();
    for (let i = 0; i < 50; i += 1) {
      const contact = await createContact(api.db.prisma);
      await createPublication(api.db.prisma, [{ name: `A${i}`, contactIds: [contact.id] }, { name: `B${i}` }]);
    }
    const query = `query($first: Int, $after: String) { publications(first: $first, after: $after) {
      totalCount edges { node { title authors { name contact { name } } } } } }`;
    // Skip the publications other tests made, so that every page holds 2-author publications.
    const skip = before === 0 ? null : (await api.run<{ publications: { pageInfo: { endCursor: string } } }>(
      `query($n: Int) { publications(first: $n) { pageInfo { endCursor } } }`, { n: before },
    )).data?.publications.pageInfo.endCursor ?? null;
    const five = await api.run<{ publications: Page<{ authors: { contact: unknown }[] }> }>(query, { first: 5, after: skip });
    const fifty = await api.run<{ publications: Page<{ authors: { contact: unknown }[] }> }>(query, { first: 50, after: skip });
    expect(five.errors).toBeUndefined();
    expect(fifty.data?.publications.edges).toHaveLength(50);
    expect(fifty.data?.publications.edges.every((e) => e.node.authors.length === 2 && e.node.authors[0]?.contact !== null && e.node.authors[1]?.contact === null)).toBe(true);
    // page, count, author links + authors, contact links + contacts
    expect(five.statements).toBe(6);
    expect(fifty.statements).toBe(five.statements);
  });
});

describe("assets", () => {
  it("returns an asset's metadata and sites, and a well's or spring's assets", async () => {
    const well = await createThing(api.db.prisma);
    const spring = await createThing(api.db.prisma, { thingType: "spring" });
    const photo = await createAsset(api.db.prisma, [well.id, spring.id], { label: "Wellhead", mimeType: "image/png", size: 31337 });
    const report = await createAsset(api.db.prisma, [well.id], { name: "driller-log.pdf", mimeType: "application/pdf" });
    const asset = await api.run(
      `query($id: ID!) { asset(id: $id) { id name label mimeType size uri storageService storagePath releaseStatus things { id } } }`,
      { id: String(photo.id) },
    );
    expect(asset.data).toEqual({
      asset: {
        id: String(photo.id),
        name: photo.name,
        label: "Wellhead",
        mimeType: "image/png",
        size: 31337,
        uri: photo.uri,
        storageService: "gcs",
        storagePath: photo.storagePath,
        releaseStatus: "PUBLIC",
        things: [{ id: String(well.id) }, { id: String(spring.id) }],
      },
    });
    const sites = await api.run(
      `query($w: ID!, $s: ID!) { well(id: $w) { assets { id } } thing(id: $s) { ... on Spring { assets { id } } } }`,
      { w: String(well.id), s: String(spring.id) },
    );
    expect(sites.errors).toBeUndefined();
    expect(sites.data).toEqual({
      well: { assets: [{ id: String(photo.id) }, { id: String(report.id) }] },
      thing: { assets: [{ id: String(photo.id) }] },
    });
    const byThing = await api.run(
      `query($t: ID) { assets(thingId: $t) { totalCount edges { node { name } } } }`,
      { t: String(well.id) },
    );
    expect(byThing.data).toEqual({ assets: { totalCount: 2, edges: [{ node: { name: photo.name } }, { node: { name: "driller-log.pdf" } }] } });
    const unknown = await api.run(`{ assets(thingId: "9999") { totalCount edges { node { id } } } }`);
    expect(unknown.data).toEqual({ assets: { totalCount: 0, edges: [] } });
  });

  it("gives null and NOT_FOUND for a missing asset", async () => {
    expectNotFound(await api.run(`{ asset(id: "9999") { id } }`), "asset", "Asset 9999 not found");
  });

  it("sends the same number of SQL statements for 5 and for 50 assets with their sites", async () => {
    const well = await createThing(api.db.prisma);
    for (let i = 0; i < 50; i += 1) await createAsset(api.db.prisma, [well.id]);
    const query = `query($t: ID, $first: Int) { assets(thingId: $t, first: $first) { edges { node { name things { name } } } } }`;
    const five = await api.run<{ assets: Page<{ things: unknown[] }> }>(query, { t: String(well.id), first: 5 });
    const fifty = await api.run<{ assets: Page<{ things: unknown[] }> }>(query, { t: String(well.id), first: 50 });
    expect(fifty.data?.assets.edges).toHaveLength(50);
    expect(fifty.data?.assets.edges.every((e) => e.node.things.length === 1)).toBe(true);
    // page, thing links + things
    expect(five.statements).toBe(3);
    expect(fifty.statements).toBe(five.statements);
  });
});

describe("geochronologyAges(locationId)", () => {
  it("returns the ages of a location with method and location, and [] for an unknown location", async () => {
    const thing = await createThing(api.db.prisma);
    const location = await createLocationFor(api.db.prisma, thing.id, { latitude: 33.2, longitude: -107.3 });
    const older = await api.db.prisma.geochronologyAge.create({ data: { locationId: location.id, age: 1.6e6, ageError: 2e4, method: "Ar/Ar" } });
    const younger = await api.db.prisma.geochronologyAge.create({ data: { locationId: location.id, age: 12000, method: null } });
    const result = await api.run(
      `query($id: ID!) { geochronologyAges(locationId: $id) { id age ageError method location { id latitude } } }`,
      { id: String(location.id) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      geochronologyAges: [
        { id: String(older.id), age: 1600000, ageError: 20000, method: "Ar/Ar", location: { id: String(location.id), latitude: 33.2 } },
        { id: String(younger.id), age: 12000, ageError: null, method: null, location: { id: String(location.id), latitude: 33.2 } },
      ],
    });
    expect(result.statements).toBe(2);
    const none = await api.run(`{ geochronologyAges(locationId: "9999") { id } }`);
    expect(none.data).toEqual({ geochronologyAges: [] });
  });
});
