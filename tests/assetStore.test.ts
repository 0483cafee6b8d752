/**
 * The asset store contract (src/storage/assetStore.ts), one suite run against both back ends: the
 * local disk (a temporary directory, its signed URLs served by the download route) and S3 (a real
 * S3-protocol server, s3rver). Round trips, failed writes leaving nothing, moves, deletes,
 * listing, and signed URLs that serve the bytes with their type until they expire.
 */
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";

import express from "express";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { localDownloadRouter } from "../src/server/assetRouter.js";
import { isStoreKey, type AssetStore } from "../src/storage/assetStore.js";
import { LocalDiskStore } from "../src/storage/localDiskStore.js";
import { localAssetBackend, s3AssetBackend } from "./support/assetBackends.js";

interface Backend {
  store: AssetStore;
  /** Makes a URL the store signed absolute. */
  absolute(url: string): string;
  close(): Promise<void>;
}

let clockOffset = 0;

async function localBackend(): Promise<Backend> {
  const local = await localAssetBackend({ nowSeconds: () => Math.floor(Date.now() / 1000) + clockOffset });
  const app = express();
  app.use(localDownloadRouter(local.store, pino({ level: "silent" })));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    store: local.store,
    absolute: (url) => `${origin}${url}`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await local.close();
    },
  };
}

async function s3Backend(): Promise<Backend> {
  const s3 = await s3AssetBackend();
  return { store: s3.store, absolute: (url) => url, close: () => s3.close() };
}

async function bytesOf(body: Readable | null): Promise<Buffer | null> {
  if (body === null) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The keys `store.list(prefix)` yields, sorted. */
async function keys(store: AssetStore, prefix: string): Promise<string[]> {
  const found: string[] = [];
  for await (const key of store.list(prefix)) found.push(key);
  return found.sort();
}

/** A stream that yields `chunks` and then fails. */
function failingStream(chunks: Buffer[]): Readable {
  return Readable.from(
    (async function* () {
      for (const chunk of chunks) yield chunk;
      throw new Error("the client went away");
    })(),
  );
}

describe.each([
  ["local disk", localBackend],
  ["S3 (s3rver)", s3Backend],
])("asset store on %s", (_name, start) => {
  let backend: Backend;
  let store: AssetStore;
  beforeAll(async () => {
    backend = await start();
    store = backend.store;
  });
  afterAll(async () => {
    await backend?.close();
  });

  it("stores a stream and gives back the same bytes; exists and list see it", async () => {
    const bytes = Buffer.from("water level 12.5 ft below land surface\n");
    await store.put("round/trip.txt", Readable.from([bytes.subarray(0, 10), bytes.subarray(10)]), "text/plain");
    expect(await bytesOf(await store.get("round/trip.txt"))).toEqual(bytes);
    expect(await store.exists("round/trip.txt")).toBe(true);
    expect(await keys(store, "round/")).toEqual(["round/trip.txt"]);
  });

  it("streams a file larger than one multipart part (12 MiB) intact", async () => {
    const big = Buffer.alloc(12 * 1024 * 1024);
    for (let i = 0; i < big.length; i += 4096) big.writeUInt32BE(i, i);
    const chunks = Array.from({ length: 48 }, (_, i) => big.subarray(i * 262_144, (i + 1) * 262_144));
    await store.put("big/object.bin", Readable.from(chunks), "application/octet-stream");
    const back = await bytesOf(await store.get("big/object.bin"));
    expect(back?.length).toBe(big.length);
    expect(back?.equals(big)).toBe(true);
  });

  it("a stream that fails rejects the put and leaves no object (and no listed leftovers)", async () => {
    await expect(store.put("failed/object.bin", failingStream([Buffer.alloc(70_000, 1)]), "application/octet-stream")).rejects.toThrow("the client went away");
    expect(await store.exists("failed/object.bin")).toBe(false);
    expect(await keys(store, "failed/")).toEqual([]);
    expect((await keys(store, "")).filter((k) => !k.startsWith("round/") && !k.startsWith("big/"))).toEqual([]);
  });

  it("moves an object to a new key, replacing what the key held", async () => {
    await store.put("move/from", Readable.from([Buffer.from("new bytes")]), "text/plain");
    await store.put("move/to/target", Readable.from([Buffer.from("old bytes")]), "text/plain");
    await store.move("move/from", "move/to/target");
    expect(await store.exists("move/from")).toBe(false);
    expect((await bytesOf(await store.get("move/to/target")))?.toString()).toBe("new bytes");
    expect(await keys(store, "move/")).toEqual(["move/to/target"]);
  });

  it("deletes an object; deleting or getting a missing key is not an error", async () => {
    await store.put("gone/soon", Readable.from([Buffer.from("x")]), "text/plain");
    await store.delete("gone/soon");
    expect(await store.exists("gone/soon")).toBe(false);
    await expect(store.delete("gone/soon")).resolves.toBeUndefined();
    expect(await store.get("gone/never-there")).toBeNull();
  });

  it("lists only the keys under the prefix", async () => {
    for (const key of ["list/a/1", "list/a/2", "list/b/1", "listing/x"]) await store.put(key, Readable.from([Buffer.from(key)]), "text/plain");
    expect(await keys(store, "list/a/")).toEqual(["list/a/1", "list/a/2"]);
    expect(await keys(store, "list/")).toEqual(["list/a/1", "list/a/2", "list/b/1"]);
  });

  it("refuses keys that could escape the store", async () => {
    for (const key of ["../etc/passwd", "a/../../b", "/absolute", ".hidden", "Upper/case", "a//b", ""]) {
      expect(isStoreKey(key)).toBe(false);
      await expect(store.exists(key)).rejects.toThrow("not an asset store key");
    }
  });

  it("a signed URL serves the bytes with the type and file name; an expired one does not", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    await store.put("signed/photo", Readable.from([png]), "image/png");
    const url = await store.signedUrl("signed/photo", { expiresInSeconds: 60, contentType: "image/png", fileName: "wellhead north.png" });
    const response = await fetch(backend.absolute(url));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(response.headers.get("content-disposition")).toContain('filename="wellhead north.png"');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(png);

    if (store instanceof LocalDiskStore) {
      // (s3rver checks the expiry of SigV4 presigned URLs but not their signature: forgery is AWS's to refuse)
      const tampered = new URL(backend.absolute(url));
      const signature = tampered.searchParams.get("signature") ?? "";
      tampered.searchParams.set("signature", `${signature.slice(0, -1)}${signature.endsWith("0") ? "1" : "0"}`);
      expect((await fetch(tampered)).status).toBe(403);
      tampered.searchParams.set("signature", signature);
      tampered.searchParams.set("type", "text/html");
      expect((await fetch(tampered)).status).toBe(403);
    }

    clockOffset = -120; // signed two minutes ago, for one minute
    const expired = await store.signedUrl("signed/photo", { expiresInSeconds: 60, contentType: "image/png", fileName: "old.png" });
    clockOffset = 0;
    if (store instanceof LocalDiskStore) {
      const refused = await fetch(backend.absolute(expired));
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ status: 403, detail: expect.stringContaining("expired") });
    } else {
      // A presigned URL expires on the server's clock; sign one for a second and outlive it.
      const short = await store.signedUrl("signed/photo", { expiresInSeconds: 1, contentType: "image/png", fileName: "short.png" });
      await new Promise((r) => setTimeout(r, 2_100));
      expect((await fetch(short)).status).toBe(403);
    }
  });
});
