/**
 * Faults as deployed (issue 13), on a throwaway cluster of this file's own, never the shared server:
 * - SIGTERM with NODE_ENV=production (Apollo installs no signal handler of its own; src/runtime owns
 *   shutdown) exits 0 within the grace period, with a request in flight, and while the database is
 *   down and the server keeps reconnecting;
 * - connections that die mid-request (repeated short outages under many concurrent writers and
 *   readers) answer SERVICE_UNAVAILABLE, never INTERNAL_SERVER_ERROR, and no write is half-applied.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ADMIN_CALLER } from "../src/auth/caller.js";
import type { Authenticator } from "../src/auth/createAuthenticator.js";
import { createDatabase, type Database } from "../src/db/createDatabase.js";
import type { RunningServer } from "../src/server/createServer.js";
import { spawnServer } from "./support/spawnServer.js";
import { startTestServer } from "./support/testServer.js";
import { createMigratedDatabase, createThrowawayCluster, type ThrowawayCluster } from "./support/throwawayCluster.js";

const WELLS = JSON.stringify({ query: "{ wells(first: 5) { totalCount edges { node { name } } } }" });
const SHUTDOWN_GRACE_MS = 5_000;

/** The settings the server runs with in production (tokens are never fetched: no request sends one). */
const PRODUCTION = {
  NODE_ENV: "production",
  AUTH_MODE: "oidc",
  OIDC_ISSUER: "http://127.0.0.1:9/",
  OIDC_AUDIENCE: "ocotillo-graphql",
  WEB_CONCURRENCY: "1",
  LOG_LEVEL: "warn",
  SHUTDOWN_GRACE_MS: String(SHUTDOWN_GRACE_MS),
  DATABASE_ACQUIRE_TIMEOUT_MS: "500",
};

let cluster: ThrowawayCluster;
let url: string;

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("condition not reached in time");
}

async function exitWithin(exited: Promise<number | null>, ms: number): Promise<number | null | "still running"> {
  return Promise.race([exited, new Promise<"still running">((r) => setTimeout(() => r("still running"), ms))]);
}

beforeAll(async () => {
  cluster = await createThrowawayCluster({ max_connections: "60" });
  url = await createMigratedDatabase(cluster);
  const seed = createDatabase({ url, poolMax: 1, acquireTimeoutMs: 5_000, statementTimeoutMs: 0 });
  await seed.prisma.lexiconTerm.createMany({
    data: [
      { term: "water well", definition: "a well" },
      { term: "public", definition: "released" },
      { term: "draft", definition: "not released" },
    ],
    skipDuplicates: true,
  });
  await seed.prisma.thing.create({ data: { name: "NM-FAULT", thingType: "water well", releaseStatus: "public" } });
  await seed.close();
}, 180_000);

afterAll(async () => {
  await cluster?.destroy();
});

describe("SIGTERM as deployed (NODE_ENV=production)", () => {
  it("answers the request in flight and exits 0 within the grace period", async () => {
    const server = await spawnServer({ ...PRODUCTION, DATABASE_URL: url });
    try {
      await server.ready();
      const locker = new pg.Client({ connectionString: url });
      await locker.connect();
      await locker.query("BEGIN");
      await locker.query("LOCK TABLE thing IN ACCESS EXCLUSIVE MODE");
      const inFlight = fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: WELLS });
      await waitFor(async () => {
        const { rows } = await locker.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        );
        return (rows[0]?.n ?? 0) > 0;
      });
      const signalled = Date.now();
      server.child.kill("SIGTERM");
      setTimeout(() => void locker.query("ROLLBACK").then(() => locker.end()), 1_000);
      const response = await inFlight;
      expect(response.status).toBe(200);
      expect(((await response.json()) as { data: { wells: { totalCount: number } } }).data.wells.totalCount).toBe(1);
      expect(await exitWithin(server.exited, SHUTDOWN_GRACE_MS)).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(SHUTDOWN_GRACE_MS);
    } finally {
      server.child.kill("SIGKILL");
    }
  }, 90_000);

  it("exits 0 within the grace period while the database is down and the server reconnects", async () => {
    const server = await spawnServer({ ...PRODUCTION, DATABASE_URL: url });
    try {
      await server.ready();
      await cluster.stop();
      // The server notices (its health check and its lexicon listener start reconnecting).
      await waitFor(async () => (await fetch(`${server.url}/health`)).status === 503);
      await new Promise((r) => setTimeout(r, 500));
      const signalled = Date.now();
      server.child.kill("SIGTERM");
      expect(await exitWithin(server.exited, SHUTDOWN_GRACE_MS)).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(SHUTDOWN_GRACE_MS);
    } finally {
      server.child.kill("SIGKILL");
      await cluster.start();
    }
  }, 90_000);
});

describe("connection loss under many writers through repeated short outages", () => {
  let database: Database;
  let server: RunningServer;
  const authenticator: Authenticator = { mode: "dev", authenticate: async () => ({ caller: ADMIN_CALLER, user: { id: "writer", name: "Writer" } }) };

  beforeAll(async () => {
    database = createDatabase({ url, poolMax: 12, acquireTimeoutMs: 500, statementTimeoutMs: 5_000 });
    server = await startTestServer(database, {}, { authenticator });
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await database?.close();
  });

  it("answers every request with data or SERVICE_UNAVAILABLE, and every acknowledged write is whole", async () => {
    const codes = new Map<string, number>();
    const createdGroups: string[] = [];
    const createdWells: string[] = [];
    let stop = false;
    const post = async (body: string) => {
      const response = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
      expect(response.status).toBeLessThan(500);
      return (await response.json()) as { data?: Record<string, { __typename?: string; created?: { name: string } } | null>; errors?: { extensions: { code: string } }[] };
    };
    const count = (code: string) => codes.set(code, (codes.get(code) ?? 0) + 1);
    const writer = async (n: number) => {
      for (let i = 0; !stop; i += 1) {
        const name = `fault-${n}-${i}-${Date.now()}`;
        // Even writers create groups (one statement), odd ones wells (a transaction of several).
        const answer = await post(
          JSON.stringify(
            n % 2 === 0
              ? {
                  query: "mutation($i: CreateGroupInput!) { result: createGroup(input: $i) { __typename ... on CreateGroupSuccess { created: group { name } } } }",
                  variables: { i: { name, description: "written during outages" } },
                }
              : {
                  query: "mutation($i: CreateWellInput!) { result: createWell(input: $i) { __typename ... on CreateWellSuccess { created: well { name } } } }",
                  variables: { i: { name } },
                },
          ),
        );
        for (const error of answer.errors ?? []) count(error.extensions.code);
        const result = answer.data?.result;
        if (result?.created) {
          (n % 2 === 0 ? createdGroups : createdWells).push(name);
          count("OK");
        } else if (result) {
          count(result.__typename ?? "unknown");
        }
      }
    };
    const reader = async () => {
      while (!stop) {
        const answer = await post(WELLS);
        for (const error of answer.errors ?? []) count(error.extensions.code);
        if (!answer.errors) count("OK");
      }
    };
    const load = [...Array.from({ length: 8 }, (_, n) => writer(n)), reader(), reader()];
    for (let outage = 0; outage < 4; outage += 1) {
      await new Promise((r) => setTimeout(r, 700));
      await cluster.stop();
      await new Promise((r) => setTimeout(r, 300));
      await cluster.start();
    }
    await new Promise((r) => setTimeout(r, 1_000));
    stop = true;
    await Promise.all(load);

    expect(codes.get("INTERNAL_SERVER_ERROR") ?? 0).toBe(0);
    expect([...codes.keys()].filter((c) => c !== "OK" && c !== "SERVICE_UNAVAILABLE")).toEqual([]);
    expect(createdWells.length).toBeGreaterThan(0);
    expect(codes.get("SERVICE_UNAVAILABLE") ?? 0).toBeGreaterThan(0);
    expect(codes.get("OK") ?? 0).toBeGreaterThan(0);
    // Every acknowledged write is there, whole.
    const stored = await database.prisma.group.findMany({ where: { name: { in: createdGroups } } });
    expect(stored.map((g) => g.name).sort()).toEqual([...createdGroups].sort());
    for (const group of stored) expect(group.description).toBe("written during outages");
    const wells = await database.prisma.thing.findMany({ where: { name: { in: createdWells } } });
    expect(wells.map((w) => w.name).sort()).toEqual([...createdWells].sort());
  }, 120_000);
});
