/**
 * Asset files end to end, through the real server on both store back ends (local disk, S3 on
 * s3rver): POST /assets stores a photo once under its SHA-256 name and records it; the same bytes
 * again return that asset; the type comes from the bytes (an executable renamed .jpg is 415); the
 * size limit is 413; an unknown site is 404 before the store is touched; the role of recordAsset
 * is required; `Asset.url` downloads the bytes and respects visibility; images get thumbnails; a failed database write
 * removes the object; deleteAsset removes the object after the row unless another asset shares it.
 */
import { createHash, randomBytes } from "node:crypto";

import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ANONYMOUS_CALLER } from "../src/auth/caller.js";
import type { Authenticator } from "../src/auth/createAuthenticator.js";
import { assetDownloadUrl } from "../src/domain/assets/assetDownloadUrl.js";
import { ANONYMOUS_VIEWER, FULL_VIEWER } from "../src/domain/visibility/viewer.js";
import type { RunningServer } from "../src/server/createServer.js";
import { localAssetBackend, RecordingStore, s3AssetBackend, storedKeys, type AssetBackend } from "./support/assetBackends.js";
import { createThing } from "./support/factories.js";
import { callerFor } from "./support/testApi.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";
import { startTestServer } from "./support/testServer.js";

/** The upload limit of these servers: 1 MiB. */
const MAX_BYTES = 1024 * 1024;

/** Bearer tokens of the test authenticator: the token is the role's name. */
const testAuthenticator: Authenticator = {
  mode: "dev",
  authenticate: async (header) => {
    const role = header?.replace(/^Bearer /, "");
    if (role === "editor" || role === "viewer" || role === "admin") return { caller: callerFor(role), user: { id: `sub-${role}`, name: `Test ${role}` } };
    return { caller: ANONYMOUS_CALLER, user: null };
  },
};

/** A JPEG's bytes (SOI + JFIF APP0 header), unique per call. */
function jpeg(size = 2048): Buffer {
  const header = Buffer.from("ffd8ffe000104a46494600010100000100010000", "hex");
  return Buffer.concat([header, randomBytes(size - header.length - 2), Buffer.from("ffd9", "hex")]);
}

/** An ELF executable's first bytes, unique per call. */
function elfExecutable(): Buffer {
  const header = Buffer.from("7f454c4602010100000000000000000002003e0001000000", "hex");
  return Buffer.concat([header, Buffer.alloc(4000), randomBytes(64)]);
}

function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

interface Upload {
  status: number;
  contentType: string | null;
  body: Record<string, unknown> & { created?: boolean; asset?: Record<string, unknown> & { id: string; url: string | null; thumbnailUrl: string | null } };
}

type Part = [name: string, value: string] | [name: string, bytes: Buffer, fileName: string, type?: string];

describe.each([
  ["local disk", localAssetBackend],
  ["S3 (s3rver)", s3AssetBackend],
])("asset uploads on %s", (_name, startBackend) => {
  let db: TestDatabase;
  let backend: AssetBackend;
  let store: RecordingStore;
  let server: RunningServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    backend = await startBackend();
    store = new RecordingStore(backend.store);
    server = await startTestServer(db, { ASSET_MAX_BYTES: String(MAX_BYTES) }, { authenticator: testAuthenticator, assetStore: store });
    // A database failure on demand: an asset named "fail-me…" cannot be inserted.
    await db.pool.query(`CREATE FUNCTION refuse_asset() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'test: asset insert refused'; END $$`);
    await db.pool.query(`CREATE TRIGGER refuse_asset BEFORE INSERT ON asset FOR EACH ROW WHEN (NEW.name LIKE 'fail-me%') EXECUTE FUNCTION refuse_asset()`);
  });
  afterAll(async () => {
    await server?.stop();
    await backend?.close();
    await db?.drop();
  });

  async function upload(parts: Part[], token: string | null = "editor", init: RequestInit = {}): Promise<Upload> {
    const form = new FormData();
    for (const part of parts) {
      if (typeof part[1] === "string") form.append(part[0], part[1]);
      else form.append(part[0], new Blob([new Uint8Array(part[1])], { type: part[3] ?? "application/octet-stream" }), part[2]);
    }
    const response = await fetch(`${server.url}/assets`, {
      method: "POST",
      body: form,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...init,
    });
    return { status: response.status, contentType: response.headers.get("content-type"), body: (await response.json()) as Upload["body"] };
  }

  async function graphql<T>(query: string, variables: Record<string, unknown>, token: string | null): Promise<T> {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return ((await response.json()) as { data: T }).data;
  }

  async function download(url: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
    const response = await fetch(url.startsWith("/") ? `${server.url}${url}` : url);
    return { status: response.status, type: response.headers.get("content-type"), bytes: Buffer.from(await response.arrayBuffer()) };
  }

  /** Asserts a refusal: the problem document, and that neither a row nor an object was left. */
  async function expectRefused(result: Upload, status: number, code: string, rowsBefore: number, keysBefore: string[]): Promise<void> {
    expect(result.status).toBe(status);
    expect(result.contentType).toMatch(/^application\/problem\+json/);
    expect(result.body).toMatchObject({ status, code, detail: expect.any(String) });
    expect(await db.prisma.asset.count()).toBe(rowsBefore);
    expect(await storedKeys(store)).toEqual(keysBefore);
  }

  it("stores a photo under its SHA-256 name, records it on the site, and its URL serves the bytes", async () => {
    const thing = await createThing(db.prisma);
    const photo = jpeg();
    const result = await upload([
      ["thingId", String(thing.id)],
      ["name", "NM-01234 wellhead.jpg"],
      ["label", " Looking north "],
      ["file", photo, "IMG_0001.JPG", "image/jpeg"],
    ]);
    const key = `sha256/${sha256(photo).slice(0, 2)}/${sha256(photo)}`;
    expect(result.status).toBe(201);
    expect(result.body).toEqual({
      created: true,
      asset: {
        id: expect.any(String),
        name: "NM-01234 wellhead.jpg",
        label: "Looking north",
        mimeType: "image/jpeg",
        size: photo.length,
        storageService: backend.name,
        storagePath: key,
        uri: backend.name === "s3" ? `s3://ocotillo-assets/${key}` : `local:${key}`,
        releaseStatus: "DRAFT",
        url: expect.any(String),
        thumbnailUrl: null, // a JPEG header over random bytes does not decode
      },
    });
    const row = await db.prisma.asset.findUniqueOrThrow({ where: { id: Number(result.body.asset?.id) }, include: { thingAssociations: true } });
    expect(row).toMatchObject({ createdById: "sub-editor", createdByName: "Test editor", releaseStatus: "draft" });
    expect(row.thingAssociations.map((l) => l.thingId)).toEqual([thing.id]);
    expect(await storedKeys(store)).toContain(key);
    expect((await storedKeys(store)).filter((k) => k.startsWith("incoming/"))).toEqual([]);

    const fetched = await download(result.body.asset?.url ?? "");
    expect(fetched).toEqual({ status: 200, type: "image/jpeg", bytes: photo });
  });

  it("the same bytes uploaded again are stored once and return the existing asset (200, created false)", async () => {
    const photo = jpeg();
    const first = await upload([["file", photo, "a.jpg"]]);
    const putsBefore = store.puts.length;
    const second = await upload([["name", "another name"], ["file", photo, "b.jpg"]]);
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body.created).toBe(false);
    expect(second.body.asset?.id).toBe(first.body.asset?.id);
    expect(second.body.asset?.name).toBe("a.jpg");
    expect(store.puts.length).toBe(putsBefore + 1); // streamed to a temporary name, then discarded
    expect(await db.prisma.asset.count({ where: { storagePath: first.body.asset?.storagePath as string } })).toBe(1);
    expect((await storedKeys(store)).filter((k) => k.includes(sha256(photo)) || k.startsWith("incoming/"))).toHaveLength(1);
  });

  it("concurrent uploads of the same bytes make one asset and one object", async () => {
    const photo = jpeg(200_000);
    const results = await Promise.all([1, 2, 3].map(() => upload([["file", photo, "same.jpg"]])));
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(results.map((r) => r.body.asset?.id)).size).toBe(1);
    expect((await storedKeys(store)).filter((k) => k.includes(sha256(photo)) || k.startsWith("incoming/"))).toHaveLength(1);
  });

  it("refuses an executable renamed .jpg (415, type from the bytes) and stores nothing", async () => {
    const [rows, keys] = [await db.prisma.asset.count(), await storedKeys(store)];
    const result = await upload([["file", elfExecutable(), "wellhead.jpg", "image/jpeg"]]);
    await expectRefused(result, 415, "UNSUPPORTED_TYPE", rows, keys);
    expect(result.body.detail).toContain("application/x-elf");
  });

  it("refuses binary data of no known type, and text that turns binary after the sniffed head", async () => {
    const [rows, keys] = [await db.prisma.asset.count(), await storedKeys(store)];
    await expectRefused(await upload([["file", Buffer.concat([Buffer.from([1, 2, 0, 3]), randomBytes(5000)]), "data.txt"]]), 415, "UNSUPPORTED_TYPE", rows, keys);
    const turning = Buffer.concat([Buffer.from("depth,value\n".repeat(1000)), Buffer.from([0, 0, 0, 7])]);
    await expectRefused(await upload([["file", turning, "levels.txt"]]), 415, "UNSUPPORTED_TYPE", rows, keys);
  });

  it("accepts plain UTF-8 text and a PDF, typed from their bytes", async () => {
    const text = Buffer.from(`Depth to water, ${randomBytes(4).toString("hex")}: 12.5 ft — measured with a steel tape\n`);
    const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(3000), Buffer.from("\n%%EOF\n")]);
    const [textUpload, pdfUpload] = [await upload([["file", text, "notes.bin"]]), await upload([["file", pdf, "scan.jpg", "image/jpeg"]])];
    expect([textUpload.status, textUpload.body.asset?.mimeType]).toEqual([201, "text/plain"]);
    expect([pdfUpload.status, pdfUpload.body.asset?.mimeType]).toEqual([201, "application/pdf"]);
  });

  it("refuses a file over the size limit (413) as the byte past the limit arrives, and stores nothing", async () => {
    const [rows, keys] = [await db.prisma.asset.count(), await storedKeys(store)];
    await expectRefused(await upload([["file", jpeg(MAX_BYTES + 1), "huge.jpg"]]), 413, "TOO_LARGE", rows, keys);
    // exactly at the limit is accepted
    expect((await upload([["file", jpeg(MAX_BYTES), "limit.jpg"]])).status).toBe(201);
  });

  it("refuses an unknown site (404) before the store is touched", async () => {
    const [rows, keys, puts] = [await db.prisma.asset.count(), await storedKeys(store), store.puts.length];
    const result = await upload([["thingId", "999999999"], ["file", jpeg(), "x.jpg"]]);
    await expectRefused(result, 404, "NOT_FOUND", rows, keys);
    expect(result.body).toMatchObject({ detail: "Thing 999999999 not found", field: "thingId" });
    expect(store.puts.length).toBe(puts);
  });

  it("refuses uploads without the Editor role (401 anonymous, 403 Viewer) and malformed forms (415, 422)", async () => {
    const [rows, keys] = [await db.prisma.asset.count(), await storedKeys(store)];
    const anonymous = await upload([["file", jpeg(), "x.jpg"]], null);
    await expectRefused(anonymous, 401, "UNAUTHENTICATED", rows, keys);
    await expectRefused(await upload([["file", jpeg(), "x.jpg"]], "viewer"), 403, "FORBIDDEN", rows, keys);
    const notMultipart = await fetch(`${server.url}/assets`, { method: "POST", headers: { authorization: "Bearer editor", "content-type": "image/jpeg" }, body: new Uint8Array(jpeg()) });
    expect(notMultipart.status).toBe(415);
    const late = await upload([["file", jpeg(), "x.jpg"], ["thingId", "1"]]);
    await expectRefused(late, 422, "INVALID", rows, keys);
    expect(late.body.field).toBe("thingId");
    await expectRefused(await upload([["name", "no file"]]), 422, "INVALID", rows, keys);
    await expectRefused(await upload([["file", jpeg(), "a.jpg"], ["file", jpeg(), "b.jpg"]]), 422, "INVALID", rows, keys);
    await expectRefused(await upload([["name", "  "], ["file", jpeg(), "a.jpg"]]), 422, "INVALID", rows, keys);
    await expectRefused(await upload([["thingId", "abc"], ["file", jpeg(), "a.jpg"]]), 422, "INVALID", rows, keys);
  });

  it("a failed database write removes the stored object", async () => {
    const [rows, keys] = [await db.prisma.asset.count(), await storedKeys(store)];
    const result = await upload([["name", "fail-me.jpg"], ["file", jpeg(), "x.jpg"]]);
    await expectRefused(result, 500, "INTERNAL_SERVER_ERROR", rows, keys);
    expect(JSON.stringify(result.body)).not.toContain("test: asset insert refused");
  });

  it("Asset.url respects visibility: anonymous callers get URLs of released assets only", async () => {
    const released = await upload([["releaseStatus", "PUBLIC"], ["file", jpeg(), "public.jpg"]]);
    const draft = await upload([["file", jpeg(), "draft.jpg"]]);
    const query = `query($id: ID!) { asset(id: $id) { id url } }`;
    type Result = { asset: { id: string; url: string | null } | null };
    const anonymousReleased = await graphql<Result>(query, { id: released.body.asset?.id }, null);
    expect(anonymousReleased.asset?.url).toEqual(expect.any(String));
    expect((await download(anonymousReleased.asset?.url ?? "")).status).toBe(200);
    expect((await graphql<Result>(query, { id: draft.body.asset?.id }, null)).asset).toBeNull();
    expect((await graphql<Result>(query, { id: draft.body.asset?.id }, "viewer")).asset?.url).toEqual(expect.any(String));
    const draftRow = await db.prisma.asset.findUniqueOrThrow({ where: { id: Number(draft.body.asset?.id) } });
    expect(await assetDownloadUrl({ store, viewer: ANONYMOUS_VIEWER, ttlSeconds: 60 }, draftRow)).toBeNull();
    expect(await assetDownloadUrl({ store, viewer: FULL_VIEWER, ttlSeconds: 60 }, { ...draftRow, storageService: "gcs" })).toBeNull();
  });

  it("an image gets a WebP thumbnail of at most 320 pixels, removed with the image", async () => {
    const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 40, g: 120, b: Math.floor(Math.random() * 255) } } }).png().toBuffer();
    const uploaded = await upload([["releaseStatus", "PUBLIC"], ["file", png, "site-sketch.png"]]);
    const thumbnailUrl = uploaded.body.asset?.thumbnailUrl as string;
    const thumbnail = await download(thumbnailUrl);
    expect([thumbnail.status, thumbnail.type]).toEqual([200, "image/webp"]);
    expect(await sharp(thumbnail.bytes).metadata()).toMatchObject({ format: "webp", width: 320, height: 240 });
    const query = `query($id: ID!) { asset(id: $id) { thumbnailUrl } }`;
    expect((await graphql<{ asset: { thumbnailUrl: string | null } }>(query, { id: uploaded.body.asset?.id }, null)).asset.thumbnailUrl).toEqual(expect.any(String));
    const pdf = await upload([["file", Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(500)]), "scan.pdf"]]);
    expect(pdf.body.asset?.thumbnailUrl).toBeNull();

    const thumbnailKey = `thumbnails/${(uploaded.body.asset?.storagePath as string).slice("sha256/".length)}.webp`;
    expect(await store.exists(thumbnailKey)).toBe(true);
    await graphql(`mutation($id: ID!) { deleteAsset(id: $id) { __typename } }`, { id: uploaded.body.asset?.id }, "admin");
    expect(await store.exists(thumbnailKey)).toBe(false);
  });

  it("deleteAsset removes the object after the row, unless another asset records the same bytes", async () => {
    const photo = jpeg();
    const uploaded = await upload([["file", photo, "shared.jpg"]]);
    const key = uploaded.body.asset?.storagePath as string;
    const twin = await db.prisma.asset.create({
      data: { name: "twin", storageService: backend.name, storagePath: key, mimeType: "image/jpeg", size: photo.length, uri: "x" },
    });
    const remove = `mutation($id: ID!) { deleteAsset(id: $id) { __typename ... on DeleteAssetSuccess { deletedId } } }`;
    type Result = { deleteAsset: { __typename: string; deletedId?: string } };
    expect((await graphql<Result>(remove, { id: uploaded.body.asset?.id }, "admin")).deleteAsset.__typename).toBe("DeleteAssetSuccess");
    expect(await store.exists(key)).toBe(true);
    expect((await graphql<Result>(remove, { id: String(twin.id) }, "admin")).deleteAsset).toEqual({ __typename: "DeleteAssetSuccess", deletedId: String(twin.id) });
    expect(await store.exists(key)).toBe(false);
    expect((await download(uploaded.body.asset?.url ?? "")).status).toBe(404);
  });
});
