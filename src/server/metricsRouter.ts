/**
 * GET /metrics: the server's Prometheus metrics in the text exposition format (see metrics.ts);
 * in a worker of a multi-process server, the metrics of all workers (clusterMetrics.ts), or this
 * worker's own when the primary does not answer (logged at warn). Anonymous, like /health:
 * deployments keep it off the public network (a proxy rule) rather than behind a token, as
 * Prometheus scrapers expect.
 */
import type { Router } from "express";
import express from "express";

import type { Logger } from "../logger.js";
import { clusterMetricsFromPrimary, isClusterWorker } from "./clusterMetrics.js";
import type { Metrics } from "./metrics.js";

export function metricsRouter(metrics: Metrics, log: Logger): Router {
  const router = express.Router();
  router.get("/metrics", async (_req, res) => {
    let text: string | undefined;
    if (isClusterWorker()) {
      text = await clusterMetricsFromPrimary().catch((error: unknown) => {
        log.warn({ err: error }, "cluster metrics unavailable: serving this worker's metrics");
        return undefined;
      });
    }
    text ??= await metrics.registry.metrics();
    res.set("cache-control", "no-store").type(metrics.registry.contentType).send(text);
  });
  return router;
}
