/**
 * Serving through PgBouncer in transaction mode (ADR 33): a PgBouncer of the test's own (Debian
 * package) in front of a throwaway cluster, with fewer server connections than the application
 * opens. The application relies on no session state there: no statement_timeout startup
 * parameter (a role setting instead), unnamed statements only, transactions (mutations, imports,
 * COPY-based ingest) each within one server connection, and the lexicon LISTEN straight to the
 * server (DATABASE_DIRECT_URL). The connection budget checks the pooler's client limit.
 */
import pg from "pg";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { parseConfig, type Config } from "../src/config.js";
import { createDatabase, type Database } from "../src/db/createDatabase.js";
import { checkPooledStatementTimeout } from "../src/db/databaseServers.js";
import { evaluateConnectionBudget } from "../src/db/enforceConnectionBudget.js";
import { LISTENER_APPLICATION_NAME } from "../src/domain/vocabulary/lexiconListener.js";
import { executorConnections } from "../src/runtime/executor/startExecutor.js";
import { runServerProcess, type ServingProcess } from "../src/runtime/runServerProcess.js";
import { prepareClusterDatabase, SERVING_TEST_ENV } from "./support/clusterDatabase.js";
import { createThing } from "./support/factories.js";
import { startPgBouncer, type PgBouncer } from "./support/pgbouncer.js";
import { createDeployment, createSensor } from "./support/seriesFactories.js";
import { createThrowawayCluster, type ThrowawayCluster } from "./support/throwawayCluster.js";

/** The start-up check of the connection budget, as the primary runs it (src/runtime/runPrimary.ts). */
const budgetCheck = (config: Config, url: string) => evaluateConnectionBudget(config, url, false, executorConnections(config));

const SERVER_POOL_SIZE = 3;
const STATEMENT_TIMEOUT_MS = 2_000;

let cluster: ThrowawayCluster;
let bouncer: PgBouncer;
let serving: ServingProcess;
let directUrl: string;
let pooledUrl: string;
let pooled: Database;
let env: Record<string, string>;

async function post(path: string, init: RequestInit): Promise<Response> {
  return fetch(`${serving.server.url}${path}`, init);
}

async function graphql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<{ data?: T; errors?: unknown[] }> {
  const response = await post("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: T; errors?: unknown[] };
}

async function onServer<T extends Record<string, unknown>>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: directUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

const CREATE_WELL = `mutation($input: CreateWellInput!) {
  createWell(input: $input) { __typename ... on CreateWellSuccess { well { id name wellDepth { value unit } } } }
}`;

async function createWell(name: string): Promise<{ id: string; name: string; wellDepth: { value: number; unit: string } }> {
  const result = await graphql<{ createWell: { __typename: string; well: { id: string; name: string; wellDepth: { value: number; unit: string } } } }>(CREATE_WELL, {
    input: { name, releaseStatus: "PUBLIC", location: { latitude: 34.2, longitude: -106.8, releaseStatus: "PUBLIC" }, wellDepth: { value: 80, unit: "FOOT" } },
  });
  expect(result.errors).toBeUndefined();
  expect(result.data?.createWell.__typename).toBe("CreateWellSuccess");
  return result.data!.createWell.well;
}

beforeAll(async () => {
  cluster = await createThrowawayCluster({ max_connections: "40" });
  directUrl = await prepareClusterDatabase(cluster, "ocotillo");
  // A transaction pooler keeps no session settings: the statement timeout is the role's.
  await onServer(`ALTER ROLE postgres IN DATABASE ocotillo SET statement_timeout = ${STATEMENT_TIMEOUT_MS}`);
  bouncer = await startPgBouncer(cluster, { poolMode: "transaction", maxClientConn: 60, defaultPoolSize: SERVER_POOL_SIZE });
  pooledUrl = bouncer.urlOf("ocotillo");
  env = {
    ...SERVING_TEST_ENV,
    DATABASE_URL: pooledUrl,
    DATABASE_DIRECT_URL: directUrl,
    DATABASE_POOLER_MAX_CLIENT_CONN: "60",
    DATABASE_POOL_MAX: "8",
    DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
    EXECUTOR_THREADS: "1",
    EXECUTOR_POOL_MAX: "2",
  };
  serving = await runServerProcess(parseConfig(env), pooledUrl, false, pino({ level: "silent" }));
  pooled = createDatabase({ url: pooledUrl, poolMax: 2, acquireTimeoutMs: 10_000, statementTimeoutMs: 0, startupParameters: false });
}, 180_000);

afterAll(async () => {
  await pooled?.close();
  await serving?.stop();
  await bouncer?.stop();
  await cluster?.destroy();
});

describe("PgBouncer in transaction mode", () => {
  it("refuses a statement_timeout startup parameter, so the pooled handles send none and the role's applies", async () => {
    const withParameter = createDatabase({ url: pooledUrl, poolMax: 1, acquireTimeoutMs: 5_000, statementTimeoutMs: 1_000 });
    try {
      await expect(withParameter.prisma.$queryRawUnsafe("SELECT 1")).rejects.toThrow(/unsupported startup parameter/);
    } finally {
      await withParameter.close();
    }
    expect(await checkPooledStatementTimeout(pooledUrl, STATEMENT_TIMEOUT_MS)).toBeNull();
    expect(await checkPooledStatementTimeout(pooledUrl, 15_000)).toMatch(
      /statement_timeout through the pooler is 2000 ms, DATABASE_STATEMENT_TIMEOUT_MS is 15000: .*ALTER ROLE <user> SET statement_timeout = 15000/,
    );
    await expect(pooled.prisma.$queryRawUnsafe(`SELECT pg_sleep(${(STATEMENT_TIMEOUT_MS / 1000) * 2})`)).rejects.toThrow(/statement timeout/);
  });

  it("serves createWell (a transaction) with its own answer and concurrent well pages on fewer server connections than clients", async () => {
    const before = await bouncer.admin<{ database: string; total_xact_count: string }>("SHOW STATS");
    const well = await createWell("BOUNCER-1");
    expect(well).toMatchObject({ name: "BOUNCER-1", wellDepth: { value: 80, unit: "FOOT" } });
    const page = `query($id: ID!) { well(id: $id) { id name wellDepth { value unit } currentLocation { latitude longitude } groups { name } } }`;
    const answers = await Promise.all(Array.from({ length: 16 }, () => graphql(page, { id: well.id })));
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({ well: { ...well, currentLocation: { latitude: 34.2, longitude: -106.8 }, groups: [] } });
    }
    const after = await bouncer.admin<{ database: string; total_xact_count: string }>("SHOW STATS");
    const transactions = (rows: typeof before) => Number(rows.find((r) => r.database === "ocotillo")?.total_xact_count ?? 0);
    expect(transactions(after) - transactions(before)).toBeGreaterThan(16);
    const pools = await bouncer.admin<{ database: string; sv_active: string; sv_idle: string; sv_used: string; cl_active: string }>("SHOW POOLS");
    const pool = pools.find((p) => p.database === "ocotillo");
    expect(Number(pool?.sv_active) + Number(pool?.sv_idle) + Number(pool?.sv_used)).toBeLessThanOrEqual(SERVER_POOL_SIZE);
    expect(Number(pool?.cl_active)).toBeGreaterThan(SERVER_POOL_SIZE);
  });

  it("imports a water-level CSV through the pooler", async () => {
    await createWell("BOUNCER-CSV");
    const csv = [
      "field_staff,well_name_point_id,field_event_date_time,measurement_date_time,sampler,sample_method,mp_height,level_status,depth_to_water_ft,data_quality,water_level_notes",
      "A. Lopez,BOUNCER-CSV,2025-02-15T09:00:00-07:00,2025-02-15T09:30:00-07:00,groundwater team,electric tape,1.5,stable,41.75,approved,",
      "A. Lopez,BOUNCER-CSV,2025-03-15T09:00:00-06:00,2025-03-15T09:20:00-06:00,groundwater team,steel tape,1.5,falling,42.5,provisional,",
    ].join("\n");
    const response = await post("/imports/water-levels", { method: "POST", headers: { "content-type": "text/csv" }, body: csv });
    const answer = (await response.json()) as { status: string; problems: unknown[]; summary: { totalRowsImported: number } };
    expect(answer.problems).toEqual([]);
    expect(answer).toMatchObject({ status: "IMPORTED", summary: { totalRowsImported: 2 } });
    expect(response.status).toBe(201);
  });

  it("streams transducer readings into the COPY-based ingest within one pooled transaction", async () => {
    const well = await createThing(pooled.prisma);
    const sensor = await createSensor(pooled.prisma);
    const deployment = await createDeployment(pooled.prisma, well.id, sensor.id, { installationDate: new Date("2024-01-01") });
    const body = ["timestamp,value", "2024-02-01T00:00:00Z,1.5", "2024-02-01T00:15:00Z,1.6"].join("\n");
    const response = await post(`/imports/transducer-readings?wellId=${well.id}&parameter=groundwater%20level`, {
      method: "POST",
      headers: { "content-type": "text/csv" },
      body,
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ status: "IMPORTED", readingCount: 2, deploymentId: deployment.id });
  });

  it("keeps the lexicon LISTEN on a direct session to the server, not through the pooler", async () => {
    const listening = await onServer<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND query ILIKE 'LISTEN %'",
      [LISTENER_APPLICATION_NAME],
    );
    expect(listening[0]?.n).toBe(1);
    const clients = await bouncer.admin<{ application_name: string }>("SHOW CLIENTS");
    expect(clients.map((c) => c.application_name)).not.toContain(LISTENER_APPLICATION_NAME);
  });

  it("checks the pooled connections against the pooler's client limit and the listeners against the server", async () => {
    const fits = await budgetCheck(parseConfig(env), pooledUrl);
    expect(fits.ok).toBe(true);
    expect(fits.message).toBe(
      "connection budget (pooler): WEB_CONCURRENCY 1 x (DATABASE_POOL_MAX 8 + 2 executor) = 10 <= DATABASE_POOLER_MAX_CLIENT_CONN=60; " +
        "connection budget (primary, direct): WEB_CONCURRENCY 1 x (1 listener) = 1 <= max_connections 40 - superuser_reserved_connections 3 - DATABASE_RESERVED_CONNECTIONS 5 = 32",
    );
    const refused = await budgetCheck(parseConfig({ ...env, WEB_CONCURRENCY: "7" }), pooledUrl);
    expect(refused).toMatchObject({ ok: false, needed: 70, budget: 60 });
    expect(refused.message).toMatch(/^Connection budget exceeded \(pooler\)/);
  });
});
