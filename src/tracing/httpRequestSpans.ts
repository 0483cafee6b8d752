/**
 * Express middleware of the HTTP request spans (ADR 34).
 *
 * Contract: `startRequestSpan` (mounted right after `observeHttpRequests`) opens one SERVER span
 * per request, a child of the caller's W3C `traceparent` when it sends one, with the request id
 * (`ocotillo.request_id`), method, path, and once the response is sent the route (the span is
 * renamed `<METHOD> <route>`) and status (error status from 500 on); it runs the rest of the
 * request inside the span's context, so Prisma's statement spans and the GraphQL operation span
 * become its descendants. `reenterRequestSpan` restores that context after a body parser, which
 * resumes the chain outside it (as `sqlStatementScope` does for the statement tally).
 */
import { context, propagation, SpanKind, SpanStatusCode, trace, type Context as TraceContext, type Tracer } from "@opentelemetry/api";
import type { RequestHandler, Response } from "express";

import { routeOf } from "../server/httpObservability.js";
import { requestIdFor } from "../server/requestId.js";

const TRACE_CONTEXT = "traceContext";

function traceContextOf(res: Response): TraceContext | undefined {
  const known: unknown = res.locals[TRACE_CONTEXT];
  return known as TraceContext | undefined;
}

export function startRequestSpan(tracer: Tracer): RequestHandler {
  return (req, res, next) => {
    const parent = propagation.extract(context.active(), req.headers);
    const path = req.originalUrl.split("?")[0] ?? req.originalUrl;
    const span = tracer.startSpan(req.method, {
      kind: SpanKind.SERVER,
      attributes: { "http.request.method": req.method, "url.path": path, "ocotillo.request_id": requestIdFor(req, res) },
    }, parent);
    res.once("finish", () => {
      const route = routeOf(req);
      span.updateName(`${req.method} ${route}`);
      span.setAttributes({ "http.route": route, "http.response.status_code": res.statusCode });
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    const active = trace.setSpan(parent, span);
    res.locals[TRACE_CONTEXT] = active;
    context.with(active, next);
  };
}

export const reenterRequestSpan: RequestHandler = (_req, res, next) => {
  const active = traceContextOf(res);
  if (active) context.with(active, next);
  else next();
};
