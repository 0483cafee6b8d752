/**
 * The server process as `npm start` runs it: the connection budget refuses a configuration that
 * does not fit, several processes serve one port, and SIGTERM drains in-flight requests.
 */
import http from "node:http";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createThing } from "./support/factories.js";
import { spawnServer } from "./support/spawnServer.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await createThing(db.prisma, { name: "NM-STARTUP" });
});
afterAll(async () => {
  await db?.drop();
});

const WELLS = JSON.stringify({ query: '{ wells(filter: { name: "NM-STARTUP" }) { totalCount } }' });
const postWells = (url: string) =>
  fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: WELLS });

describe("connection budget at start-up", () => {
  it("refuses workers x pool that exceed max_connections minus the reserve, giving the numbers", async () => {
    const admin = new pg.Client({ connectionString: db.url });
    await admin.connect();
    const maxConnections = Number((await admin.query("SHOW max_connections")).rows[0].max_connections);
    await admin.end();
    const server = await spawnServer({ DATABASE_URL: db.url, WEB_CONCURRENCY: "2", DATABASE_POOL_MAX: String(maxConnections) });
    expect(await server.exited).toBe(78);
    expect(server.output()).toContain(
      // Each process: its pool, the lexicon listener and one executor thread's pool (EXECUTOR_POOL_MAX 4).
      `Connection budget exceeded: WEB_CONCURRENCY 2 x (DATABASE_POOL_MAX ${maxConnections} + 1 listener + 4 executor) = ${2 * (maxConnections + 1 + 4)} connections needed`,
    );
    expect(server.output()).toContain(`max_connections ${maxConnections}`);
  }, 60_000);

  it("refuses an invalid setting, naming it", async () => {
    const server = await spawnServer({ DATABASE_URL: db.url, DATABASE_POOL_MAX: "lots" });
    expect(await server.exited).toBe(78);
    expect(server.output()).toContain('DATABASE_POOL_MAX="lots"');
  }, 60_000);
});

/** GET on a new TCP connection each time, so the cluster's round-robin can pick another worker. */
function getOnNewConnection(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        let body = "";
        res.on("data", (d: Buffer) => (body += d.toString()));
        res.on("end", () => resolve(body));
      })
      .on("error", reject);
  });
}

describe("several server processes", () => {
  it("serves one port from WEB_CONCURRENCY processes that share nothing but the database", async () => {
    const server = await spawnServer({ DATABASE_URL: db.url, WEB_CONCURRENCY: "2", DATABASE_POOL_MAX: "2" });
    try {
      await server.ready();
      const pids = new Set<number>();
      for (let i = 0; i < 40 && pids.size < 2; i += 1) {
        const health = JSON.parse(await getOnNewConnection(`${server.url}/health`)) as { pid: number };
        pids.add(health.pid);
        const wells = (await (await postWells(server.url)).json()) as { data: { wells: { totalCount: number } } };
        expect(wells.data.wells.totalCount).toBe(1);
      }
      expect(pids.size).toBe(2);
    } finally {
      server.child.kill("SIGTERM");
      expect(await server.exited).toBe(0);
    }
  }, 90_000);
});

/** Polls `condition` until it holds (at most 20 s). */
async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("condition not met within 20 s");
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("SIGTERM", () => {
  it("lets in-flight requests complete, refuses new ones, and exits 0", async () => {
    const server = await spawnServer({ DATABASE_URL: db.url, WEB_CONCURRENCY: "1", DATABASE_POOL_MAX: "2" });
    await server.ready();
    const locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    await locker.query("BEGIN");
    await locker.query('LOCK TABLE "thing" IN ACCESS EXCLUSIVE MODE');
    const inFlight = postWells(server.url);
    await waitFor(async () => {
      const blocked = await locker.query(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
      );
      return blocked.rows[0].n > 0;
    });
    server.child.kill("SIGTERM");
    // New connections are refused while the blocked request is still in flight.
    await waitFor(() => getOnNewConnection(`${server.url}/health`).then(() => false, () => true));
    await locker.query("ROLLBACK");
    await locker.end();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { data: { wells: { totalCount: number } } }).data.wells.totalCount).toBe(1);
    expect(await server.exited).toBe(0);
  }, 60_000);
});
