/**
 * Messages between the serving thread and its executor threads (structured-clone safe).
 *
 * Contract: the serving thread sends `run` jobs, `lexicon-changed` notices and finally `stop`
 * (the executor closes its server and pool, then its thread ends); an executor answers
 * every `run` with exactly one `answer` or `failure` carrying the job's id, and sends `ready` once
 * after start-up (or `start-failed`). Answer bodies are the exact bytes of the HTTP response body
 * (UTF-8 JSON), transferred, not copied.
 */
import type { Caller } from "../../auth/caller.js";
import type { Config, TracingConfig } from "../../config.js";
import type { ContextUser } from "../../context.js";
import type { QueryLimits } from "../../defaultQueryLimits.js";

/** What an executor thread needs to build its own database handle and GraphQL server. */
export interface ExecutorSettings {
  databaseUrl: string;
  /** Connections of the executor's own pool. */
  poolMax: number;
  acquireTimeoutMs: number;
  statementTimeoutMs: number;
  /** Whether session settings go as startup parameters (false behind a transaction pooler). */
  startupParameters: boolean;
  introspection: boolean;
  slowOperationMs: number;
  limits: QueryLimits;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** Nice value the thread gives itself (Linux; 0 = unchanged): heavy work yields the CPU to the serving thread. */
  niceness: number;
  /** The process's tracing settings: the thread exports its own spans (src/tracing). */
  tracing: TracingConfig;
  /** Asset storage, for `Asset.url` (none: assets have no URL in offloaded operations). */
  assets?: Config["assets"];
}

/** A GraphQL request over HTTP, as the serving thread received it (body already parsed). */
export interface ExecutorJob {
  id: number;
  method: string;
  /** Request headers (lower-case names), single values. */
  headers: Record<string, string>;
  /** The query string after `?` ("" for none). */
  search: string;
  body: unknown;
  requestId: string;
  caller: Caller;
  user: ContextUser | null;
  /** The request's trace context (W3C `traceparent`/`tracestate`; empty when tracing is off): the thread's spans join it. */
  traceContext: Record<string, string>;
}

/** What the serving thread records about an operation an executor ran (metrics). */
export interface OperationTelemetry {
  operationName: string | null;
  /** query, mutation, subscription, or null when no operation was resolved. */
  operationType: string | null;
  /** Error codes of the response, in order. */
  errorCodes: string[];
  durationSeconds: number;
  sqlStatements: number;
}

export interface ExecutorAnswer {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
  telemetry: OperationTelemetry;
}

export type ToExecutor = { type: "run"; job: ExecutorJob } | { type: "lexicon-changed" } | { type: "stop" };

export type FromExecutor =
  | { type: "ready" }
  | { type: "start-failed"; message: string }
  | { type: "answer"; id: number; answer: ExecutorAnswer }
  | { type: "failure"; id: number; message: string };
