/**
 * `search(query, first)`: acceptance criteria "Unified search API returns grouped results"
 * (acceptance-bdd.md §3, decision 6), ranking, matching rules and batching.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createThing, uniqueName } from "./support/factories.js";
import { createAsset, createContact } from "./support/entityFactories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

interface Hit {
  label: string;
  group: string;
  description: string | null;
  score: number;
  thing: { id: string } | null;
  contact: { id: string } | null;
  asset: { id: string } | null;
}

const HITS = `
  query Search($query: String!, $first: Int) {
    search(query: $query, first: $first) {
      label group description score thing { id } contact { id } asset { id }
    }
  }`;

async function search(query: string, first?: number): Promise<Hit[]> {
  const result = await api.run<{ search: Hit[] }>(HITS, { query, first });
  expect(result.errors).toBeUndefined();
  return result.data?.search ?? [];
}

/** The record a hit points at, as "GROUP:id". */
function target(hit: Hit): string {
  return `${hit.group}:${hit.thing?.id ?? hit.contact?.id ?? hit.asset?.id}`;
}

describe("Unified search API returns grouped results", () => {
  it("Retrieve mixed search results: each result has a label and a group", async () => {
    const stem = uniqueName("Mesquite");
    const well = await createThing(api.db.prisma, { name: `${stem} Well` });
    const spring = await createThing(api.db.prisma, { name: `${stem} Spring`, thingType: "spring" });
    const contact = await createContact(api.db.prisma, { name: `${stem} Ranch Owner` });

    const hits = await search(stem);
    expect(hits.map((h) => ({ label: h.label, group: h.group, target: target(h) })).sort((a, b) => a.label.localeCompare(b.label))).toEqual([
      { label: `${stem} Ranch Owner`, group: "CONTACTS", target: `CONTACTS:${contact.id}` },
      { label: `${stem} Spring`, group: "SPRINGS", target: `SPRINGS:${spring.id}` },
      { label: `${stem} Well`, group: "WELLS", target: `WELLS:${well.id}` },
    ]);
  });

  it("Retrieve contact results: id, name, email, phone, address and associated things", async () => {
    const stem = uniqueName("Baca");
    const well = await createThing(api.db.prisma);
    const contact = await createContact(
      api.db.prisma,
      { name: `Maria ${stem}`, organization: "NMBGMR" },
      {
        emails: [`maria.${stem.toLowerCase()}@example.com`],
        phones: ["+15055550142"],
        addresses: [{ addressLine1: "801 Leroy Pl", city: "Socorro", state: "NM", postalCode: "87801" }],
        thingIds: [well.id],
      },
    );
    const result = await api.run<{ search: unknown[] }>(
      `query($q: String!) { search(query: $q) { label group contact {
        id name organization emails { email } phones { phoneNumber } addresses { line1 city state postalCode }
        things { id name thingType } } } }`,
      { q: stem },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.search).toEqual([
      {
        label: `Maria ${stem}`,
        group: "CONTACTS",
        contact: {
          id: String(contact.id),
          name: `Maria ${stem}`,
          organization: "NMBGMR",
          emails: [{ email: `maria.${stem.toLowerCase()}@example.com` }],
          phones: [{ phoneNumber: "+15055550142" }],
          addresses: [{ line1: "801 Leroy Pl", city: "Socorro", state: "NM", postalCode: "87801" }],
          things: [{ id: String(well.id), name: well.name, thingType: "WATER_WELL" }],
        },
      },
    ]);
  });

  it("Retrieve well results: thing type, id, name, site name and contacts", async () => {
    const name = uniqueName("NM");
    const well = await createThing(api.db.prisma, { name, siteName: "Smith Windmill Well" });
    const owner = await createContact(api.db.prisma, { name: uniqueName("Owner") }, { thingIds: [well.id] });
    const result = await api.run<{ search: unknown[] }>(
      `query($q: String!) { search(query: $q) { label group description thing {
        id name thingType ... on Well { siteName contacts { id name } } } } }`,
      { q: name },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.search).toEqual([
      {
        label: name,
        group: "WELLS",
        description: "water well · Smith Windmill Well",
        thing: {
          id: String(well.id),
          name,
          thingType: "WATER_WELL",
          siteName: "Smith Windmill Well",
          contacts: [{ id: String(owner.id), name: owner.name }],
        },
      },
    ]);
  });

  it("Retrieve spring results: thing type and id", async () => {
    const name = uniqueName("Ojo Caliente");
    const spring = await createThing(api.db.prisma, { name, thingType: "spring", springType: "Thermal" });
    const result = await api.run<{ search: unknown[] }>(
      `query($q: String!) { search(query: $q) { label group thing { id thingType ... on Spring { springType } } } }`,
      { q: name },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.search).toEqual([
      { label: name, group: "SPRINGS", thing: { id: String(spring.id), thingType: "SPRING", springType: "Thermal" } },
    ]);
  });
});

describe("search ranking", () => {
  it("puts the exact id first, then names starting with it, then names containing it", async () => {
    const id = uniqueName("NM");
    const contains = await createThing(api.db.prisma, { name: `OLD ${id}` });
    const prefix = await createThing(api.db.prisma, { name: `${id}7` });
    const exact = await createThing(api.db.prisma, { name: id });
    const hits = await search(id);
    expect(hits.map(target)).toEqual([`WELLS:${exact.id}`, `WELLS:${prefix.id}`, `WELLS:${contains.id}`]);
    expect(hits[0]?.score).toBeGreaterThan(4);
    expect(hits[1]?.score).toBeGreaterThan(3);
    expect(hits[1]?.score).toBeLessThan(4);
    expect(hits[2]?.score).toBeLessThan(3);
  });

  it("finds a well by its exact id case-insensitively", async () => {
    const id = uniqueName("NM").toUpperCase();
    const well = await createThing(api.db.prisma, { name: id });
    const hits = await search(id.toLowerCase());
    expect(hits.map(target)).toEqual([`WELLS:${well.id}`]);
  });

  it("finds a well by an alternate id (USGS site number, OSE POD)", async () => {
    const well = await createThing(api.db.prisma);
    const usgs = `3${Date.now()}`.slice(0, 15);
    const pod = uniqueName("RG").toUpperCase();
    await api.db.prisma.thingIdLink.createMany({
      data: [
        { thingId: well.id, alternateId: usgs, alternateOrganization: "USGS", relation: "same_as" },
        { thingId: well.id, alternateId: pod, alternateOrganization: "NMOSE", relation: "OSEPOD" },
      ],
    });
    expect((await search(usgs)).map(target)).toEqual([`WELLS:${well.id}`]);
    const byPod = await search(pod);
    expect(byPod.map((h) => ({ target: target(h), label: h.label }))).toEqual([{ target: `WELLS:${well.id}`, label: well.name }]);
    expect(byPod[0]?.score).toBeGreaterThan(3.8);
  });

  it("finds names with a similar spelling below exact and substring matches", async () => {
    const stem = `Quillen${uniqueName("x").slice(2, 6)}`;
    const well = await createThing(api.db.prisma, { name: `${stem} Ranch` });
    const hits = await search(`${stem} Ranhc`);
    expect(hits.map(target)).toEqual([`WELLS:${well.id}`]);
    expect(hits[0]?.score).toBeLessThan(1);
  });
});

describe("search over contacts", () => {
  it("finds a contact that has no email, phone or address by name and by organization", async () => {
    const name = uniqueName("Lonely");
    const bare = await createContact(api.db.prisma, { name, organization: "BLM Taos Office" });
    const orgOnly = await createContact(api.db.prisma, { name: null, organization: "BLM Taos Office" });
    expect((await search(name)).map(target)).toEqual([`CONTACTS:${bare.id}`]);
    const byOrganization = await search("BLM Taos Office");
    expect(byOrganization.filter((h) => h.group === "CONTACTS").map((h) => ({ target: target(h), label: h.label })).sort((a, b) => a.target.localeCompare(b.target))).toEqual(
      [
        { target: `CONTACTS:${bare.id}`, label: name },
        { target: `CONTACTS:${orgOnly.id}`, label: "BLM Taos Office" },
      ].sort((a, b) => a.target.localeCompare(b.target)),
    );
  });

  it("finds a contact by email, by phone number however it is written, and by address", async () => {
    const local = uniqueName("hydro").toLowerCase();
    const contact = await createContact(
      api.db.prisma,
      {},
      {
        emails: [`${local}@example.org`],
        phones: ["+15057771234"],
        addresses: [{ addressLine1: "12 Calle Ocotillo", city: "Truth or Consequences", postalCode: "87901" }],
      },
    );
    expect((await search(`${local}@example.org`)).map(target)).toEqual([`CONTACTS:${contact.id}`]);
    expect((await search(local)).map(target)).toEqual([`CONTACTS:${contact.id}`]);
    for (const phone of ["(505) 777-1234", "505-777-1234", "+1 505 777 1234", "777-1234"]) {
      expect((await search(phone)).map(target)).toContain(`CONTACTS:${contact.id}`);
    }
    expect((await search("(505) 777-1234"))[0]?.score).toBeGreaterThan(3.5);
    expect((await search("12 Calle Ocotillo")).map(target)).toEqual([`CONTACTS:${contact.id}`]);
  });
});

describe("search over assets", () => {
  it("finds an asset by name, label and storage path, with its metadata and sites", async () => {
    const well = await createThing(api.db.prisma);
    const stem = uniqueName("wellhead").toLowerCase();
    const asset = await createAsset(api.db.prisma, [well.id], {
      name: `${stem}.jpg`,
      label: `Wellhead photo ${stem}`,
      storagePath: `photos/2024/${stem}-original.jpg`,
    });
    const query = `query($q: String!) { search(query: $q) { label group description asset {
      id name label mimeType size storagePath things { id } } } }`;
    const expected = {
      label: `Wellhead photo ${stem}`,
      group: "ASSETS",
      description: `image/jpeg · photos/2024/${stem}-original.jpg`,
      asset: {
        id: String(asset.id),
        name: `${stem}.jpg`,
        label: `Wellhead photo ${stem}`,
        mimeType: "image/jpeg",
        size: 2048,
        storagePath: `photos/2024/${stem}-original.jpg`,
        things: [{ id: String(well.id) }],
      },
    };
    for (const q of [`${stem}.jpg`, `Wellhead photo ${stem}`, `photos/2024/${stem}-original.jpg`]) {
      const result = await api.run<{ search: unknown[] }>(query, { q });
      expect(result.data?.search).toEqual([expected]);
    }
  });
});

describe("search input", () => {
  it("takes quotes, &, :, %, _, backslashes and SQL fragments literally without failing", async () => {
    const name = `O'Brien & Sons: 100% ${uniqueName("Water").replace("-", "_")}`;
    const contact = await createContact(api.db.prisma, { name });
    for (const q of [`"O'Brien"`, "O'Brien & Sons", "Sons: 100%", name, "a & b | !c", "NM:01", "(", "\\", "<->",
      "'; DROP TABLE thing; --", "-", "\"\"", "or", "100% ' OR '1'='1"]) {
      const result = await api.run<{ search: Hit[] }>(HITS, { query: q });
      expect(result.errors, q).toBeUndefined();
      expect(Array.isArray(result.data?.search), q).toBe(true);
    }
    expect((await search("O'Brien & Sons")).map(target)).toContain(`CONTACTS:${contact.id}`);
    expect((await search(name))[0]).toMatchObject({ label: name, group: "CONTACTS" });
    // `%` and `_` are not wildcards: only names that contain them match.
    expect((await search("%")).map(target)).toEqual([`CONTACTS:${contact.id}`]);
    expect(await api.db.prisma.thing.count()).toBeGreaterThan(0);
  });

  it("rejects a blank query with BAD_USER_INPUT before any SQL", async () => {
    for (const q of ["", "   ", "\t\n"]) {
      const result = await api.run(HITS, { query: q });
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(result.errors?.[0]?.message).toBe('Argument "query" must not be blank');
      expect(result.statements).toBe(0);
    }
  });

  it("rejects a query longer than 200 characters and first above 100", async () => {
    const long = await api.run(HITS, { query: "x".repeat(201) });
    expect(long.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(long.errors?.[0]?.message).toBe('Argument "query" must be at most 200 characters (got 201)');
    const many = await api.run(HITS, { query: "NM", first: 101 });
    expect(many.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(many.errors?.[0]?.message).toBe('Argument "first" must be between 0 and 100 (got 101)');
    expect(many.statements).toBe(0);
  });

  it("returns 25 hits by default and up to `first`", async () => {
    const stem = uniqueName("Paging");
    for (let i = 0; i < 30; i += 1) await createThing(api.db.prisma, { name: `${stem}-${String(i).padStart(2, "0")}` });
    expect(await search(stem)).toHaveLength(25);
    const all = await search(stem, 100);
    // Same set; the order among them follows trigram similarity, which the random stem can tip.
    expect(all.map((h) => h.label).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `${stem}-${String(i).padStart(2, "0")}`));
    expect(await search(stem, 0)).toEqual([]);
  });
});

describe("search batching", () => {
  it("sends the same number of SQL statements for 10 and for 100 hits with nested fields", async () => {
    async function fixture(count: number): Promise<string> {
      const stem = uniqueName("Batch");
      for (let i = 0; i < count; i += 1) {
        const well = await createThing(api.db.prisma, { name: `${stem} well ${i}` });
        await createContact(api.db.prisma, { name: `${stem} owner ${i}` }, { emails: [`o${i}@example.com`], thingIds: [well.id] });
      }
      return stem;
    }
    const query = `query($q: String!, $first: Int) { search(query: $q, first: $first) {
      label group thing { name groups { name } contacts { name } } contact { emails { email } things { name } } } }`;
    const small = await api.run<{ search: Hit[] }>(query, { q: await fixture(5), first: 100 });
    const large = await api.run<{ search: Hit[] }>(query, { q: await fixture(50), first: 100 });
    expect(small.errors).toBeUndefined();
    expect(small.data?.search).toHaveLength(10);
    expect(large.data?.search).toHaveLength(100);
    // search, things, contacts, groups (2), contacts of things (2), emails, things of contacts (2)
    expect(small.statements).toBe(10);
    expect(large.statements).toBe(small.statements);
  });
});
