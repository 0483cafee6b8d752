/**
 * Read replicas (DATABASE_READ_URL, ADR 33) against a real streaming replica: a throwaway primary
 * and a hot standby made by pg_basebackup -R. Each server logs every statement (log_statement=all)
 * with the application_name of the connection, so the test counts per server what the
 * application sent there: queries, the read-only routes and the executor threads read from the
 * standby; mutations (and their answers) run on the primary; the lexicon LISTEN stays there.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";

import { parseConfig, type Config } from "../src/config.js";
import { evaluateConnectionBudget } from "../src/db/enforceConnectionBudget.js";
import { executorConnections } from "../src/runtime/executor/startExecutor.js";
import { runServerProcess, type ServingProcess } from "../src/runtime/runServerProcess.js";
import { loggedStatements, prepareClusterDatabase, SERVING_TEST_ENV } from "./support/clusterDatabase.js";
import { createThrowawayCluster, type ThrowawayCluster } from "./support/throwawayCluster.js";

/** The start-up check of the connection budget, as the primary runs it (src/runtime/runPrimary.ts). */
const budgetCheck = (config: Config, url: string) => evaluateConnectionBudget(config, url, false, executorConnections(config));

const APP = "ocotillo_replica_test";
const LOGGING = { log_statement: "all", log_line_prefix: "%a@" };

let primary: ThrowawayCluster;
let standby: ThrowawayCluster;
let serving: ServingProcess;
let primaryUrl: string;
let standbyUrl: string;
let env: Record<string, string>;

const withApp = (url: string) => `${url}?application_name=${APP}`;

async function post(query: string, variables: Record<string, unknown> = {}): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const response = await fetch(`${serving.server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

/** Statements this application sent to each server while `work` ran. */
async function statementsDuring(work: () => Promise<unknown>): Promise<{ primary: string[]; standby: string[] }> {
  const before = { primary: (await loggedStatements(primary, APP)).length, standby: (await loggedStatements(standby, APP)).length };
  await work();
  return {
    primary: (await loggedStatements(primary, APP)).slice(before.primary),
    standby: (await loggedStatements(standby, APP)).slice(before.standby),
  };
}

/** Waits until the standby has replayed everything the primary has written so far. */
async function replicated(): Promise<void> {
  const p = new pg.Client({ connectionString: primaryUrl });
  const s = new pg.Client({ connectionString: standbyUrl });
  await Promise.all([p.connect(), s.connect()]);
  try {
    const { rows } = await p.query<{ lsn: string }>("SELECT pg_current_wal_lsn()::text AS lsn");
    for (let i = 0; i < 200; i += 1) {
      const caught = await s.query<{ ok: boolean }>("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS ok", [rows[0]?.lsn]);
      if (caught.rows[0]?.ok) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error("standby did not catch up");
  } finally {
    await Promise.all([p.end(), s.end()]);
  }
}

const CREATE_WELL = `mutation($input: CreateWellInput!) {
  createWell(input: $input) { __typename ... on CreateWellSuccess { well { id name wellDepth { value unit } } } }
}`;

beforeAll(async () => {
  primary = await createThrowawayCluster(LOGGING);
  primaryUrl = await prepareClusterDatabase(primary, "ocotillo");
  standby = await primary.createStandby();
  standbyUrl = `postgresql://postgres@127.0.0.1:${standby.port}/ocotillo`;
  env = {
    ...SERVING_TEST_ENV,
    DATABASE_URL: withApp(primaryUrl),
    DATABASE_READ_URL: withApp(standbyUrl),
    DATABASE_POOL_MAX: "3",
    EXECUTOR_THREADS: "1",
    EXECUTOR_POOL_MAX: "2",
    EXECUTOR_MIN_COST: "1000",
  };
  const config = parseConfig(env);
  serving = await runServerProcess(config, withApp(primaryUrl), false, pino({ level: "silent" }));
  // The listener's first LISTEN refreshes the lexicon, and with it the executor thread's (from the
  // standby): let that settle before counting.
  while ((await listeners(primaryUrl)) === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  for (let seen = -1; ;) {
    await new Promise((resolve) => setTimeout(resolve, 400));
    const now = (await loggedStatements(standby, APP)).length;
    if (now === seen) break;
    seen = now;
  }
}, 180_000);

/** Sessions LISTENing on the server (the lexicon listener's connection). */
async function listeners(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE query ILIKE 'LISTEN %'");
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await serving?.stop();
  await standby?.destroy();
  await primary?.destroy();
});

describe("a streaming replica behind DATABASE_READ_URL", () => {
  it("is a real hot standby of the primary", async () => {
    const client = new pg.Client({ connectionString: standbyUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ recovering: boolean }>("SELECT pg_is_in_recovery() AS recovering");
      expect(rows[0]?.recovering).toBe(true);
    } finally {
      await client.end();
    }
  });

  it("runs a mutation on the primary and answers it with what it wrote, then serves the query from the standby", async () => {
    let created: Record<string, unknown> | undefined;
    const write = await statementsDuring(async () => {
      const result = await post(CREATE_WELL, {
        input: { name: "REPLICA-1", releaseStatus: "PUBLIC", location: { latitude: 34.1, longitude: -106.9, releaseStatus: "PUBLIC" }, wellDepth: { value: 120, unit: "FOOT" } },
      });
      expect(result.errors).toBeUndefined();
      created = (result.data?.createWell as { well: Record<string, unknown> }).well;
    });
    expect(created).toMatchObject({ name: "REPLICA-1", wellDepth: { value: 120, unit: "FOOT" } });
    expect(write.standby).toEqual([]);
    expect(write.primary.length).toBeGreaterThan(3);
    expect(write.primary.some((line) => /INSERT INTO/i.test(line))).toBe(true);

    await replicated();
    let read: Record<string, unknown> | null = null;
    const reads = await statementsDuring(async () => {
      const result = await post(`query($id: ID!) { well(id: $id) { id name wellDepth { value unit } } }`, { id: created?.id });
      expect(result.errors).toBeUndefined();
      read = result.data?.well as Record<string, unknown>;
    });
    expect(read).toEqual(created);
    expect(reads.primary).toEqual([]);
    expect(reads.standby.length).toBeGreaterThan(0);
  });

  it("serves a heavy query from the executor thread's pool on the standby", async () => {
    const reads = await statementsDuring(async () => {
      const result = await post(`{ wells(first: 1000) { totalCount edges { node { id name groups { name } } } } }`);
      expect(result.errors).toBeUndefined();
      expect((result.data?.wells as { totalCount: number }).totalCount).toBeGreaterThanOrEqual(1);
    });
    expect(reads.primary).toEqual([]);
    expect(reads.standby.length).toBeGreaterThan(0);
  });

  it("serves the GeoJSON download and the NGWMN documents from the standby", async () => {
    const reads = await statementsDuring(async () => {
      const geojson = await fetch(`${serving.server.url}/geojson/things`);
      expect(geojson.status).toBe(200);
      const body = (await geojson.json()) as { features: { properties: { name: string } }[] };
      expect(body.features.map((f) => f.properties.name)).toContain("REPLICA-1");
      const xml = await fetch(`${serving.server.url}/ngwmn/waterlevels/REPLICA-1`);
      expect(xml.status).toBe(200);
    });
    expect(reads.primary).toEqual([]);
    expect(reads.standby.length).toBe(2);
  });

  it("keeps the lexicon LISTEN on the primary", async () => {
    expect([await listeners(primaryUrl), await listeners(standbyUrl)]).toEqual([1, 0]);
  });

  it("counts both servers in the connection budget", async () => {
    const fits = await budgetCheck(parseConfig(env), primaryUrl);
    expect(fits.ok).toBe(true);
    expect(fits.message).toMatch(/\(primary\): WEB_CONCURRENCY 1 x \(DATABASE_POOL_MAX 3 \+ 1 listener\) = 4 <= max_connections 100/);
    expect(fits.message).toMatch(/\(read replica\): WEB_CONCURRENCY 1 x \(DATABASE_POOL_MAX 3 \+ 2 executor\) = 5 <= max_connections 100/);
    const refused = await budgetCheck(parseConfig({ ...env, DATABASE_POOL_MAX: "10", EXECUTOR_POOL_MAX: "90" }), primaryUrl);
    expect(refused).toMatchObject({ ok: false, needed: 100, budget: 92 });
    expect(refused.message).toMatch(/Connection budget exceeded \(read replica\)/);
  });
});
