/**
 * Prometheus metrics of one server (prom-client, a registry of its own per server, so several
 * servers in one process never share series).
 *
 * Series (all durations in seconds):
 * - `ocotillo_graphql_requests_total` / `ocotillo_graphql_request_duration_seconds`
 *   {operation, type, outcome}: every GraphQL request, including those run on executor threads
 *   (recorded from their telemetry through `observeGraphql`). `operation` is the operation name
 *   ("(anonymous)" for an unnamed one, "(invalid)" when no operation was resolved, "(other)"
 *   once `MAX_OPERATION_NAMES` distinct names have been seen, so clients cannot grow the series
 *   without bound); `type` is query, mutation or subscription ("unknown" when unresolved);
 *   `outcome` is "ok" or the first error's code (errors returned as data are "ok").
 * - `ocotillo_graphql_sql_statements` {operation}: SQL statements per GraphQL request.
 * - `ocotillo_http_requests_total` / `ocotillo_http_request_duration_seconds`
 *   {method, route, status}: every HTTP request; `route` is the matched route pattern.
 * - `ocotillo_http_sql_statements` {route}: SQL statements per plain HTTP request (not /graphql).
 * - `ocotillo_db_pool_{max,total,idle,in_use}_connections`, `ocotillo_db_pool_waiting_clients`:
 *   the pg pool, read at scrape time.
 * - `ocotillo_event_loop_delay_seconds` {quantile = 0.5 | 0.99 | max}: event-loop delay over the
 *   last window of `EventLoopMonitor`; prom-client's default `nodejs_*` / `process_*` metrics
 *   (including `nodejs_eventloop_lag_*_seconds`, per scrape interval) come with it.
 * With several server processes, GET /metrics reports all of them together (clusterMetrics.ts).
 */
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from "@apollo/server";
import type pg from "pg";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

import type { Context } from "../context.js";
import { currentStatementTally } from "../db/statementCounter.js";
import { shareWithCluster } from "./clusterMetrics.js";
import type { EventLoopMonitor } from "./eventLoopMonitor.js";
import { operationErrorCode } from "../errors/formatError.js";

/** Distinct operation names tracked before further names are counted as "(other)". */
export const MAX_OPERATION_NAMES = 200;

const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const STATEMENT_BUCKETS = [0, 1, 2, 3, 5, 10, 20, 50, 100, 250];

export interface HttpObservation {
  method: string;
  route: string;
  status: number;
  seconds: number;
  /** SQL statements of the request; omitted when not counted (GraphQL requests count their own). */
  sqlStatements?: number;
}

/** One GraphQL operation, as the plugin sees it on this thread or an executor thread reports it. */
export interface GraphqlObservation {
  operationName: string | null;
  /** query, mutation or subscription; null when no operation was resolved (not executed). */
  operationType: string | null;
  /** Codes of the response's errors, in order. */
  errorCodes: string[];
  durationSeconds: number;
  /** SQL statements of the operation; null when not counted. */
  sqlStatements: number | null;
}

export interface Metrics {
  registry: Registry;
  /** Apollo plugin recording the GraphQL series. */
  graphqlPlugin: ApolloServerPlugin<Context>;
  /** Records one GraphQL operation run elsewhere (an executor thread's telemetry). */
  observeGraphql(observation: GraphqlObservation): void;
  /** Records one plain HTTP request. */
  observeHttp(observation: HttpObservation): void;
}

export interface MetricsSources {
  pool: pg.Pool;
  eventLoop?: EventLoopMonitor;
}

export function createMetrics({ pool, eventLoop }: MetricsSources): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  shareWithCluster(registry);

  const graphqlRequests = new Counter({
    name: "ocotillo_graphql_requests_total",
    help: "GraphQL requests by operation name, operation type and outcome (ok or the first error code).",
    labelNames: ["operation", "type", "outcome"] as const,
    registers: [registry],
  });
  const graphqlDuration = new Histogram({
    name: "ocotillo_graphql_request_duration_seconds",
    help: "GraphQL request latency by operation name, operation type and outcome.",
    labelNames: ["operation", "type", "outcome"] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const graphqlStatements = new Histogram({
    name: "ocotillo_graphql_sql_statements",
    help: "SQL statements sent per GraphQL request, by operation name.",
    labelNames: ["operation"] as const,
    buckets: STATEMENT_BUCKETS,
    registers: [registry],
  });
  const httpRequests = new Counter({
    name: "ocotillo_http_requests_total",
    help: "HTTP requests by method, matched route and status code.",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const httpDuration = new Histogram({
    name: "ocotillo_http_request_duration_seconds",
    help: "HTTP request latency by method, matched route and status code.",
    labelNames: ["method", "route", "status"] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const httpStatements = new Histogram({
    name: "ocotillo_http_sql_statements",
    help: "SQL statements sent per plain HTTP request (not /graphql), by matched route.",
    labelNames: ["route"] as const,
    buckets: STATEMENT_BUCKETS,
    registers: [registry],
  });

  const poolGauge = (name: string, help: string, read: () => number): void => {
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  };
  poolGauge("ocotillo_db_pool_max_connections", "Connections the database pool may open.", () => pool.options.max ?? 10);
  poolGauge("ocotillo_db_pool_total_connections", "Connections the database pool has open.", () => pool.totalCount);
  poolGauge("ocotillo_db_pool_idle_connections", "Open pool connections not in use.", () => pool.idleCount);
  poolGauge("ocotillo_db_pool_in_use_connections", "Pool connections checked out by requests.", () => pool.totalCount - pool.idleCount);
  poolGauge("ocotillo_db_pool_waiting_clients", "Requests waiting for a pool connection.", () => pool.waitingCount);

  if (eventLoop) {
    new Gauge({
      name: "ocotillo_event_loop_delay_seconds",
      help: "Event-loop delay over the last 10 s window, by quantile (0.5, 0.99, max).",
      labelNames: ["quantile"] as const,
      registers: [registry],
      aggregator: "max",
      collect() {
        const delay = eventLoop.snapshot();
        this.set({ quantile: "0.5" }, delay.p50 / 1000);
        this.set({ quantile: "0.99" }, delay.p99 / 1000);
        this.set({ quantile: "max" }, delay.max / 1000);
      },
    });
  }

  const knownOperations = new Set<string>();
  const operationLabel = (name: string | null, type: string | null): string => {
    if (type === null) return "(invalid)";
    if (!name) return "(anonymous)";
    if (knownOperations.has(name)) return name;
    if (knownOperations.size >= MAX_OPERATION_NAMES) return "(other)";
    knownOperations.add(name);
    return name;
  };

  const observeGraphql = ({ operationName, operationType, errorCodes, durationSeconds, sqlStatements }: GraphqlObservation) => {
    const operation = operationLabel(operationName, operationType);
    const labels = { operation, type: operationType ?? "unknown", outcome: errorCodes[0] ?? "ok" };
    graphqlRequests.inc(labels);
    graphqlDuration.observe(labels, durationSeconds);
    if (sqlStatements !== null) graphqlStatements.observe({ operation }, sqlStatements);
  };

  const graphqlPlugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      const started = performance.now();
      const tally = currentStatementTally();
      const statementsAtStart = tally?.count ?? 0;
      return {
        async willSendResponse(ctx: GraphQLRequestContextWillSendResponse<Context>) {
          observeGraphql({
            operationName: ctx.operationName ?? null,
            operationType: ctx.operation?.operation ?? null,
            errorCodes: (ctx.errors ?? []).map(operationErrorCode),
            durationSeconds: (performance.now() - started) / 1000,
            sqlStatements: tally ? tally.count - statementsAtStart : null,
          });
        },
      };
    },
  };

  return {
    registry,
    graphqlPlugin,
    observeGraphql,
    observeHttp({ method, route, status, seconds, sqlStatements }) {
      const labels = { method, route, status: String(status) };
      httpRequests.inc(labels);
      httpDuration.observe(labels, seconds);
      if (sqlStatements !== undefined) httpStatements.observe({ route }, sqlStatements);
    },
  };
}
