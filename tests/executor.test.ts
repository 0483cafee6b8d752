/**
 * Executor threads (src/runtime/executor): heavy queries run off the serving thread and are answered
 * exactly as the serving thread would answer them; light queries and mutations stay; lexicon
 * changes reach the executor; the weight that routes them.
 */
import { parse, getOperationAST, type GraphQLSchema } from "graphql";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { parseConfig } from "../src/config.js";
import { LexiconCache } from "../src/domain/vocabulary/lexiconCache.js";
import { executorOffload } from "../src/runtime/executor/executorOffload.js";
import type { ExecutorPool } from "../src/runtime/executor/executorPool.js";
import { operationWeight } from "../src/runtime/executor/operationWeight.js";
import { loadSchemaDefinition } from "../src/schema/loadTypeDefs.js";
import { startServer, type RunningServer } from "../src/server/createServer.js";
import { uniqueName } from "./support/factories.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";
import { startTestExecutor } from "./support/testExecutor.js";

const silent = pino({ level: "silent" });
const WELLS = 600;
/** Operations of at least this weight run on the executor in these tests. */
const MIN_COST = 200;

let db: TestDatabase;
let plain: RunningServer;
let offloading: RunningServer;
let executor: ExecutorPool;
let lexicon: LexiconCache;
let prefix: string;

beforeAll(async () => {
  db = await createTestDatabase();
  prefix = uniqueName("EXEC");
  await db.pool.query(
    `INSERT INTO thing (name, thing_type, well_depth, release_status)
     SELECT $1 || '-' || lpad(i::text, 4, '0'), 'water well', 100 + i, 'public' FROM generate_series(1, $2::int) AS i`,
    [prefix, WELLS],
  );
  const config = parseConfig({ PORT: "0", LOG_LEVEL: "silent", DATABASE_URL: db.url });
  expect(config.executor.threads).toBe(1);
  executor = await startTestExecutor(db, config);
  lexicon = await LexiconCache.load(db.prisma);
  plain = await startServer({ config, database: db, logger: silent, listenForLexiconChanges: false });
  offloading = await startServer({
    config,
    database: db,
    logger: silent,
    lexicon,
    listenForLexiconChanges: false,
    offload: executorOffload(executor, MIN_COST),
  });
}, 120_000);

afterAll(async () => {
  await offloading?.stop();
  await plain?.stop();
  await executor?.stop();
  await db?.drop();
});

interface Answer {
  status: number;
  contentType: string | null;
  cacheControl: string | null;
  text: string;
}

async function post(server: RunningServer, body: unknown, requestId = "exec-test"): Promise<Answer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-request-id": requestId },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    contentType: response.headers.get("content-type"),
    cacheControl: response.headers.get("cache-control"),
    text: await response.text(),
  };
}

/** Posts to both servers; returns both answers and how many jobs the executor answered meanwhile. */
async function both(body: unknown): Promise<{ onThread: Answer; offloaded: Answer; executed: number }> {
  const onThread = await post(plain, body);
  const before = executor.answered;
  const offloaded = await post(offloading, body);
  return { onThread, offloaded, executed: executor.answered - before };
}

const LIST = `query List($name: String!) {
  wells(first: 1000, filter: { nameContains: $name }) {
    totalCount
    edges { cursor node { id name thingType wellDepth { value unit } groups { name } } }
  }
}`;

describe("heavy queries on the executor", () => {
  it("answers a 600-well list on the executor with the bytes, status and headers of the serving thread", async () => {
    const { onThread, offloaded, executed } = await both({ query: LIST, variables: { name: prefix } });
    expect(executed).toBe(1);
    expect(offloaded).toEqual(onThread);
    expect(offloaded.status).toBe(200);
    expect(offloaded.cacheControl).toBe("no-store");
    const body = JSON.parse(offloaded.text) as { data: { wells: { totalCount: number; edges: { node: { name: string } }[] } } };
    expect(body.data.wells.totalCount).toBe(WELLS);
    expect(body.data.wells.edges.map((e) => e.node.name)[WELLS - 1]).toBe(`${prefix}-0${WELLS}`);
    // Larger than one slice of the chunked writer.
    expect(Buffer.byteLength(offloaded.text)).toBeGreaterThan(64 * 1024);
  });

  it("answers errors of an offloaded query exactly as the serving thread does", async () => {
    const query = `{ wells(first: 500) { edges { node { id } } } well(id: "99999999") { id } }`;
    const { onThread, offloaded, executed } = await both({ query });
    expect(executed).toBe(1);
    expect(offloaded).toEqual(onThread);
    const body = JSON.parse(offloaded.text) as { errors: { extensions: { code: string; requestId: string } }[] };
    expect(body.errors.map((e) => [e.extensions.code, e.extensions.requestId])).toEqual([["NOT_FOUND", "exec-test"]]);
  });

  it("refuses a query over the cost limit on the executor with the same 400 answer", async () => {
    const query = `{ wells(first: 1000) { edges { node { groups { things(first: 1000) { edges { node { id } } } } } } } }`;
    const { onThread, offloaded, executed } = await both({ query });
    expect(executed).toBe(1);
    // Under vitest the serving thread's Apollo and the limit rule load two builds of graphql-js
    // (CommonJS and ESM; see queryCost.ts), and Apollo then drops the error's `locations`; the
    // executor thread, like a production server, keeps them. Everything else is identical.
    const withoutLocations = (answer: Answer) => {
      const body = JSON.parse(answer.text) as { errors: Record<string, unknown>[] };
      for (const error of body.errors) delete error.locations;
      return { ...answer, text: body };
    };
    expect(withoutLocations(offloaded)).toEqual(withoutLocations(onThread));
    expect(offloaded.status).toBe(400);
    expect(offloaded.text).toContain('"limit":"maxCost"');
    expect(offloaded.text).toContain('"locations":[{"line":1,"column":1}]');
  });
});

describe("what stays on the serving thread", () => {
  it("keeps a light query (weight below EXECUTOR_MIN_COST) on the serving thread", async () => {
    const { onThread, offloaded, executed } = await both({ query: `{ wells(first: 5) { edges { node { id } } } }` });
    expect(executed).toBe(0);
    expect(offloaded).toEqual(onThread);
  });

  it("never offloads a mutation, whatever its weight", async () => {
    const mutation = `mutation { createLexiconTerm(input: { term: "x", definition: "", categories: ["well_purpose"] }) { __typename } }`;
    const { onThread, offloaded, executed } = await both({ query: mutation });
    expect(executed).toBe(0);
    expect(offloaded).toEqual(onThread);
  });

  it("leaves documents that do not parse to Apollo", async () => {
    const { onThread, offloaded, executed } = await both({ query: "{ wells(first: 1000) { " });
    expect(executed).toBe(0);
    expect(offloaded).toEqual(onThread);
    expect(offloaded.status).toBe(400);
  });
});

describe("lexicon changes", () => {
  it("reach the executor: a new sensor_type term is accepted by an offloaded query once the serving thread's cache refreshed", async () => {
    const term = uniqueName("Bench sensor");
    const query = `query S($type: SensorType!) { sensors(first: 500, filter: { sensorType: $type }) { edges { node { id } } } }`;
    const before = JSON.parse((await post(offloading, { query, variables: { type: term } })).text) as {
      errors?: { extensions: { code: string } }[];
    };
    expect(before.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");

    await db.pool.query(
      `WITH t AS (INSERT INTO lexicon_term (term, definition) VALUES ($1, '') RETURNING id)
       INSERT INTO lexicon_term_category_association (term_id, category_id)
       SELECT t.id, c.id FROM t, lexicon_category c WHERE c.name = 'sensor_type'`,
      [term],
    );
    await lexicon.refresh();
    let answer: { data?: unknown; errors?: unknown[] } = {};
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const beforeJobs = executor.answered;
      answer = JSON.parse((await post(offloading, { query, variables: { type: term } })).text) as typeof answer;
      expect(executor.answered - beforeJobs).toBe(1);
      if (!answer.errors) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(answer).toEqual({ data: { sensors: { edges: [] } } });
  });
});

describe("operationWeight", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await loadSchemaDefinition();
  });
  const weigh = (query: string, variables: Record<string, unknown> = {}) => {
    const document = parse(query);
    const operation = getOperationAST(document);
    if (!operation) throw new Error("no operation");
    return operationWeight(schema, document, operation, variables);
  };

  it("counts the values a hydrograph may return: 2 × maxPoints, or 2 × the point limit without it", () => {
    const series = "{ hydrograph(wellId: 1) { continuous { columns } } }";
    const objects = weigh("{ hydrograph(wellId: 1, maxPoints: 2) { continuous { columns } } }") - 4;
    expect(weigh(series)).toBe(objects + 400_000);
    expect(weigh("query H($n: Int) { hydrograph(wellId: 1, maxPoints: $n) { continuous { columns } } }", { n: 500 })).toBe(objects + 1_000);
  });

  it("counts thingsGeoJSON as its feature limit and lists by their page size", () => {
    expect(weigh("{ thingsGeoJSON }")).toBe(50_000);
    expect(weigh("{ wells(first: 1000) { edges { node { id } } } }")).toBe(weigh("{ wells(first: 10) { edges { node { id } } } }") * 100 - 99);
  });
});
