/**
 * The acceptance of issue 15 part 1, as docs/assets.md shows it: with curl and a development
 * token against a server configured only by its environment (the default local-disk store under
 * ASSET_DIR), a photo is stored once, shown through its signed URL, refused when it is an
 * executable renamed .jpg, and vanishes with its row; a refused token is 401 like on /graphql.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadOrCreateDevKey, signDevToken } from "../src/auth/devKeys.js";
import { DEV_AUDIENCE, DEV_TOKEN_ISSUER } from "../src/config.js";
import type { RunningServer } from "../src/server/createServer.js";
import { createThing } from "./support/factories.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";
import { startTestServer } from "./support/testServer.js";

const execFileAsync = promisify(execFile);

let db: TestDatabase;
let server: RunningServer;
let dir: string;
let editor: string;
let admin: string;

/** Runs curl; returns the HTTP status and the body. */
async function curl(args: string[]): Promise<{ status: number; body: string }> {
  const { stdout } = await execFileAsync("curl", ["-s", "-w", "\n%{http_code}", ...args]);
  const split = stdout.lastIndexOf("\n");
  return { status: Number(stdout.slice(split + 1)), body: stdout.slice(0, split) };
}

beforeAll(async () => {
  db = await createTestDatabase();
  dir = await mkdtemp(join(tmpdir(), "asset-acceptance-"));
  const key = await loadOrCreateDevKey(join(dir, "keys"));
  const mint = (groups: string[]) =>
    signDevToken(key, { sub: `sub-${groups[0]}`, name: `User ${groups[0]}`, groups }, { issuer: DEV_TOKEN_ISSUER, audience: DEV_AUDIENCE, expiresIn: "5m" });
  [editor, admin] = await Promise.all([mint(["Editor"]), mint(["Admin"])]);
  server = await startTestServer(db, { AUTH_MODE: "dev", AUTH_DEV_KEYS_DIR: join(dir, "keys"), ASSET_DIR: join(dir, "assets"), ASSET_URL_TTL_SECONDS: "60" });
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
  await rm(dir, { recursive: true, force: true });
});

describe("a photo uploaded with curl", () => {
  it("is stored once, shown through its signed URL, refused as a renamed executable, and vanishes with its row", async () => {
    const well = await createThing(db.prisma);
    const photo = join(dir, "wellhead.jpg");
    const bytes = Buffer.concat([Buffer.from("ffd8ffe000104a46494600010100000100010000", "hex"), randomBytes(50_000), Buffer.from("ffd9", "hex")]);
    await writeFile(photo, bytes);
    const form = ["-H", `Authorization: Bearer ${editor}`, "-F", `thingId=${well.id}`, "-F", "label=Wellhead, looking north", "-F", `file=@${photo}`, `${server.url}/assets`];

    const first = await curl(form);
    expect(first.status).toBe(201);
    const { asset } = JSON.parse(first.body) as { asset: { id: string; url: string; storagePath: string; mimeType: string } };
    expect(asset.mimeType).toBe("image/jpeg");
    const again = await curl(form);
    expect([again.status, (JSON.parse(again.body) as { asset: { id: string } }).asset.id]).toEqual([200, asset.id]);
    const stored = (await readdir(join(dir, "assets"), { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && !e.name.startsWith("."));
    expect(stored.map((e) => e.name)).toEqual([asset.storagePath.split("/").pop()]);

    const shown = await fetch(`${server.url}${asset.url}`);
    expect(shown.status).toBe(200);
    expect(shown.headers.get("content-type")).toBe("image/jpeg");
    expect(Buffer.from(await shown.arrayBuffer()).equals(bytes)).toBe(true);

    const executable = join(dir, "holiday.jpg");
    await writeFile(executable, Buffer.concat([Buffer.from("4d5a90000300000004000000ffff0000b8", "hex"), Buffer.alloc(4000), randomBytes(100)]));
    const refused = await curl(["-H", `Authorization: Bearer ${editor}`, "-F", `file=@${executable};type=image/jpeg`, `${server.url}/assets`]);
    expect(refused.status).toBe(415);
    expect(JSON.parse(refused.body)).toMatchObject({ status: 415, code: "UNSUPPORTED_TYPE", detail: expect.stringContaining("application/x-msdownload") });
    expect(await db.prisma.asset.count()).toBe(1);

    const deleted = await curl([
      "-H", `Authorization: Bearer ${admin}`, "-H", "content-type: application/json",
      "--data", JSON.stringify({ query: `mutation { deleteAsset(id: "${asset.id}") { __typename } }` }), `${server.url}/graphql`,
    ]);
    expect(JSON.parse(deleted.body)).toEqual({ data: { deleteAsset: { __typename: "DeleteAssetSuccess" } } });
    expect((await fetch(`${server.url}${asset.url}`)).status).toBe(404);
  });

  it("with a refused token is 401 with the bearer challenge, as on /graphql", async () => {
    const response = await fetch(`${server.url}/assets`, { method: "POST", headers: { authorization: "Bearer not-a-token" }, body: new FormData() });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer error="invalid_token"/);
  });
});
