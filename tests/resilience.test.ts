/**
 * Database faults: a full pool fails fast with SERVICE_UNAVAILABLE instead of queueing, a
 * statement timeout bounds every query, and an outage of the database is reported and survived.
 * The outage runs on a throwaway cluster of this file's own, never on the shared server.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createDatabase, type Database } from "../src/db/createDatabase.js";
import type { RunningServer } from "../src/server/createServer.js";
import { createThing } from "./support/factories.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";
import { startTestServer } from "./support/testServer.js";
import { createMigratedDatabase, createThrowawayCluster, type ThrowawayCluster } from "./support/throwawayCluster.js";

const WELLS = { query: "{ wells(first: 5) { totalCount edges { node { name } } } }" };

async function post(server: RunningServer, body: unknown) {
  const started = performance.now();
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] };
  return { status: response.status, ...json, ms: performance.now() - started };
}

/** Holds an ACCESS EXCLUSIVE lock on `thing` until released: every query of it blocks meanwhile. */
async function lockThings(url: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("BEGIN");
  await client.query('LOCK TABLE "thing" IN ACCESS EXCLUSIVE MODE');
  return async () => {
    await client.query("ROLLBACK");
    await client.end();
  };
}

describe("a pool of N under N+1 slow requests", () => {
  let test: TestDatabase;
  let database: Database;
  let server: RunningServer;

  beforeAll(async () => {
    test = await createTestDatabase();
    await createThing(test.prisma);
    database = createDatabase({ url: test.url, poolMax: 2, acquireTimeoutMs: 300, statementTimeoutMs: 0 });
    server = await startTestServer(database, {}, { listenForLexiconChanges: true });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.close();
    await test?.drop();
  });

  it("gives the extra request one fast SERVICE_UNAVAILABLE while the N others complete", async () => {
    const release = await lockThings(test.url);
    const slow = [post(server, WELLS), post(server, WELLS)];
    await new Promise((r) => setTimeout(r, 100)); // both hold a connection, blocked on the lock
    const extra = await post(server, WELLS);
    expect(extra.errors?.map((e) => e.extensions.code)).toEqual(["SERVICE_UNAVAILABLE"]);
    expect(extra.errors?.[0]?.message).toBe("The database is temporarily unavailable; try again shortly.");
    expect(extra.ms).toBeLessThan(2_000);
    await release();
    const done = await Promise.all(slow);
    for (const result of done) expect(result.errors).toBeUndefined();
  });
});

describe("statement timeout", () => {
  let test: TestDatabase;
  let database: Database;
  let server: RunningServer;

  beforeAll(async () => {
    test = await createTestDatabase();
    database = createDatabase({ url: test.url, poolMax: 2, acquireTimeoutMs: 2_000, statementTimeoutMs: 300 });
    server = await startTestServer(database, {}, { listenForLexiconChanges: true });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.close();
    await test?.drop();
  });

  it("cancels a query that runs past it and answers SERVICE_UNAVAILABLE", async () => {
    const release = await lockThings(test.url);
    try {
      const result = await post(server, WELLS);
      expect(result.errors?.map((e) => e.extensions.code)).toEqual(["SERVICE_UNAVAILABLE"]);
      expect(result.ms).toBeLessThan(2_000);
    } finally {
      await release();
    }
    expect((await post(server, WELLS)).errors).toBeUndefined();
  });
});

describe("database outage", () => {
  let cluster: ThrowawayCluster;
  let database: Database;
  let server: RunningServer;
  let url: string;

  beforeAll(async () => {
    cluster = await createThrowawayCluster();
    url = await createMigratedDatabase(cluster);
    database = createDatabase({ url, poolMax: 4, acquireTimeoutMs: 500, statementTimeoutMs: 5_000 });
    await database.prisma.lexiconTerm.createMany({
      data: [{ term: "water well", definition: "a well" }, { term: "public", definition: "released" }],
    });
    await database.prisma.thing.create({ data: { name: "NM-OUTAGE", thingType: "water well", releaseStatus: "public" } });
    server = await startTestServer(database, {}, { listenForLexiconChanges: true });
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await database?.close();
    await cluster?.destroy();
  });

  it("fails fast with SERVICE_UNAVAILABLE during the outage, reports it in /health, and recovers by itself", async () => {
    expect((await post(server, WELLS)).errors).toBeUndefined();

    await cluster.stop();
    const during = await Promise.all([post(server, WELLS), post(server, WELLS), post(server, WELLS)]);
    for (const result of during) {
      expect(result.errors?.map((e) => e.extensions.code)).toEqual(["SERVICE_UNAVAILABLE"]);
      expect(result.ms).toBeLessThan(3_000);
    }
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { database: { reachable: boolean } }).database.reachable).toBe(false);

    await cluster.start();
    const deadline = Date.now() + 10_000;
    let recovered = false;
    while (!recovered && Date.now() < deadline) {
      recovered = (await post(server, WELLS)).errors === undefined;
      if (!recovered) await new Promise((r) => setTimeout(r, 200));
    }
    expect(recovered).toBe(true);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  }, 60_000);
});
