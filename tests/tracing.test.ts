/**
 * OpenTelemetry tracing (ADR 34): spans exported to an in-memory exporter for the serving thread,
 * and over OTLP/HTTP (JSON) to a receiver of the test's own for an executor thread, whose spans
 * must join the trace of the request that handed the operation off.
 */
import { readdir, readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";

import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { parseConfig } from "../src/config.js";
import { executorOffload } from "../src/runtime/executor/executorOffload.js";
import type { ExecutorPool } from "../src/runtime/executor/executorPool.js";
import type { RunningServer } from "../src/server/createServer.js";
import { startTracing, type Tracing } from "../src/tracing/startTracing.js";
import { createThing } from "./support/factories.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";
import { startTestExecutor } from "./support/testExecutor.js";
import { startTestServer } from "./support/testServer.js";

const exporter = new InMemorySpanExporter();
let db: TestDatabase;
let tracing: Tracing;
let server: RunningServer;
let executor: ExecutorPool;
let receiver: http.Server;
const received: { traceId: string; spanId: string; parentSpanId?: string; name: string }[] = [];

const hex = (length: number) => Array.from({ length }, () => Math.floor(Math.random() * 16).toString(16)).join("");

async function post(body: unknown, headers: Record<string, string>): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

/** The finished spans of a trace, once its HTTP server span has ended. */
async function traceOf(traceId: string): Promise<ReadableSpan[]> {
  for (let i = 0; i < 100; i += 1) {
    const spans = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
    if (spans.some((s) => s.kind === SpanKind.SERVER)) return spans;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no finished request span in trace ${traceId}`);
}

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;

beforeAll(async () => {
  db = await createTestDatabase();
  receiver = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const payload = JSON.parse(body) as { resourceSpans: { scopeSpans: { spans: (typeof received)[number][] }[] }[] };
      for (const resource of payload.resourceSpans) for (const scope of resource.scopeSpans) received.push(...scope.spans);
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  const config = parseConfig({
    PORT: "0",
    LOG_LEVEL: "silent",
    DATABASE_URL: db.url,
    OTEL_TRACES_EXPORTER: "otlp",
    OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
  });
  // The serving thread exports to memory; the executor thread, built from the configuration, over OTLP.
  tracing = (await startTracing(config.tracing, { exporter }))!;
  executor = await startTestExecutor(db, config);
  server = await startTestServer(db, {}, { tracer: tracing.tracer, offload: executorOffload(executor, 1_000) });
});

afterAll(async () => {
  await server?.stop();
  await executor?.stop(0);
  await tracing?.shutdown();
  await new Promise((resolve) => receiver?.close(resolve));
  await db?.drop();
});

describe("spans of a request", () => {
  it("traces an HTTP request, its GraphQL operation, resolvers and SQL statements in the caller's trace", async () => {
    const well = await createThing(db.prisma);
    const traceId = hex(32);
    const callerSpanId = hex(16);
    const { status, json } = await post(
      { query: `query WellPage($id: ID!) { well(id: $id) { id name groups { name } groundwaterLevels { totalCount } } }`, operationName: "WellPage", variables: { id: String(well.id) } },
      { "x-request-id": "trace-test-1", traceparent: `00-${traceId}-${callerSpanId}-01` },
    );
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    const spans = await traceOf(traceId);

    const request = spans.find((s) => s.kind === SpanKind.SERVER)!;
    expect(request.name).toBe("POST /graphql");
    expect(parentOf(request)).toBe(callerSpanId);
    expect(request.attributes).toMatchObject({ "ocotillo.request_id": "trace-test-1", "http.route": "/graphql", "http.response.status_code": 200 });

    const operation = spans.find((s) => s.name === "query WellPage")!;
    expect(parentOf(operation)).toBe(request.spanContext().spanId);
    expect(operation.attributes).toMatchObject({
      "graphql.operation.name": "WellPage",
      "graphql.operation.type": "query",
      "ocotillo.request_id": "trace-test-1",
    });
    expect(operation.status.code).toBe(SpanStatusCode.UNSET);

    const resolvers = spans.filter((s) => s.name.startsWith("graphql.resolve "));
    expect(resolvers.map((s) => s.name)).toContain("graphql.resolve Query.well");
    for (const resolver of resolvers) expect(parentOf(resolver)).toBe(operation.spanContext().spanId);

    // Prisma's instrumentation: an operation span and a span per SQL statement, in the request's trace.
    const statements = spans.filter((s) => s.name === "prisma:client:db_query");
    expect(statements.length).toBeGreaterThanOrEqual(2);
    expect(statements.every((s) => /SELECT/.test(String(s.attributes["db.query.text"])))).toBe(true);
    const ids = new Set(spans.map((s) => s.spanContext().spanId));
    for (const span of spans.filter((s) => s.name.startsWith("prisma:"))) expect(ids.has(parentOf(span) ?? "")).toBe(true);
  });

  it("records the operation's error codes and error status", async () => {
    const traceId = hex(32);
    await post({ query: `query Missing { well(id: "99999999") { id } }` }, { traceparent: `00-${traceId}-${hex(16)}-01` });
    const operation = (await traceOf(traceId)).find((s) => s.name === "query Missing")!;
    expect(operation.attributes["graphql.error_codes"]).toEqual(["NOT_FOUND"]);
    expect(operation.status.code).toBe(SpanStatusCode.ERROR);
  });

  it("records nothing for a caller's trace that is not sampled", async () => {
    const traceId = hex(32);
    const { status } = await post({ query: `{ wells(first: 2) { totalCount } }` }, { traceparent: `00-${traceId}-${hex(16)}-00` });
    expect(status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId)).toEqual([]);
  });

  it("joins an executor thread's operation and SQL spans to the trace of the request that handed it off", async () => {
    const traceId = hex(32);
    const { status, json } = await post(
      { query: `query Heavy { wells(first: 1000) { totalCount edges { node { id name groups { name } } } } }`, operationName: "Heavy" },
      { traceparent: `00-${traceId}-${hex(16)}-01` },
    );
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    const request = (await traceOf(traceId)).find((s) => s.kind === SpanKind.SERVER)!;
    // The serving thread ran no operation of its own; the executor exports its spans when it stops.
    await executor.stop(1_000);
    const joined = received.filter((s) => s.traceId === traceId);
    const operation = joined.find((s) => s.name === "query Heavy");
    expect(operation?.parentSpanId).toBe(request.spanContext().spanId);
    expect(joined.filter((s) => s.name.startsWith("prisma:")).length).toBeGreaterThan(0);
  });
});

describe("tracing off (the default)", () => {
  it("parses the standard OTEL_* variables and is off unless an exporter is named", () => {
    expect(parseConfig({}).tracing.exporter).toBe("none");
    expect(parseConfig({ OTEL_TRACES_EXPORTER: "otlp", OTEL_SDK_DISABLED: "true" }).tracing.exporter).toBe("none");
    expect(parseConfig({
      OTEL_TRACES_EXPORTER: "otlp",
      OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318/",
      OTEL_SERVICE_NAME: "ocotillo-api",
      OTEL_TRACES_SAMPLER: "parentbased_traceidratio",
      OTEL_TRACES_SAMPLER_ARG: "0.25",
    }).tracing).toEqual({
      exporter: "otlp",
      serviceName: "ocotillo-api",
      otlpTracesEndpoint: "http://collector:4318/v1/traces",
      sampler: "parentbased_traceidratio",
      samplerRatio: 0.25,
    });
  });

  it("starts nothing, and only startTracing.ts loads the SDK, by dynamic import", async () => {
    expect(await startTracing(parseConfig({}).tracing)).toBeNull();
    const sdk = /["'](@opentelemetry\/(sdk-|exporter-|instrumentation|resources)[^"']*|@prisma\/instrumentation)["']/;
    const offenders: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) await walk(path);
        else if (/\.(ts|mjs)$/.test(entry.name)) {
          for (const line of (await readFile(path, "utf8")).split("\n")) {
            if (sdk.test(line) && !(path.endsWith(join("tracing", "startTracing.ts")) && /import\(|^import type /.test(line.trim()))) offenders.push(`${path}: ${line.trim()}`);
          }
        }
      }
    };
    await walk(new URL("../src", import.meta.url).pathname);
    expect(offenders).toEqual([]);
  });
});
