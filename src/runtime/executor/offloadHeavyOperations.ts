/**
 * Express middleware on /graphql (after the JSON body parser, before Apollo): sends heavy queries
 * to the executor threads, so that building and serialising a large answer never holds the
 * serving thread's event loop, and lets everything else through to Apollo on this thread.
 *
 * Contract:
 * - A request is offloaded only when it is a POST whose JSON body names a parsable `query`
 *   operation (never a mutation) with `operationWeight` ≥ `minWeight`; the executor answers with
 *   the same status, headers and body Apollo on this thread would have produced (same schema,
 *   limits, error masking), and the caller is authenticated here, exactly as for the context. The
 *   answer is written to the socket in slices (sendInChunks.ts), so a large body does not hold
 *   this thread either.
 * - Everything else, and any request the executor cannot take (pool stopping, thread died,
 *   authentication refused), goes on to the next handler unchanged: offloading never changes an
 *   answer, only the thread that computes it.
 * - Parsed documents are cached (bounded) by query text, so a repeated operation is parsed once.
 */
import { context, propagation } from "@opentelemetry/api";
import type { RequestHandler } from "express";
import { getOperationAST, parse, type DocumentNode, type GraphQLSchema } from "graphql";

import type { Authenticator } from "../../auth/createAuthenticator.js";
import type { Logger } from "../../logger.js";
import { requestIdFor } from "../../server/requestId.js";
import type { OperationTelemetry } from "./executorProtocol.js";
import { ExecutorUnavailableError, type ExecutorPool } from "./executorPool.js";
import { operationWeight } from "./operationWeight.js";
import { sendInChunks } from "../../server/sendInChunks.js";

/** Documents kept parsed (least recently used dropped first). */
const DOCUMENT_CACHE_SIZE = 500;
/** Longer query texts are not cached (and so are parsed on every request). */
const MAX_CACHED_QUERY_LENGTH = 64 * 1024;

export interface OffloadOptions {
  executor: ExecutorPool;
  /** The schema Apollo serves (null until it has started). */
  schema: () => GraphQLSchema | null;
  /** Smallest operation weight sent to the executor (EXECUTOR_MIN_COST). */
  minWeight: number;
  authenticator: Authenticator;
  /** The token limit of parsing (the query limits' maxTokens). */
  maxTokens: number;
  logger: Logger;
  /** Called with what the executor reports about each operation it ran (metrics). */
  onTelemetry?: (telemetry: OperationTelemetry) => void;
}

function documentCache(maxTokens: number): (query: string) => DocumentNode | null {
  const cache = new Map<string, DocumentNode | null>();
  return (query) => {
    const known = cache.get(query);
    if (known !== undefined) {
      cache.delete(query);
      cache.set(query, known);
      return known;
    }
    let document: DocumentNode | null;
    try {
      document = parse(query, { maxTokens });
    } catch {
      document = null;
    }
    if (query.length <= MAX_CACHED_QUERY_LENGTH) {
      cache.set(query, document);
      if (cache.size > DOCUMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    }
    return document;
  };
}

/** The active trace context as W3C headers (none when tracing is off: the no-op propagator). */
function traceCarrier(): Record<string, string> {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function offloadHeavyOperations(options: OffloadOptions): RequestHandler {
  const documentOf = documentCache(options.maxTokens);

  /** The weight of the request's operation when it is a query that may be offloaded, else null. */
  const weightOf = (body: unknown): number | null => {
    if (!isRecord(body) || typeof body.query !== "string") return null;
    const schema = options.schema();
    const document = schema ? documentOf(body.query) : null;
    if (!schema || !document) return null;
    const operation = getOperationAST(document, typeof body.operationName === "string" ? body.operationName : null);
    if (!operation || operation.operation !== "query") return null;
    try {
      return operationWeight(schema, document, operation, isRecord(body.variables) ? body.variables : {});
    } catch {
      return null;
    }
  };

  return async (req, res, next) => {
    const weight = req.method === "POST" ? weightOf(req.body) : null;
    if (weight === null || weight < options.minWeight) {
      next();
      return;
    }
    let authentication;
    try {
      authentication = await options.authenticator.authenticate(req.get("authorization"));
    } catch {
      next(); // Apollo's context refuses it with the same error as for any other request.
      return;
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
    }
    const queryAt = req.originalUrl.indexOf("?");
    try {
      const answer = await options.executor.run({
        method: req.method,
        headers,
        search: queryAt >= 0 ? req.originalUrl.slice(queryAt + 1) : "",
        body: req.body,
        requestId: requestIdFor(req, res),
        caller: authentication.caller,
        user: authentication.user,
        traceContext: traceCarrier(),
      });
      options.onTelemetry?.(answer.telemetry);
      res.status(answer.status);
      for (const [name, value] of answer.headers) res.setHeader(name, value);
      await sendInChunks(res, Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength));
    } catch (error) {
      if (!(error instanceof ExecutorUnavailableError) || res.headersSent) throw error;
      options.logger.warn({ err: error, weight }, "executor unavailable: running the operation on the serving thread");
      next();
    }
  };
}
