/**
 * Sends seeded hostile requests (fuzzRequests.ts) to a running server and counts every failure
 * kind of issue 13: INTERNAL_SERVER_ERROR answers, HTTP 5xx, stacks or file paths in an answer,
 * error answers that are not JSON, requests never answered (within `timeoutMs`), and mutations
 * answered with data for a caller that may not write.
 *
 * Contract: request `i` of seed `s` is the same whatever the concurrency (each has its own random
 * source), so a run cut short by `budgetMs` sent a prefix of the full sequence; the report keeps up to `maxExamples` failing requests with an excerpt of their answer.
 */
import { buildClientSchema, getIntrospectionQuery, type GraphQLSchema, type IntrospectionQuery } from "graphql";

import { generateRequest, Random, type FuzzCaller, type FuzzRequest } from "./fuzzRequests.js";

export interface FuzzOptions {
  url: string;
  seed: number;
  requests: number;
  concurrency: number;
  callers: readonly FuzzCaller[];
  /** Stop sending (after the requests in flight) once this much time has passed; the run is then a prefix of the sequence. */
  budgetMs?: number;
  /** A request not answered within this is counted as unanswered (default 30 s). */
  timeoutMs?: number;
  maxExamples?: number;
  /** Called after every answer with the report so far. */
  onProgress?: (partial: FuzzReport) => void;
}

export type FailureKind = "internal" | "serverError" | "leak" | "notJson" | "unanswered" | "unauthorizedWrite";

export interface FuzzReport {
  requests: number;
  durationMs: number;
  failures: Record<FailureKind, number>;
  statuses: Record<string, number>;
  codes: Record<string, number>;
  examples: { kind: FailureKind; label: string; status: number | null; excerpt: string; body: string }[];
  /** Answer times: median, 99th percentile, maximum, and the slowest requests' labels. */
  latencyMs: { p50: number; p99: number; max: number; slowest: string[] };
}

/** A stack frame, a source file position or an absolute path of this machine. */
const LEAK = /\n\s+at |\bat [\w.<>$]+ \(|\.(?:ts|js|mjs|cjs):\d+|\/work\/|\/home\/|\/usr\/|node_modules|file:\/\/|"stacktrace"/;

export async function introspect(url: string): Promise<GraphQLSchema> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: getIntrospectionQuery() }),
  });
  const json = (await response.json()) as { data?: IntrospectionQuery; errors?: unknown };
  if (!json.data) throw new Error(`introspection failed: ${JSON.stringify(json.errors)}`);
  return buildClientSchema(json.data);
}

function bump(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

interface Answer {
  status: number;
  contentType: string;
  text: string;
}

async function send(url: string, request: FuzzRequest, timeoutMs: number): Promise<Answer | null> {
  try {
    const response = await fetch(`${url}${request.path}`, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: typeof request.body === "string" ? request.body : new Uint8Array(request.body) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, contentType: response.headers.get("content-type") ?? "", text: await response.text() };
  } catch {
    return null;
  }
}

function failuresOf(request: FuzzRequest, caller: FuzzCaller, answer: Answer | null, codes: Record<string, number>): FailureKind[] {
  if (!answer) return ["unanswered"];
  const kinds: FailureKind[] = [];
  if (answer.status >= 500) kinds.push("serverError");
  if (answer.text.includes("INTERNAL_SERVER_ERROR")) kinds.push("internal");
  if (LEAK.test(answer.text)) kinds.push("leak");
  if (answer.status >= 400 && !answer.contentType.includes("json")) kinds.push("notJson");
  if (answer.contentType.includes("json")) {
    try {
      const json = JSON.parse(answer.text) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[]; error?: { code?: string } };
      for (const error of json.errors ?? []) bump(codes, error.extensions?.code ?? "(none)");
      if (json.error?.code) bump(codes, json.error.code);
      if (request.mutation && !caller.mayWrite && !caller.mayAlsoCall?.includes(request.field ?? "") && json.data && Object.values(json.data).some((v) => v !== null)) kinds.push("unauthorizedWrite");
    } catch {
      // not JSON after all: counted by notJson when it is an error
    }
  }
  return kinds;
}

export async function runFuzz(schema: GraphQLSchema, options: FuzzOptions): Promise<FuzzReport> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxExamples = options.maxExamples ?? 20;
  const report: FuzzReport = {
    requests: 0,
    durationMs: 0,
    failures: { internal: 0, serverError: 0, leak: 0, notJson: 0, unanswered: 0, unauthorizedWrite: 0 },
    statuses: {},
    codes: {},
    examples: [],
    latencyMs: { p50: 0, p99: 0, max: 0, slowest: [] },
  };
  const times: { ms: number; label: string }[] = [];
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < options.requests && (options.budgetMs === undefined || performance.now() - started < options.budgetMs)) {
      const index = next++;
      const rng = new Random((options.seed * 1_000_003 + index) >>> 0);
      const caller = rng.pick(options.callers);
      const request = generateRequest(schema, rng, caller);
      const sent = performance.now();
      const answer = await send(options.url, request, timeoutMs);
      times.push({ ms: performance.now() - sent, label: request.label });
      report.requests += 1;
      bump(report.statuses, answer ? String(answer.status) : "none");
      for (const kind of failuresOf(request, caller, answer, report.codes)) {
        report.failures[kind] += 1;
        if (report.examples.length < maxExamples) {
          const body = typeof request.body === "string" ? request.body.slice(0, 400) : `<${request.body?.length ?? 0} bytes>`;
          report.examples.push({ kind, label: `${request.label} as ${caller.name} (#${index})`, status: answer?.status ?? null, excerpt: answer?.text.slice(0, 300) ?? "", body });
        }
      }
      options.onProgress?.(report);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, () => worker()));
  report.durationMs = Math.round(performance.now() - started);
  times.sort((a, b) => a.ms - b.ms);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]?.ms ?? 0);
  report.latencyMs = { p50: at(0.5), p99: at(0.99), max: at(1), slowest: times.slice(-5).map((t) => `${t.label} ${Math.round(t.ms)} ms`) };
  return report;
}

/** Rows per table of the public schema (exact counts), to show that refused writes changed nothing. */
export const ROW_COUNTS_SQL = `
  SELECT table_name AS name,
         (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I', table_name), false, true, '')))[1]::text::bigint AS rows
  FROM information_schema.tables
  WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_prisma%'
  ORDER BY table_name`;
