/**
 * GET /metrics (Prometheus text format): GraphQL request counts and latency per operation and
 * outcome, SQL statements per request, plain HTTP requests per route, pool gauges, event-loop
 * delay, and the bound on distinct operation names.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { parseConfig } from "../src/config.js";
import { executorOffload } from "../src/runtime/executor/executorOffload.js";
import { MAX_OPERATION_NAMES } from "../src/server/metrics.js";
import { startServer, type RunningServer } from "../src/server/createServer.js";
import { createThing } from "./support/factories.js";
import { spawnServer } from "./support/spawnServer.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";
import { startTestExecutor } from "./support/testExecutor.js";
import { startTestServer } from "./support/testServer.js";

let db: TestDatabase;
let server: RunningServer;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

async function post(body: unknown, target = server) {
  const response = await fetch(`${target.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { errors?: unknown[] } };
}

async function scrape(target = server) {
  const response = await fetch(`${target.url}/metrics`);
  expect(response.status).toBe(200);
  return { contentType: response.headers.get("content-type"), text: await response.text() };
}

/** The value of the sample `series` (name plus labels exactly as exposed), or undefined. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe("GET /metrics", () => {
  let wellId: number;
  let statementsPerWellName: number;

  beforeAll(async () => {
    wellId = (await createThing(db.prisma)).id;
    const query = `query WellName($id: ID!) { well(id: $id) { name } }`;
    const before = db.statementCount();
    expect((await post({ query, variables: { id: String(wellId) } })).body.errors).toBeUndefined();
    statementsPerWellName = db.statementCount() - before;
    await post({ query, variables: { id: String(wellId) } });
    await post({ query, variables: { id: "999999" } }); // NOT_FOUND
    await post({ query: "{ apiInfo { __typename } }" }); // anonymous operation
    await post({ query: "query Broken { wells { nope } }" }); // rejected before execution
    await fetch(`${server.url}/ngwmn/waterlevels/NM-NONE`).then((r) => r.text());
    await fetch(`${server.url}/ngwmn/waterlevels/NM-OTHER`).then((r) => r.text());
    await fetch(`${server.url}/no/such/route`).then((r) => r.text());
  });

  it("serves the Prometheus text format", async () => {
    const { contentType, text } = await scrape();
    expect(contentType).toBe("text/plain; version=0.0.4; charset=utf-8");
    expect(text).toContain("# TYPE ocotillo_graphql_requests_total counter");
    expect(text).toContain("# TYPE ocotillo_graphql_request_duration_seconds histogram");
  });

  it("counts GraphQL requests and their latency per operation and outcome", async () => {
    const { text } = await scrape();
    const ok = 'operation="WellName",type="query",outcome="ok"';
    expect(sample(text, `ocotillo_graphql_requests_total{${ok}}`)).toBe(2);
    expect(sample(text, `ocotillo_graphql_request_duration_seconds_count{${ok}}`)).toBe(2);
    expect(sample(text, `ocotillo_graphql_request_duration_seconds_bucket{le="+Inf",${ok}}`)).toBe(2);
    expect(sample(text, `ocotillo_graphql_request_duration_seconds_sum{${ok}}`)).toBeGreaterThan(0);
    expect(sample(text, 'ocotillo_graphql_requests_total{operation="WellName",type="query",outcome="NOT_FOUND"}')).toBe(1);
    expect(sample(text, 'ocotillo_graphql_requests_total{operation="(anonymous)",type="query",outcome="ok"}')).toBe(1);
    expect(sample(text, 'ocotillo_graphql_requests_total{operation="(invalid)",type="unknown",outcome="GRAPHQL_VALIDATION_FAILED"}')).toBe(1);
  });

  it("records SQL statements per GraphQL request", async () => {
    const { text } = await scrape();
    expect(statementsPerWellName).toBeGreaterThan(0);
    // Three WellName requests (two found, one not found), each the same statements.
    expect(sample(text, 'ocotillo_graphql_sql_statements_count{operation="WellName"}')).toBe(3);
    expect(sample(text, 'ocotillo_graphql_sql_statements_sum{operation="WellName"}')).toBe(3 * statementsPerWellName);
    expect(sample(text, 'ocotillo_graphql_sql_statements_sum{operation="(invalid)"}')).toBe(0);
  });

  it("counts plain HTTP requests per route pattern, with their SQL statements", async () => {
    const { text } = await scrape();
    const route = 'route="/ngwmn/waterlevels/:pointId"';
    expect(sample(text, `ocotillo_http_requests_total{method="GET",${route},status="200"}`)).toBe(2);
    expect(sample(text, `ocotillo_http_request_duration_seconds_count{method="GET",${route},status="200"}`)).toBe(2);
    expect(sample(text, `ocotillo_http_sql_statements_sum{${route}}`)).toBe(2);
    expect(sample(text, 'ocotillo_http_requests_total{method="GET",route="unmatched",status="404"}')).toBe(1);
    expect(sample(text, 'ocotillo_http_requests_total{method="POST",route="/graphql",status="200"}')).toBe(4);
    expect(sample(text, 'ocotillo_http_requests_total{method="POST",route="/graphql",status="400"}')).toBe(1);
  });

  it("reports the database pool and the event-loop delay", async () => {
    const { text } = await scrape();
    expect(sample(text, "ocotillo_db_pool_max_connections")).toBe(5);
    expect(sample(text, "ocotillo_db_pool_total_connections")).toBe(db.pool.totalCount);
    expect(sample(text, "ocotillo_db_pool_idle_connections")).toBe(db.pool.idleCount);
    expect(sample(text, "ocotillo_db_pool_in_use_connections")).toBe(0);
    expect(sample(text, "ocotillo_db_pool_waiting_clients")).toBe(0);
    expect(db.pool.totalCount).toBeGreaterThan(0);
    for (const series of [
      'ocotillo_event_loop_delay_seconds{quantile="0.99"}',
      'ocotillo_event_loop_delay_seconds{quantile="max"}',
      "nodejs_eventloop_lag_p99_seconds",
    ]) {
      const value = sample(text, series);
      expect(value, series).toBeGreaterThanOrEqual(0);
      expect(value, series).toBeLessThan(10);
    }
  });

  it("shows requests waiting for a connection while the pool is exhausted", async () => {
    const held = await Promise.all(Array.from({ length: 5 }, () => db.pool.connect()));
    const waiting = db.pool.connect();
    try {
      const { text } = await scrape();
      expect(sample(text, "ocotillo_db_pool_in_use_connections")).toBe(5);
      expect(sample(text, "ocotillo_db_pool_waiting_clients")).toBe(1);
    } finally {
      for (const client of held) client.release();
      (await waiting).release();
    }
  });

  it(`bounds the operation label to ${MAX_OPERATION_NAMES} distinct names`, async () => {
    const fresh = await startTestServer(db);
    try {
      const extra = 7;
      for (let i = 0; i < MAX_OPERATION_NAMES + extra; i += 1) await post({ query: `query Op${i} { __typename }` }, fresh);
      const { text } = await scrape(fresh);
      const named = text.split("\n").filter((l) => /^ocotillo_graphql_requests_total\{operation="Op\d+"/.test(l));
      expect(named).toHaveLength(MAX_OPERATION_NAMES);
      expect(sample(text, 'ocotillo_graphql_requests_total{operation="(other)",type="query",outcome="ok"}')).toBe(extra);
    } finally {
      await fresh.stop();
    }
  });
});

describe("GET /metrics of a multi-process server (WEB_CONCURRENCY=2)", () => {
  it("reports the requests and pools of all workers, whichever worker answers", async () => {
    const spawned = await spawnServer({ DATABASE_URL: db.url, WEB_CONCURRENCY: "2", DATABASE_POOL_MAX: "2" });
    try {
      await spawned.ready();
      const requests = 12;
      for (let i = 0; i < requests; i += 1) {
        const response = await fetch(`${spawned.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", connection: "close" },
          body: JSON.stringify({ query: "query Ping { __typename }" }),
        });
        expect(response.status).toBe(200);
        await response.text();
      }
      for (let scrapes = 0; scrapes < 4; scrapes += 1) {
        const response = await fetch(`${spawned.url}/metrics`, { headers: { connection: "close" } });
        const text = await response.text();
        expect(sample(text, 'ocotillo_graphql_requests_total{operation="Ping",type="query",outcome="ok"}')).toBe(requests);
        expect(sample(text, "ocotillo_db_pool_max_connections")).toBe(4);
      }
    } finally {
      spawned.child.kill("SIGTERM");
      await spawned.exited;
    }
  }, 90_000);
});

describe("GET /metrics with executor threads", () => {
  it("counts operations run on an executor thread, with their SQL statements", async () => {
    const config = parseConfig({ PORT: "0", LOG_LEVEL: "silent", DATABASE_URL: db.url, EXECUTOR_THREADS: "1", EXECUTOR_MIN_COST: "0" });
    const silent = pino({ level: "silent" });
    const pool = await startTestExecutor(db, config);
    const offloading = await startServer({ config, database: db, logger: silent, listenForLexiconChanges: false, offload: executorOffload(pool, 0) });
    try {
      const query = `query Offloaded { wells(first: 3) { totalCount edges { node { name } } } }`;
      const before = db.statementCount();
      for (let i = 0; i < 3; i += 1) expect((await post({ query }, offloading)).body.errors).toBeUndefined();
      // The executor thread has a database handle of its own: this thread sent nothing.
      expect(db.statementCount() - before).toBe(0);
      const { text } = await scrape(offloading);
      expect(sample(text, 'ocotillo_graphql_requests_total{operation="Offloaded",type="query",outcome="ok"}')).toBe(3);
      // A page with its count: one statement per request (ADR 26), counted on the executor thread.
      expect(sample(text, 'ocotillo_graphql_sql_statements_sum{operation="Offloaded"}')).toBe(3);
    } finally {
      await offloading.stop();
      await pool.stop();
    }
  });
});
