/**
 * Structured request logs (pino JSON lines, captured through a destination stream): the fields
 * of every GraphQL and plain HTTP request, slow operations at warn level with their SQL
 * statement count, and per-request statement counts that stay exact when requests overlap.
 */
import { Writable } from "node:stream";

import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { parseConfig } from "../src/config.js";
import { startServer, type RunningServer } from "../src/server/createServer.js";
import { createGroupWith, createLocationFor, createThing, uniqueName } from "./support/factories.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";

type LogLine = Record<string, unknown> & { level: number; msg: string; time: number };

/** A server whose log lines land in `lines`. */
async function loggedServer(db: TestDatabase, env: Record<string, string> = {}) {
  const lines: LogLine[] = [];
  let pending = "";
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      pending += chunk.toString("utf8");
      const complete = pending.split("\n");
      pending = complete.pop() ?? "";
      for (const line of complete) if (line.trim()) lines.push(JSON.parse(line) as LogLine);
      callback();
    },
  });
  const logger = pino({ level: "debug", base: { service: "ocotillo-graphql" } }, destination);
  const server = await startServer({
    config: parseConfig({ PORT: "0", ...env }),
    database: db,
    logger,
    listenForLexiconChanges: false,
  });
  return { server, lines };
}

let db: TestDatabase;
let server: RunningServer;
let lines: LogLine[];
let wellId: number;

beforeAll(async () => {
  db = await createTestDatabase({ poolMax: 5 });
  ({ server, lines } = await loggedServer(db));
  const prefix = uniqueName("LOG");
  const ids: number[] = [];
  for (let i = 0; i < 6; i += 1) {
    const well = await createThing(db.prisma, { name: `${prefix}-${i}` });
    await createLocationFor(db.prisma, well.id);
    ids.push(well.id);
  }
  await createGroupWith(db.prisma, ids);
  wellId = ids[0] ?? 0;
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

async function post(body: unknown, requestId: string, target = server) {
  const response = await fetch(`${target.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-request-id": requestId },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

function lineOf(requestId: string, from = lines): LogLine {
  const found = from.filter((l) => l.requestId === requestId && /request$/.test(l.msg));
  expect(found, `one request line for ${requestId}`).toHaveLength(1);
  return found[0] as LogLine;
}

const LIGHT = `query Light($id: ID!) { well(id: $id) { name } }`;
// The page reads its parts in its own statement (ADR 36); the latest sample adds a second one.
const HEAVY = `query Heavy {
  wells(first: 6) {
    totalCount
    edges { node { name groups { name } currentLocation { latitude elevation { value } } purposes screens { top { value } } latestSample { id } } }
  }
}`;

/** SQL statements of one operation run alone (process-wide counter, nothing else running). */
async function statementsAlone(body: unknown): Promise<number> {
  const before = db.statementCount();
  const { body: result } = await post(body, uniqueName("alone"));
  expect(result.errors).toBeUndefined();
  return db.statementCount() - before;
}

describe("GraphQL request log line", () => {
  it("carries requestId, operationName, durationMs, sqlStatements, errorCodes and httpStatus", async () => {
    const expected = await statementsAlone({ query: LIGHT, variables: { id: String(wellId) } });
    await post({ query: LIGHT, variables: { id: String(wellId) } }, "req-ok-1");
    const line = lineOf("req-ok-1");
    expect(line).toEqual(
      expect.objectContaining({
        level: 30,
        msg: "graphql request",
        service: "ocotillo-graphql",
        requestId: "req-ok-1",
        operationName: "Light",
        sqlStatements: expected,
        errorCodes: [],
        httpStatus: 200,
      }),
    );
    expect(expected).toBeGreaterThan(0);
    expect(typeof line.durationMs).toBe("number");
    expect(line.durationMs as number).toBeGreaterThanOrEqual(0);
  });

  it("lists the error codes of a failed operation and the HTTP status of a rejected one", async () => {
    await post({ query: LIGHT, variables: { id: "999999" } }, "req-missing");
    expect(lineOf("req-missing")).toEqual(
      expect.objectContaining({ operationName: "Light", errorCodes: ["NOT_FOUND"], httpStatus: 200, sqlStatements: 1 }),
    );
    const rejected = await post({ query: "query Broken { wells { nope } }" }, "req-invalid");
    expect(rejected.status).toBe(400);
    expect(lineOf("req-invalid")).toEqual(
      expect.objectContaining({ errorCodes: ["GRAPHQL_VALIDATION_FAILED"], httpStatus: 400, sqlStatements: 0 }),
    );
  });

  it("gives each of many overlapping requests its own exact SQL statement count", async () => {
    const light = await statementsAlone({ query: LIGHT, variables: { id: String(wellId) } });
    const heavy = await statementsAlone({ query: HEAVY });
    expect(heavy).toBeGreaterThan(light);

    const runs = Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? "light" : "heavy"));
    await Promise.all(
      runs.map((kind, i) =>
        post(kind === "light" ? { query: LIGHT, variables: { id: String(wellId) } } : { query: HEAVY }, `conc-${kind}-${i}`),
      ),
    );
    const logged = runs.map((kind, i) => ({ kind, line: lineOf(`conc-${kind}-${i}`) }));
    expect(logged.map(({ kind, line }) => [kind, line.sqlStatements])).toEqual(runs.map((kind) => [kind, kind === "light" ? light : heavy]));

    // The requests really overlapped: some light request ran while a heavy one was running.
    const spans = logged.map(({ kind, line }) => ({ kind, end: line.time, start: line.time - (line.durationMs as number) }));
    const overlapping = spans.some((a) => a.kind === "light" && spans.some((b) => b.kind === "heavy" && a.start < b.end && b.start < a.end));
    expect(overlapping).toBe(true);
  });
});

describe("slow operations", () => {
  it("are logged at warn level with their SQL statement count (SLOW_OPERATION_MS)", async () => {
    const { server: strict, lines: strictLines } = await loggedServer(db, { SLOW_OPERATION_MS: "0" });
    try {
      const expected = await statementsAlone({ query: HEAVY });
      await post({ query: HEAVY }, "req-slow", strict);
      expect(lineOf("req-slow", strictLines)).toEqual(
        expect.objectContaining({
          level: 40,
          msg: "slow graphql request",
          operationName: "Heavy",
          sqlStatements: expected,
          slowOperationMs: 0,
          errorCodes: [],
        }),
      );
    } finally {
      await strict.stop();
    }
  });

  it("stay at info level below the threshold (default 500 ms)", async () => {
    await post({ query: LIGHT, variables: { id: String(wellId) } }, "req-fast");
    expect(lineOf("req-fast")).toEqual(expect.objectContaining({ level: 30, msg: "graphql request" }));
  });
});

describe("plain HTTP request log line", () => {
  it("carries requestId, route, status, durationMs and sqlStatements, and echoes the request id", async () => {
    const response = await fetch(`${server.url}/ngwmn/lithology/NM-NONE`, { headers: { "x-request-id": "req-xml-1" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req-xml-1");
    await response.text();
    await new Promise((r) => setTimeout(r, 20));
    expect(lineOf("req-xml-1")).toEqual(
      expect.objectContaining({
        level: 30,
        msg: "http request",
        requestId: "req-xml-1",
        method: "GET",
        route: "/ngwmn/lithology/:pointId",
        path: "/ngwmn/lithology/NM-NONE",
        status: 200,
        sqlStatements: 1,
      }),
    );
  });

  it("replaces an unsafe request id and logs polling routes at debug level", async () => {
    const response = await fetch(`${server.url}/health`, { headers: { "x-request-id": "bad id with spaces" } });
    await response.text();
    const id = response.headers.get("x-request-id") ?? "";
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    await new Promise((r) => setTimeout(r, 20));
    expect(lineOf(id)).toEqual(expect.objectContaining({ level: 20, route: "/health", status: 200 }));
  });
});
