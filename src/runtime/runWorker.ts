/**
 * A worker process of a multi-process server (node:cluster): serves on the database its primary
 * prepared (DATABASE_URL set by the primary) until SIGTERM/SIGINT, then stops serving (in-flight
 * requests finish) and exits 0.
 */
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { onShutdownSignal } from "./onShutdownSignal.js";
import { runServerProcess } from "./runServerProcess.js";

export async function runWorker(config: Config, logger: Logger): Promise<void> {
  if (config.database.kind !== "external") throw new Error("a worker needs the database URL of its primary");
  const serving = await runServerProcess(config, config.database.url, config.database.isEmbeddedServer, logger);
  onShutdownSignal(config.http.shutdownGraceMs, logger, async () => {
    try {
      await serving.stop();
    } catch (error) {
      logger.error({ err: error }, "worker shutdown failed");
    }
    process.exit(0);
  });
}
