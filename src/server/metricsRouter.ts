/**
 * GET /metrics: the server's Prometheus metrics in the text exposition format (see metrics.ts).
 * Anonymous, like /health: deployments keep it off the public network (a proxy rule) rather
 * than behind a token, as Prometheus scrapers expect.
 */
import type { Router } from "express";
import express from "express";

import type { Metrics } from "./metrics.js";

export function metricsRouter(metrics: Metrics): Router {
  const router = express.Router();
  router.get("/metrics", async (_req, res) => {
    res.set("cache-control", "no-store").type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}
