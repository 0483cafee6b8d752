/**
 * Express middleware for observability of plain HTTP requests.
 *
 * `observeHttpRequests` (mounted first): fixes the request id (`x-request-id` response header),
 * opens the request's SQL statement counting scope, and when the response has been sent records
 * the HTTP metrics and, for every route except /graphql (whose requests the GraphQL request
 * logger reports), logs one line: requestId, method, route, path, status, durationMs,
 * sqlStatements. Routes polled by machines (/health, /metrics, the playground assets) log at
 * debug level; a request slower than `slowOperationMs` logs at warn level ("slow http request").
 *
 * `sqlStatementScope`: opens a fresh counting scope; mount it AFTER a body parser, whose `next`
 * runs from the socket's stream events, outside the scope opened before it.
 */
import type { NextFunction, Request, RequestHandler, Response } from "express";

import { countingStatements, type StatementTally } from "../db/statementCounter.js";
import type { Logger } from "../logger.js";
import type { Metrics } from "./metrics.js";
import { requestIdFor } from "./requestId.js";

export interface HttpObservabilityOptions {
  logger: Logger;
  metrics: Metrics;
  slowOperationMs: number;
}

const QUIET_ROUTES = /^\/(health|metrics|graphiql)(\/|$)/;

/** The route pattern that served the request ("unmatched" when none did). */
export function routeOf(req: Request): string {
  const pattern: unknown = req.route?.path;
  if (typeof pattern === "string") return `${req.baseUrl}${pattern}`;
  return req.baseUrl || "unmatched";
}

export function observeHttpRequests({ logger, metrics, slowOperationMs }: HttpObservabilityOptions): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const requestId = requestIdFor(req, res);
    res.set("x-request-id", requestId);
    const tally: StatementTally = { count: 0 };
    res.once("finish", () => {
      const route = routeOf(req);
      const durationMs = Math.round((performance.now() - started) * 100) / 100;
      const isGraphQL = route === "/graphql";
      metrics.observeHttp({
        method: req.method,
        route,
        status: res.statusCode,
        seconds: durationMs / 1000,
        ...(isGraphQL ? {} : { sqlStatements: tally.count }),
      });
      if (isGraphQL) return;
      const path = req.originalUrl.split("?")[0] ?? req.originalUrl;
      const fields = {
        requestId,
        method: req.method,
        route,
        path,
        status: res.statusCode,
        durationMs,
        sqlStatements: tally.count,
      };
      if (durationMs > slowOperationMs) logger.warn({ ...fields, slowOperationMs }, "slow http request");
      else if (QUIET_ROUTES.test(path)) logger.debug(fields, "http request");
      else logger.info(fields, "http request");
    });
    countingStatements(tally, next);
  };
}

export function sqlStatementScope(_req: Request, _res: Response, next: NextFunction): void {
  countingStatements({ count: 0 }, next);
}
