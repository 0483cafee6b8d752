/**
 * GET /health: 200 when the database answers, 503 when it does not. The body reports database
 * reachability and latency, pool usage and event-loop delay; it never throws.
 */
import type { Router } from "express";
import express from "express";
import type pg from "pg";

import type { EventLoopMonitor } from "./eventLoopMonitor.js";

const PROBE_TIMEOUT_MS = 2_000;

async function probeDatabase(pool: pg.Pool): Promise<{ reachable: boolean; latencyMs: number; error?: string }> {
  const started = performance.now();
  try {
    await Promise.race([
      pool.query("SELECT 1"),
      new Promise((_, reject) => setTimeout(() => reject(new Error("probe timed out")), PROBE_TIMEOUT_MS).unref()),
    ]);
    return { reachable: true, latencyMs: Math.round((performance.now() - started) * 100) / 100 };
  } catch (error) {
    return {
      reachable: false,
      latencyMs: Math.round(performance.now() - started),
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

export function healthRouter(pool: pg.Pool, eventLoop: EventLoopMonitor): Router {
  const router = express.Router();
  router.get("/health", async (_req, res) => {
    const database = await probeDatabase(pool);
    res.status(database.reachable ? 200 : 503).json({
      status: database.reachable ? "ok" : "unavailable",
      database,
      pool: {
        max: pool.options.max,
        total: pool.totalCount,
        idle: pool.idleCount,
        inUse: pool.totalCount - pool.idleCount,
        waiting: pool.waitingCount,
      },
      eventLoopDelayMs: eventLoop.snapshot(),
      uptimeSeconds: Math.round(process.uptime()),
      pid: process.pid,
    });
  });
  return router;
}
