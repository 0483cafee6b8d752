/**
 * Serving through `config.workers` worker processes that share the port (node:cluster), started
 * from the primary: resolves once every worker listens; a worker that dies is replaced until
 * `stop()`, which sends every worker SIGTERM and resolves when all have exited. Any worker's
 * GET /metrics reports all workers (clusterMetrics.ts).
 */
import cluster from "node:cluster";

import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import { serveClusterMetrics } from "../server/clusterMetrics.js";

export interface Workers {
  /** Where the workers listen, for the start-up message. */
  url: string;
  stop(): Promise<void>;
}

/** `url` and `isEmbeddedServer` reach each worker as DATABASE_URL and OCOTILLO_EMBEDDED_DATABASE (parsed by its own parseConfig). */
export async function serveWithWorkers(config: Config, url: string, isEmbeddedServer: boolean, logger: Logger): Promise<Workers> {
  const env = { DATABASE_URL: url, OCOTILLO_EMBEDDED_DATABASE: String(isEmbeddedServer) };
  let stopping = false;
  serveClusterMetrics();
  const fork = () => cluster.fork(env);
  for (let i = 0; i < config.workers; i += 1) fork();
  await new Promise<void>((resolve) => {
    let listening = 0;
    cluster.on("listening", () => {
      listening += 1;
      if (listening === config.workers) resolve();
    });
  });
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    logger.error({ pid: worker.process.pid, code, signal }, "worker died: starting a replacement");
    fork();
  });
  const host = config.http.host.includes(":") ? `[${config.http.host}]` : config.http.host;
  return {
    url: `http://${host}:${config.http.port}`,
    stop: async () => {
      stopping = true;
      const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
      await Promise.all(
        workers.map((w) => new Promise<void>((resolve) => {
          w.once("exit", () => resolve());
          w.process.kill("SIGTERM");
        })),
      );
    },
  };
}
