/**
 * An executor thread: runs heavy read-only GraphQL operations off the serving thread, with its
 * own database pool, lexicon cache and Apollo server built exactly like the serving thread's
 * (same schema, resolvers, limits, error masking, request log line).
 *
 * Contract: answers each job with the HTTP status, headers and body bytes Apollo produced for it
 * (errors included, as GraphQL errors), plus telemetry for the serving thread's metrics; a job
 * that throws outside Apollo is a `failure`. Lowers its own scheduling priority by
 * `settings.niceness` where the OS allows it (Linux), so that when cores are scarce the serving
 * thread, which answers small requests, gets the CPU first.
 */
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";

import { HeaderMap, type ApolloServerPlugin, type HTTPGraphQLRequest } from "@apollo/server";
import { context, propagation, ROOT_CONTEXT } from "@opentelemetry/api";

import { createContext, type Context } from "../../context.js";
import { createDatabase } from "../../db/createDatabase.js";
import { countingStatements, type StatementTally } from "../../db/statementCounter.js";
import { LexiconCache } from "../../domain/vocabulary/lexiconCache.js";
import { createLogger } from "../../logger.js";
import { createApolloServer } from "../../server/createApolloServer.js";
import { startTracing } from "../../tracing/startTracing.js";
import type { AssetFiles } from "../../storage/assetFiles.js";
import { createAssetStore } from "../../storage/createAssetStore.js";
import type { ExecutorAnswer, ExecutorJob, ExecutorSettings, FromExecutor, OperationTelemetry, ToExecutor } from "./executorProtocol.js";
import { operationErrorCode } from "../../errors/formatError.js";

if (!parentPort) throw new Error("executorWorker runs only as a worker thread");
const port = parentPort;
const settings = (workerData as { settings: ExecutorSettings }).settings;
const send = (message: FromExecutor, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

/**
 * Lowers this thread's priority. On Linux the nice value belongs to each thread and
 * setpriority(PRIO_PROCESS, 0) changes the calling thread only; elsewhere it would change the whole
 * process, so it is left alone.
 */
function lowerPriority(niceness: number): void {
  if (niceness === 0 || process.platform !== "linux") return;
  try {
    setPriority(niceness);
  } catch {
    // Not permitted: run at normal priority.
  }
}

/**
 * Records what the serving thread's metrics need about each operation, keyed by the job's HTTP
 * request object (Apollo passes it through as `request.http`; the context is no key, because
 * Apollo executes on a shallow copy of it, nor is the request id, which callers may repeat).
 */
function telemetryPlugin(sink: WeakMap<HTTPGraphQLRequest, OperationTelemetry>): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, errors }) {
          if (request.http) sink.set(request.http, {
            operationName: operationName ?? null,
            operationType: operation?.operation ?? null,
            errorCodes: (errors ?? []).map(operationErrorCode),
            durationSeconds: (performance.now() - started) / 1000,
            sqlStatements: 0,
          });
        },
      };
    },
  };
}

async function start() {
  lowerPriority(settings.niceness);
  const logger = createLogger(settings.logLevel).child({ thread: "executor" });
  const database = createDatabase({
    url: settings.databaseUrl,
    poolMax: settings.poolMax,
    acquireTimeoutMs: settings.acquireTimeoutMs,
    statementTimeoutMs: settings.statementTimeoutMs,
    startupParameters: settings.startupParameters,
  });
  const lexicon = await LexiconCache.load(database.prisma);
  const assetFiles: AssetFiles | null = settings.assets
    ? { store: await createAssetStore(settings.assets.storage), maxBytes: settings.assets.maxBytes, urlTtlSeconds: settings.assets.urlTtlSeconds }
    : null;
  const telemetry = new WeakMap<HTTPGraphQLRequest, OperationTelemetry>();
  const tracing = await startTracing(settings.tracing);
  const apollo = await createApolloServer({
    ...(tracing ? { tracer: tracing.tracer } : {}),
    introspection: settings.introspection,
    statementCount: database.statementCount,
    slowOperationMs: settings.slowOperationMs,
    lexicon,
    limits: settings.limits,
    plugins: [telemetryPlugin(telemetry)],
  });
  await apollo.start();

  const run = async (job: ExecutorJob): Promise<ExecutorAnswer> => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(job.headers)) headers.set(name, value);
    const tally: StatementTally = { count: 0 };
    const httpGraphQLRequest: HTTPGraphQLRequest = { method: job.method, headers, search: job.search, body: job.body };
    // The operation joins the trace of the request that the serving thread handed off.
    const response = await context.with(propagation.extract(ROOT_CONTEXT, job.traceContext), () =>
      countingStatements(tally, () =>
        apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest,
          context: async () => createContext(database.prisma, logger, job.requestId, { lexicon, caller: job.caller, user: job.user, assetFiles }),
        }),
      ),
    );
    let text = "";
    if (response.body.kind === "complete") text = response.body.string;
    else for await (const chunk of response.body.asyncIterator) text += chunk;
    const recorded = telemetry.get(httpGraphQLRequest);
    return {
      status: response.status ?? 200,
      headers: [...response.headers.entries()],
      body: new TextEncoder().encode(text),
      telemetry: {
        ...(recorded ?? { operationName: null, operationType: null, errorCodes: [], durationSeconds: 0 }),
        sqlStatements: tally.count,
      },
    };
  };

  port.on("message", (message: ToExecutor) => {
    if (message.type === "lexicon-changed") {
      lexicon.refresh().catch((error: unknown) => logger.warn({ err: error }, "executor lexicon refresh failed"));
      return;
    }
    if (message.type === "stop") {
      void apollo
        .stop()
        .then(() => database.close())
        .then(() => tracing?.shutdown())
        .finally(() => port.close());
      return;
    }
    const { job } = message;
    run(job).then(
      (answer) => send({ type: "answer", id: job.id, answer }, [answer.body.buffer as ArrayBuffer]),
      (error: unknown) => send({ type: "failure", id: job.id, message: error instanceof Error ? error.message : String(error) }),
    );
  });
  send({ type: "ready" });
}

start().catch((error: unknown) => send({ type: "start-failed", message: error instanceof Error ? error.message : String(error) }));
