/**
 * Asset records (file metadata; no blob storage): recordAsset with its rules (MIME allow-list, size
 * limit, non-blank paths), its site link and its idempotence on the storage path (also under
 * concurrency); partial updates; moving and unlinking (setAssetThing); deletes. A failed write
 * leaves nothing behind.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { MAX_ASSET_SIZE } from "../src/domain/assets/assetRules.js";
import { createAsset } from "./support/entityFactories.js";
import { createThing, uniqueName } from "./support/factories.js";
import { countRows, errorFields } from "./support/mutationFactories.js";
import { mutationPayload, type MutationPayload } from "./support/mutationPayload.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const ASSET = `asset { id name label mimeType size uri storageService storagePath releaseStatus things { id name } }`;
const RECORD = `mutation($input: RecordAssetInput!) { recordAsset(input: $input) {
  ${errorFields("ValidationError", "NotFoundError")} ... on RecordAssetSuccess { created ${ASSET} } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateAssetInput!) { updateAsset(id: $id, input: $input) {
  ${errorFields("ValidationError", "NotFoundError")} ... on UpdateAssetSuccess { ${ASSET} } } }`;
const SET_THING = `mutation($id: ID!, $thingId: ID) { setAssetThing(id: $id, thingId: $thingId) {
  ${errorFields("NotFoundError")} ... on SetAssetThingSuccess { asset { id things { id } } } } }`;
const DELETE = `mutation($id: ID!) { deleteAsset(id: $id) { ${errorFields("NotFoundError")} ... on DeleteAssetSuccess { deletedId } } }`;

/** A mutation result; `asset` and `created` are present on success. */
type Payload = MutationPayload & { asset?: { id: string }; created?: boolean };
const TABLES = ["asset", "asset_thing_association"] as const;

function run(query: string, variables: Record<string, unknown>, user: { id: string; name: string } | null = null): Promise<Payload> {
  return mutationPayload<Payload>(api, query, variables, { user });
}

/** A valid recordAsset input with a unique storage path. */
function fileInput(extra: Record<string, unknown> = {}): Record<string, unknown> {
  const name = `${uniqueName("wellhead")}.jpg`;
  return {
    name,
    storageService: "gcs",
    storagePath: `assets/${name}`,
    mimeType: "image/jpeg",
    size: 48_213,
    uri: `gs://ocotillo-test/assets/${name}`,
    ...extra,
  };
}

async function linkedThingIds(assetId: number | string): Promise<number[]> {
  const links = await api.db.prisma.assetThingAssociation.findMany({ where: { assetId: Number(assetId) }, orderBy: { thingId: "asc" } });
  return links.map((l) => l.thingId);
}

describe("recordAsset", () => {
  it("records the file, attached to the site, with audit columns; text trimmed, MIME type in lower case", async () => {
    const thing = await createThing(api.db.prisma);
    const input = fileInput({ label: "  Wellhead, looking north ", mimeType: " Image/JPEG", releaseStatus: "PUBLIC", thingId: String(thing.id) });
    const payload = await run(RECORD, { input }, { id: "sub-7", name: "Asset Editor" });
    const asset = { id: String(payload.asset?.id) };
    expect(payload).toEqual({
      __typename: "RecordAssetSuccess",
      created: true,
      asset: {
        id: asset.id,
        name: input.name,
        label: "Wellhead, looking north",
        mimeType: "image/jpeg",
        size: 48_213,
        uri: input.uri,
        storageService: "gcs",
        storagePath: input.storagePath,
        releaseStatus: "PUBLIC",
        things: [{ id: String(thing.id), name: thing.name }],
      },
    });
    const row = await api.db.prisma.asset.findUniqueOrThrow({ where: { id: Number(asset.id) }, include: { thingAssociations: true } });
    expect([row.createdById, row.createdByName, row.releaseStatus]).toEqual(["sub-7", "Asset Editor", "public"]);
    expect(row.thingAssociations.map((l) => [l.thingId, l.createdById, l.createdByName])).toEqual([[thing.id, "sub-7", "Asset Editor"]]);
    // The site's own asset list (through its loader) has it too.
    const well = await api.run<{ well: { assets: { id: string }[] } }>(`query($id: ID!) { well(id: $id) { assets { id } } }`, { id: String(thing.id) });
    expect(well.data?.well.assets).toEqual([{ id: asset.id }]);
  });

  it("records a file without a site as a DRAFT, every allowed MIME type accepted, exactly 250 MB accepted", async () => {
    const types = ["image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff", "application/pdf", "text/plain"];
    for (const mimeType of types) {
      const payload = await run(RECORD, { input: fileInput({ mimeType, size: MAX_ASSET_SIZE, label: "   " }) });
      expect(payload).toMatchObject({
        __typename: "RecordAssetSuccess",
        created: true,
        asset: { mimeType, size: 262_144_000, label: null, releaseStatus: "DRAFT", things: [] },
      });
    }
  });

  it("lists every failing field and writes nothing", async () => {
    const before = await countRows(api.db.prisma, TABLES);
    const input = { name: " ", storageService: "", storagePath: "  ", mimeType: "application/zip", size: 0, uri: "" };
    expect(await run(RECORD, { input })).toEqual({
      __typename: "ValidationError",
      message: "6 fields are invalid: input.name, input.storageService, input.storagePath, input.mimeType, input.size, input.uri",
      fieldErrors: [
        { path: ["input", "name"], message: "Name is required" },
        { path: ["input", "storageService"], message: "Storage service is required" },
        { path: ["input", "storagePath"], message: "Storage path is required" },
        {
          path: ["input", "mimeType"],
          message: 'MIME type "application/zip" is not allowed (allowed: image/jpeg, image/png, image/gif, image/webp, image/tiff, application/pdf, text/plain)',
        },
        { path: ["input", "size"], message: "Size must be greater than 0" },
        { path: ["input", "uri"], message: "URI is required" },
      ],
    });
    expect(await run(RECORD, { input: fileInput({ size: MAX_ASSET_SIZE + 1, mimeType: "" }) })).toEqual({
      __typename: "ValidationError",
      message: "2 fields are invalid: input.mimeType, input.size",
      fieldErrors: [
        { path: ["input", "mimeType"], message: "MIME type is required" },
        { path: ["input", "size"], message: "Size must be at most 262144000 bytes (250 MB)" },
      ],
    });
    expect(await run(RECORD, { input: fileInput({ size: -5 }) })).toMatchObject({
      __typename: "ValidationError",
      fieldErrors: [{ path: ["input", "size"], message: "Size must be greater than 0" }],
    });
    expect(await countRows(api.db.prisma, TABLES)).toEqual(before);
  });

  it("gives a NotFoundError for an unknown site and writes nothing (neither the asset nor a link)", async () => {
    const before = await countRows(api.db.prisma, TABLES);
    const input = fileInput({ thingId: "999999" });
    expect(await run(RECORD, { input })).toEqual({ __typename: "NotFoundError", message: "Thing 999999 not found", entity: "Thing", id: "999999" });
    expect(await countRows(api.db.prisma, TABLES)).toEqual(before);
    expect(await api.db.prisma.asset.count({ where: { storagePath: String(input.storagePath) } })).toBe(0);
  });

  it("is idempotent on the storage path: a repeat returns the existing asset unchanged and writes nothing", async () => {
    const [first, other] = [await createThing(api.db.prisma), await createThing(api.db.prisma)];
    const input = fileInput({ thingId: String(first.id), label: "Original" });
    const created = await run(RECORD, { input });
    expect(created.created).toBe(true);
    const before = await countRows(api.db.prisma, TABLES);
    // Same path, other details: the existing asset comes back as it is.
    const again = await run(RECORD, { input: { ...input, name: "renamed.jpg", label: "Other", size: 1, thingId: String(other.id) } });
    expect(again).toEqual({ ...created, created: false });
    expect(await countRows(api.db.prisma, TABLES)).toEqual(before);
    expect(await linkedThingIds(String(created.asset?.id))).toEqual([first.id]);
    // The path is matched after trimming.
    expect(await run(RECORD, { input: { ...input, storagePath: ` ${String(input.storagePath)} ` } })).toEqual({ ...created, created: false });
    // Invalid input is still rejected, even for a recorded path.
    expect(await run(RECORD, { input: { ...input, mimeType: "video/mp4" } })).toMatchObject({ __typename: "ValidationError" });
  });

  it("returns the asset already recorded by other means (e.g. the legacy import)", async () => {
    const existing = await createAsset(api.db.prisma);
    expect(await run(RECORD, { input: fileInput({ storagePath: existing.storagePath }) })).toMatchObject({
      __typename: "RecordAssetSuccess",
      created: false,
      asset: { id: String(existing.id), name: existing.name },
    });
  });

  it("creates one asset when the same path is recorded concurrently", async () => {
    const input = fileInput();
    const results = await Promise.all(Array.from({ length: 6 }, () => run(RECORD, { input })));
    const ids = new Set(results.map((r) => r.asset?.id));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => r.created === true)).toHaveLength(1);
    expect(await api.db.prisma.asset.count({ where: { storagePath: String(input.storagePath) } })).toBe(1);
  });
});

describe("updateAsset", () => {
  it("changes only the fields given; an explicit null clears the label", async () => {
    const asset = await createAsset(api.db.prisma, [], { label: "Old caption", releaseStatus: "draft" });
    const id = String(asset.id);
    expect(await run(UPDATE, { id, input: { label: " New caption " } }, { id: "sub-9", name: "Fixer" })).toMatchObject({
      __typename: "UpdateAssetSuccess",
      asset: { id, name: asset.name, label: "New caption", mimeType: "image/jpeg", size: 2048, releaseStatus: "DRAFT" },
    });
    const audited = await api.db.prisma.asset.findUniqueOrThrow({ where: { id: asset.id } });
    expect([audited.updatedAt instanceof Date, audited.updatedById, audited.updatedByName, audited.createdById]).toEqual([true, "sub-9", "Fixer", null]);
    expect(await run(UPDATE, { id, input: { name: " wellhead-2.jpg ", releaseStatus: "PUBLIC" } })).toMatchObject({
      asset: { name: "wellhead-2.jpg", label: "New caption", releaseStatus: "PUBLIC", storagePath: asset.storagePath },
    });
    expect(await run(UPDATE, { id, input: { label: null } })).toMatchObject({ asset: { name: "wellhead-2.jpg", label: null } });
  });

  it("refuses to clear the name or the release status, or to blank the name, listing each; writes nothing", async () => {
    const asset = await createAsset(api.db.prisma, [], { label: "Keep" });
    const id = String(asset.id);
    expect(await run(UPDATE, { id, input: { name: null, releaseStatus: null, label: "Changed" } })).toEqual({
      __typename: "ValidationError",
      message: "2 fields are invalid: input.name, input.releaseStatus",
      fieldErrors: [
        { path: ["input", "name"], message: "Name cannot be null" },
        { path: ["input", "releaseStatus"], message: "Release status cannot be null" },
      ],
    });
    expect(await run(UPDATE, { id, input: { name: "  " } })).toEqual({
      __typename: "ValidationError",
      message: "Name must not be empty",
      fieldErrors: [{ path: ["input", "name"], message: "Name must not be empty" }],
    });
    const row = await api.db.prisma.asset.findUniqueOrThrow({ where: { id: asset.id } });
    expect([row.name, row.label, row.updatedAt]).toEqual([asset.name, "Keep", null]);
  });

  it("gives a NotFoundError for a missing asset", async () => {
    expect(await run(UPDATE, { id: "999999", input: { label: "x" } })).toEqual({
      __typename: "NotFoundError",
      message: "Asset 999999 not found",
      entity: "Asset",
      id: "999999",
    });
  });
});

describe("setAssetThing", () => {
  it("moves the asset to another site, keeping one link", async () => {
    const [a, b, c] = [await createThing(api.db.prisma), await createThing(api.db.prisma), await createThing(api.db.prisma)];
    const asset = await createAsset(api.db.prisma, [a.id, b.id]);
    const id = String(asset.id);
    expect(await run(SET_THING, { id, thingId: String(c.id) }, { id: "sub-3", name: "Mover" })).toEqual({
      __typename: "SetAssetThingSuccess",
      asset: { id, things: [{ id: String(c.id) }] },
    });
    expect(await linkedThingIds(id)).toEqual([c.id]);
    const link = await api.db.prisma.assetThingAssociation.findFirstOrThrow({ where: { assetId: asset.id } });
    expect([link.createdById, link.createdByName]).toEqual(["sub-3", "Mover"]);
    // Moving to the site it is already at keeps that link as it is.
    expect(await run(SET_THING, { id, thingId: String(c.id) })).toEqual({ __typename: "SetAssetThingSuccess", asset: { id, things: [{ id: String(c.id) }] } });
    expect((await api.db.prisma.assetThingAssociation.findFirstOrThrow({ where: { assetId: asset.id } })).id).toBe(link.id);
    // From two sites to one of them.
    const both = await createAsset(api.db.prisma, [a.id, b.id]);
    expect(await run(SET_THING, { id: String(both.id), thingId: String(b.id) })).toEqual({
      __typename: "SetAssetThingSuccess",
      asset: { id: String(both.id), things: [{ id: String(b.id) }] },
    });
  });

  it("unlinks the asset from every site when thingId is null (or omitted)", async () => {
    const [a, b] = [await createThing(api.db.prisma), await createThing(api.db.prisma)];
    const asset = await createAsset(api.db.prisma, [a.id, b.id]);
    expect(await run(SET_THING, { id: String(asset.id), thingId: null })).toEqual({
      __typename: "SetAssetThingSuccess",
      asset: { id: String(asset.id), things: [] },
    });
    expect(await linkedThingIds(asset.id)).toEqual([]);
    const another = await createAsset(api.db.prisma, [a.id]);
    expect(await run(SET_THING, { id: String(another.id) })).toEqual({ __typename: "SetAssetThingSuccess", asset: { id: String(another.id), things: [] } });
    expect(await api.db.prisma.asset.count({ where: { id: { in: [asset.id, another.id] } } })).toBe(2);
  });

  it("gives NotFoundErrors for a missing asset or site, changing nothing", async () => {
    const a = await createThing(api.db.prisma);
    const asset = await createAsset(api.db.prisma, [a.id]);
    expect(await run(SET_THING, { id: String(asset.id), thingId: "999999" })).toEqual({
      __typename: "NotFoundError",
      message: "Thing 999999 not found",
      entity: "Thing",
      id: "999999",
    });
    expect(await linkedThingIds(asset.id)).toEqual([a.id]);
    expect(await run(SET_THING, { id: "999999", thingId: String(a.id) })).toEqual({
      __typename: "NotFoundError",
      message: "Asset 999999 not found",
      entity: "Asset",
      id: "999999",
    });
  });

  it("leaves exactly one link when one asset is moved concurrently", async () => {
    const things = await Promise.all(Array.from({ length: 5 }, () => createThing(api.db.prisma)));
    const asset = await createAsset(api.db.prisma, [things[0]?.id ?? 0]);
    const results = await Promise.all(things.map((t) => run(SET_THING, { id: String(asset.id), thingId: String(t.id) })));
    expect(results.every((r) => r.__typename === "SetAssetThingSuccess")).toBe(true);
    const links = await linkedThingIds(asset.id);
    expect(links).toHaveLength(1);
    expect(things.map((t) => t.id)).toContain(links[0]);
  });
});

describe("deleteAsset", () => {
  it("deletes the record and its site links, not the sites; a second delete is a NotFoundError", async () => {
    const a = await createThing(api.db.prisma);
    const asset = await createAsset(api.db.prisma, [a.id]);
    const id = String(asset.id);
    expect(await run(DELETE, { id })).toEqual({ __typename: "DeleteAssetSuccess", deletedId: id });
    expect(await api.db.prisma.asset.count({ where: { id: asset.id } })).toBe(0);
    expect(await linkedThingIds(id)).toEqual([]);
    expect(await api.db.prisma.thing.count({ where: { id: a.id } })).toBe(1);
    expect(await run(DELETE, { id })).toEqual({ __typename: "NotFoundError", message: `Asset ${id} not found`, entity: "Asset", id });
  });
});

describe("authorization", () => {
  it("lets an Editor record, update and move assets but not delete them", async () => {
    const thing = await createThing(api.db.prisma);
    const recorded = await api.run<{ recordAsset: Payload & { asset: { id: string } } }>(RECORD, { input: fileInput({ thingId: String(thing.id) }) }, { as: "editor" });
    expect(recorded.data?.recordAsset.__typename).toBe("RecordAssetSuccess");
    const id = recorded.data?.recordAsset.asset.id;
    expect((await api.run(UPDATE, { id, input: { label: "x" } }, { as: "editor" })).errors).toBeUndefined();
    expect((await api.run(SET_THING, { id, thingId: null }, { as: "editor" })).errors).toBeUndefined();
    const denied = await api.run(DELETE, { id }, { as: "editor" });
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await api.db.prisma.asset.count({ where: { id: Number(id) } })).toBe(1);
  });
});
