/**
 * Hostile input (issue 13): every reproduction of the issue answers a typed 4xx error in JSON,
 * never INTERNAL_SERVER_ERROR, a 5xx, a stack or a path, and never stays unanswered; nothing is
 * written. The executor hand-off and the request deadline are exercised too.
 */
import { gzipSync } from "node:zlib";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ADMIN_CALLER, ANONYMOUS_CALLER } from "../src/auth/caller.js";
import type { Authenticator } from "../src/auth/createAuthenticator.js";
import { parseConfig } from "../src/config.js";
import { jsonProblem, textProblem, timeProblem } from "../src/domain/shared/validation/inputPolicy.js";
import { classifyError } from "../src/errors/classifyError.js";
import { formatError } from "../src/errors/formatError.js";
import { executorOffload } from "../src/runtime/executor/executorOffload.js";
import { ExecutorUnavailableError, type ExecutorPool } from "../src/runtime/executor/executorPool.js";
import type { RunningServer } from "../src/server/createServer.js";
import { createThing, uniqueName } from "./support/factories.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";
import { startTestExecutor } from "./support/testExecutor.js";
import { startTestServer } from "./support/testServer.js";

const ADMIN = "Bearer admin";

/** Admin for "Bearer admin", anonymous without a header. */
const authenticator: Authenticator = {
  mode: "dev",
  authenticate: async (header) =>
    header === ADMIN ? { caller: ADMIN_CALLER, user: { id: "admin", name: "Admin" } } : { caller: ANONYMOUS_CALLER, user: null },
};

interface Answer {
  status: number;
  contentType: string;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[]; error?: { code: string; message: string } } | null;
}

let db: TestDatabase;
let server: RunningServer;
let executor: ExecutorPool;
let wellId: number;

async function send(path: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(`${server.url}${path}`, { ...init, signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  let json: Answer["json"];
  try {
    json = JSON.parse(text) as Answer["json"];
  } catch {
    json = null;
  }
  return { status: response.status, contentType: response.headers.get("content-type") ?? "", text, json };
}

function graphql(body: string | Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
  return send("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

const codes = (answer: Answer) => answer.json?.errors?.map((e) => e.extensions?.code) ?? [answer.json?.error?.code];

/** No stack trace and no file path in an answer. */
function expectClean(answer: Answer): void {
  expect(answer.contentType).toMatch(/json/);
  expect(answer.text).not.toMatch(/\bat [^\s]+ \(|\/work\/|node_modules|\.ts:\d|stacktrace/);
  expect(answer.status).toBeLessThan(500);
}

const cursor = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString("base64url");

beforeAll(async () => {
  db = await createTestDatabase();
  wellId = (await createThing(db.prisma, { thingType: "water well", releaseStatus: "public" })).id;
  const config = parseConfig({ PORT: "0", LOG_LEVEL: "silent", DATABASE_URL: db.url });
  executor = await startTestExecutor(db, config);
  server = await startTestServer(db, {}, { authenticator, offload: executorOffload(executor, 1) });
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await executor?.stop();
  await db?.drop();
});

describe("the input policy", () => {
  it("refuses NUL and unpaired surrogates, nesting beyond the limit, and times outside years 1..9999", () => {
    expect(textProblem("a\u0000b")).toMatch(/NUL/);
    expect(textProblem("a\uD800b")).toMatch(/surrogate/);
    expect(textProblem("a\uDC00")).toMatch(/surrogate/);
    expect(textProblem("emoji \uD83D\uDE00 and ñ")).toBeNull();
    expect(jsonProblem({ a: [1, { b: "x\u0000" }] })).toEqual({ path: ["a", 1, "b"], problem: expect.stringMatching(/NUL/) as string });
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(jsonProblem(deep)?.problem).toMatch(/nested more than 64/);
    expect(timeProblem(new Date("0000-12-31T23:59:59Z"))).not.toBeNull();
    expect(timeProblem(new Date("0001-01-01T00:00:00Z"))).toBeNull();
    expect(timeProblem(new Date(-8.64e15))).not.toBeNull();
  });
});

describe("class 1: a NUL character in a string", () => {
  it.each([
    ["a literal", { query: '{ wells(filter: { nameContains: "a\\u0000" }) { totalCount } }' }, "filter.nameContains"],
    ["a variable", { query: "query($n: String) { wells(filter: { nameContains: $n }) { totalCount } }", variables: { n: "a\u0000" } }, "filter.nameContains"],
    ["wellByName", { query: '{ wellByName(name: "x\\u0000") { id } }' }, "name"],
    ["an unpaired surrogate", { query: "query($n: String!) { wellByName(name: $n) { id } }", variables: { n: "x\uD800" } }, "name"],
  ])("in %s is BAD_USER_INPUT naming the argument (400)", async (_name, body, argument) => {
    const answer = await graphql(body);
    expectClean(answer);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.json?.errors?.[0]?.extensions?.argument).toBe(argument);
    expect(answer.json?.errors?.[0]?.message).toContain(`"${argument}"`);
  });

  it("in a mutation's input changes nothing", async () => {
    const name = uniqueName("nul-group");
    const before = await db.prisma.group.count();
    const answer = await graphql(
      { query: "mutation($i: CreateGroupInput!) { createGroup(input: $i) { __typename } }", variables: { i: { name: `${name}\u0000` } } },
      { authorization: ADMIN },
    );
    expectClean(answer);
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.json?.errors?.[0]?.extensions?.argument).toBe("input.name");
    expect(await db.prisma.group.count()).toBe(before);
  });

  it.each([
    ["/ngwmn/waterlevels/%00", "BAD_USER_INPUT"],
    ["/geojson/things?group=a%00", "BAD_USER_INPUT"],
    ["/ngwmn/waterlevels/%E0%A4%A", "BAD_REQUEST"],
    ["/ngwmn/lithology/%ED%A0%80", "BAD_REQUEST"],
  ])("on GET %s is a JSON 400 %s", async (path, code) => {
    const answer = await send(path);
    expectClean(answer);
    expect(answer.status).toBe(400);
    expect(answer.json?.error?.code).toBe(code);
  });
});

describe("classes 2 and 3: ids, cursors and times beyond what the columns hold", () => {
  it.each([
    ["parameters", `{ parameters(after: "${cursor(["ID ASC", 3_000_000_000])}") { totalCount } }`],
    ["wells", `{ wells(after: "${cursor(["ID ASC", 3_000_000_000])}") { totalCount } }`],
    ["sensors", `{ sensors(after: "${cursor([3_000_000_000])}") { totalCount } }`],
    ["transducerLevels", `{ transducerLevels(wellId: 1, after: "${cursor([new Date(-8.64e15).toISOString(), 1])}") { totalCount } }`],
    ["groundwaterLevels from", '{ groundwaterLevels(wellId: 1, from: "0000-01-01T00:00:00Z") { totalCount } }'],
  ])("%s is BAD_USER_INPUT", async (_name, query) => {
    const answer = await graphql({ query });
    expectClean(answer);
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
  });

  it("a DateTime variable in year 10000 is BAD_USER_INPUT", async () => {
    const answer = await graphql({
      query: "query($t: DateTime) { groundwaterLevels(wellId: 1, to: $t) { totalCount } }",
      variables: { t: "+010000-01-01T00:00:00Z" },
    });
    expectClean(answer);
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
  });

  it("the read-side backstop maps a PostgreSQL data exception (class 22) to BAD_USER_INPUT", async () => {
    const error = await db.prisma.$queryRawUnsafe("SELECT 3000000000::int4").catch((e: unknown) => e);
    expect(classifyError(undefined, error)).toBe("invalid-input");
    expect(formatError({ message: "x", extensions: { code: "INTERNAL_SERVER_ERROR" } }, error).extensions?.code).toBe("BAD_USER_INPUT");
    const pgError = await db.pool.query("SELECT 'a\\x'::bytea, '2020-13-45'::date").catch((e: unknown) => e);
    expect(classifyError(undefined, pgError)).toBe("invalid-input");
  });
});

describe("class 4: caller mistakes Apollo or graphql-js raise", () => {
  it("a persistedQuery that is not an object is BAD_REQUEST", async () => {
    const answer = await graphql({ query: "{ __typename }", extensions: { persistedQuery: "x" } });
    expectClean(answer);
    expect(codes(answer)).not.toContain("INTERNAL_SERVER_ERROR");
    expect(answer.status).toBe(400);
  });

  it("a persisted-query hash that does not match its query is BAD_REQUEST", async () => {
    const answer = await graphql({
      query: "{ __typename }",
      extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
    });
    expectClean(answer);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["BAD_REQUEST"]);
  });

  it("an unknown persisted-query hash is PERSISTED_QUERY_NOT_FOUND", async () => {
    const answer = await graphql({ extensions: { persistedQuery: { version: 1, sha256Hash: "1".repeat(64) } } });
    expectClean(answer);
    expect(codes(answer)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
  });

  it("more than 50 invalid variable values is BAD_USER_INPUT", async () => {
    const answer = await graphql({
      query: "query($f: ThingFilter) { wells(filter: $f) { totalCount } }",
      variables: { f: { ids: Array.from({ length: 60 }, () => true) } },
    });
    expectClean(answer);
    expect(answer.status).toBe(400);
    expect(new Set(codes(answer))).toEqual(new Set(["BAD_USER_INPUT"]));
  });
});

describe("class 5: HTTP errors are JSON with the right status", () => {
  const query = JSON.stringify({ query: "{ __typename }" });
  it.each([
    ["a bogus charset", { "content-type": "application/json; charset=bogus" }, query, 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["a bogus content-encoding", { "content-type": "application/json", "content-encoding": "bogus" }, query, 415, "UNSUPPORTED_MEDIA_TYPE"],
    ["a corrupt gzip body", { "content-type": "application/json", "content-encoding": "gzip" }, Buffer.from("not gzip at all"), 400, "BAD_REQUEST"],
    ["a corrupt deflate body", { "content-type": "application/json", "content-encoding": "deflate" }, Buffer.from("nope"), 400, "BAD_REQUEST"],
    ["a corrupt br body", { "content-type": "application/json", "content-encoding": "br" }, Buffer.from([1, 2, 3, 4, 5]), 400, "BAD_REQUEST"],
    ["a truncated gzip body", { "content-type": "application/json", "content-encoding": "gzip" }, gzipSync(query).subarray(0, 12), 400, "BAD_REQUEST"],
    ["bad JSON", { "content-type": "application/json" }, "{", 400, "BAD_REQUEST"],
  ])("%s on /graphql", async (_name, headers, body, status, code) => {
    const answer = await send("/graphql", { method: "POST", headers, body });
    expectClean(answer);
    expect(answer.status).toBe(status);
    expect(codes(answer)).toEqual([code]);
  });

  it("a bogus content-encoding on a REST route is a JSON problem document", async () => {
    const answer = await send("/imports/water-levels", { method: "POST", headers: { "content-type": "text/csv", "content-encoding": "bogus", authorization: ADMIN }, body: "a,b\n" });
    expectClean(answer);
    expect(answer.status).toBe(415);
    expect(answer.json?.error?.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("an unknown route is a JSON 404", async () => {
    const answer = await send("/no/such/route");
    expect(answer.status).toBe(404);
    expect(answer.json?.error?.code).toBe("NOT_FOUND");
  });
});

describe("class 6: no request stays unanswered", () => {
  it("variables nested 20,000 levels deep are refused before the executor hand-off", async () => {
    const depth = 20_000;
    const body = `{"query":"query($x: JSON){ wells(first: 1000) { edges { node { id } } } }","variables":{"x":${"[".repeat(depth)}${"]".repeat(depth)}}}`;
    const answer = await graphql(body);
    expectClean(answer);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.json?.errors?.[0]?.message).toMatch(/Variable "\$x".*nested more than 64/);
  });

  it("a job that cannot be handed to an executor thread is refused, not left pending", async () => {
    let deep: unknown[] = [];
    for (let i = 0; i < 200_000; i += 1) deep = [deep];
    const job = { method: "POST", headers: {}, search: "", body: { query: "{ __typename }", variables: { x: deep } }, requestId: "r", caller: ANONYMOUS_CALLER, user: null, traceContext: {} };
    await expect(executor.run(job)).rejects.toBeInstanceOf(ExecutorUnavailableError);
    // The pool still serves.
    const answer = await graphql({ query: `{ wells(first: 1000) { edges { node { id } } } }` });
    expect(answer.status).toBe(200);
    expect(wellId).toBeGreaterThan(0);
  });

  it("a request past the server's deadline is answered REQUEST_TIMEOUT", async () => {
    const hurried = await startTestServer(db, { HTTP_REQUEST_TIMEOUT_MS: "300" }, { authenticator });
    const locker = new pg.Client({ connectionString: db.url });
    await locker.connect();
    try {
      await locker.query("BEGIN");
      await locker.query("LOCK TABLE thing IN ACCESS EXCLUSIVE MODE");
      const started = performance.now();
      const response = await fetch(`${hurried.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ wells { totalCount } }" }),
      });
      const json = (await response.json()) as { errors: { extensions: { code: string } }[] };
      expect(performance.now() - started).toBeLessThan(3_000);
      expect(response.status).toBe(503);
      expect(json.errors.map((e) => e.extensions.code)).toEqual(["REQUEST_TIMEOUT"]);
    } finally {
      await locker.query("ROLLBACK");
      await locker.end();
      await hurried.stop();
    }
  });
});
