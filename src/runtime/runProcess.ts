/**
 * Runs this process as what node:cluster made it: the primary (runPrimary.ts) or a worker
 * (runWorker.ts). A failure to start is printed and exits 1; an unhandled rejection afterwards is
 * printed and the process keeps running.
 */
import cluster from "node:cluster";

import type { Config } from "../config.js";
import type { Logger } from "../logger.js";

export function runProcess(config: Config, logger: Logger): void {
  process.on("unhandledRejection", (reason) => {
    console.error("unhandled rejection (kept running):", reason);
  });
  // Each role imports its own modules: a worker never loads the primary's, and the reverse (ADR 26).
  const run = cluster.isPrimary
    ? import("./runPrimary.js").then(({ runPrimary }) => runPrimary(config, logger))
    : import("./runWorker.js").then(({ runWorker }) => runWorker(config, logger));
  run.catch((error: unknown) => {
    console.error("ocotillo-graphql failed to start:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
