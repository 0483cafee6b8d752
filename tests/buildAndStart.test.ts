/**
 * The two ways to run the server (ADR 32): `npm start` from source under tsx, the one-command quick
 * start, and `npm run start:prod`, the compiled `dist/` with no TypeScript loader (a loader hook
 * makes loading tsx or any .ts module fail). Both start on the embedded database and answer the
 * README's first query and /health; the compiled server also serves PostgreSQL through an executor
 * thread, and the compiled migrate and seed commands find the migrations and seed files.
 * The compiled build is made here (`npm run build`), so this file checks the current source.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { adminUrl, databaseUrl } from "./support/adminUrl.js";
import { uniqueName } from "./support/factories.js";
import { graphqlBlocks } from "./support/markdownGraphql.js";
import { spawnServer, type SpawnedServer } from "./support/spawnServer.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";

const run = promisify(execFile);
const root = new URL("..", import.meta.url).pathname;
const COMPILED = ["--import", "./tests/support/noTypeScriptLoader.mjs", "--enable-source-maps", "dist/main.js"];
const FROM_SOURCE = ["--import", "tsx", "src/main.ts"];

beforeAll(async () => {
  await run("npm", ["run", "build"], { cwd: root, timeout: 300_000 });
}, 300_000);

async function post(server: SpawnedServer, query: string): Promise<{ status: number; body: { data?: Record<string, unknown> | null; errors?: unknown[] } }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] } };
}

async function stopped(server: SpawnedServer): Promise<number | null> {
  server.child.kill("SIGTERM");
  return server.exited;
}

describe.each([
  { mode: "npm start (source, tsx)", args: FROM_SOURCE },
  { mode: "npm run start:prod (dist/, no TypeScript loader)", args: COMPILED },
])("quick start on the embedded database: $mode", ({ args }) => {
  it("migrates, seeds, answers the README's first query and /health, and exits 0 on SIGTERM", async () => {
    const [first] = graphqlBlocks(await readFile(new URL("../README.md", import.meta.url), "utf8"));
    expect(first?.source).toContain("wells");
    const server = await spawnServer({ EMBEDDED_DATA_DIR: "memory://", LOG_LEVEL: "info" }, { args, unset: ["DATABASE_URL"] });
    try {
      await server.ready();
      const { status, body } = await post(server, first?.source ?? "");
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      const wells = body.data?.wells as { totalCount: number; edges: { node: { name: string } }[] };
      expect(wells.totalCount).toBeGreaterThanOrEqual(3);
      expect(wells.edges).toHaveLength(3);
      const health = await fetch(`${server.url}/health`);
      expect(health.status).toBe(200);
      expect(server.output()).toContain("migrations applied");
    } finally {
      expect(await stopped(server)).toBe(0);
    }
    expect(server.output()).not.toContain("TypeScript loaded at run time");
  }, 180_000);
});

describe("compiled server on PostgreSQL", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("starts its executor thread from dist/ and answers a query offloaded to it", async () => {
    const name = uniqueName("DIST");
    await db.pool.query(`INSERT INTO thing (name, thing_type, release_status) VALUES ($1, 'water well', 'public')`, [name]);
    // EXECUTOR_MIN_COST 0: every query goes to the executor thread, which must load dist/runtime/executor/executorWorker.js.
    const server = await spawnServer({ DATABASE_URL: db.url, EXECUTOR_THREADS: "1", EXECUTOR_MIN_COST: "0" }, { args: COMPILED });
    try {
      await server.ready();
      const { status, body } = await post(server, `{ wellByName(name: "${name}") { name thingType } }`);
      expect({ status, body }).toEqual({ status: 200, body: { data: { wellByName: { name, thingType: "WATER_WELL" } } } });
      // The pool starts only once its thread is ready; a failed job would fall back with this warning.
      expect(server.output()).not.toContain("executor unavailable");
    } finally {
      expect(await stopped(server)).toBe(0);
    }
  }, 120_000);
});

describe("compiled migrate and seed commands", () => {
  const name = `ocotillo_dist_${Date.now().toString(36)}`;
  const admin = () => new pg.Client({ connectionString: adminUrl });
  beforeAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
  });
  afterAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  });

  const node = (script: string, ...args: string[]) =>
    run(process.execPath, ["--import", "./tests/support/noTypeScriptLoader.mjs", script, ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl(name) },
      timeout: 120_000,
    });

  it("applies the committed migrations once, then seeds the vocabulary from prisma/seed", async () => {
    const migrations = (await run("ls", ["prisma/migrations"], { cwd: root })).stdout.split("\n").filter((d) => /^\d+_/.test(d));
    const first = await node("dist/cli/dbMigrate.js");
    expect(first.stdout).toContain(`Applied ${migrations.length} migration(s)`);
    const again = await node("dist/cli/dbMigrate.js");
    expect(again.stdout).toContain("Database is up to date: no migration applied.");
    const seeded = await node("dist/cli/dbSeed.js");
    expect(seeded.stdout).toMatch(/Vocabulary inserted: categories (\d+)\/\1/);
    const client = new pg.Client({ connectionString: databaseUrl(name) });
    await client.connect();
    try {
      const { rows } = await client.query<{ terms: string }>("SELECT count(*) AS terms FROM lexicon_term");
      expect(Number(rows[0]?.terms)).toBeGreaterThan(100);
    } finally {
      await client.end();
    }
  }, 180_000);
});
