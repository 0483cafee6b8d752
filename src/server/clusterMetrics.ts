/**
 * Metrics of a multi-process server (WEB_CONCURRENCY > 1, node:cluster): whichever worker answers
 * GET /metrics asks the primary, which collects the registries of all workers (prom-client's
 * AggregatorRegistry) and replies with one exposition: counters and histograms summed, pool gauges
 * summed (connections of all processes), event-loop delay the worst worker's.
 *
 * Contract: `serveClusterMetrics()` is called once in the primary before it forks;
 * `shareWithCluster(registry)` in each worker; `clusterMetricsFromPrimary()` resolves with the
 * aggregated text or rejects after `timeoutMs` (the caller then serves its own metrics).
 */
import cluster from "node:cluster";
import { randomUUID } from "node:crypto";

import { AggregatorRegistry, type Registry } from "prom-client";

const REQUEST = "ocotillo:cluster-metrics-request";
const REPLY = "ocotillo:cluster-metrics-reply";

interface MetricsRequest {
  type: typeof REQUEST;
  id: string;
}
interface MetricsReply {
  type: typeof REPLY;
  id: string;
  text?: string;
  error?: string;
}

function isMessage<T extends { type: string }>(message: unknown, type: T["type"]): message is T {
  return typeof message === "object" && message !== null && (message as { type?: unknown }).type === type;
}

export function serveClusterMetrics(): void {
  const aggregator = new AggregatorRegistry();
  cluster.on("message", (worker, message: unknown) => {
    if (!isMessage<MetricsRequest>(message, REQUEST)) return;
    const reply = (fields: Omit<MetricsReply, "type" | "id">) => {
      if (worker.isConnected()) worker.send({ type: REPLY, id: message.id, ...fields } satisfies MetricsReply);
    };
    aggregator.clusterMetrics().then(
      (text) => reply({ text }),
      (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
}

export function shareWithCluster(registry: Registry): void {
  if (!cluster.isWorker) return;
  new AggregatorRegistry(); // installs the worker's listener for the primary's collection requests
  AggregatorRegistry.setRegistries([registry]);
}

export function isClusterWorker(): boolean {
  return cluster.isWorker && typeof process.send === "function";
}

export function clusterMetricsFromPrimary(timeoutMs = 6_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const id = randomUUID();
    const onMessage = (message: unknown) => {
      if (!isMessage<MetricsReply>(message, REPLY) || message.id !== id) return;
      finish();
      if (message.text !== undefined) resolve(message.text);
      else reject(new Error(message.error ?? "no metrics from the primary"));
    };
    const timer = setTimeout(() => {
      finish();
      reject(new Error(`the primary did not answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      process.off("message", onMessage);
    };
    process.on("message", onMessage);
    process.send?.({ type: REQUEST, id } satisfies MetricsRequest);
  });
}
