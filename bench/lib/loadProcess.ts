/**
 * Child process that runs one autocannon load (so that reading large answers never delays the
 * clock of another measurement). Protocol over IPC: sends {type: "ready"}, receives
 * {type: "start", spec}, sends {type: "result", result} and exits; {type: "stop"} ends the load
 * before its duration is over.
 */
import autocannon from "autocannon";

import type { LatencySummary, LoadResult, LoadSpec } from "./loadTypes.js";

export function summarise(samples: number[]): LatencySummary {
  if (samples.length === 0) return { p50: 0, p90: 0, p99: 0, max: 0, mean: 0 };
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  const round = (v: number) => Math.round(v * 100) / 100;
  let sum = 0;
  for (const v of sorted) sum += v;
  return {
    p50: round(at(0.5)),
    p90: round(at(0.9)),
    p99: round(at(0.99)),
    max: round(sorted[sorted.length - 1] ?? 0),
    mean: round(sum / sorted.length),
  };
}

/** Ends the running load early (its result covers the time it ran). */
let stopRequested: (() => void) | undefined;

export async function runLoadHere(spec: LoadSpec): Promise<LoadResult> {
  let next = 0;
  const samples: number[] = [];
  const interval = spec.ratePerSecond ? (1000 * spec.connections) / spec.ratePerSecond : 0;
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: spec.url,
      method: "POST",
      headers: { "content-type": "application/json", ...spec.headers },
      connections: spec.connections,
      duration: spec.durationSeconds,
      ...(spec.ratePerSecond ? { overallRate: spec.ratePerSecond } : {}),
      requests: [
        {
          setupRequest: (request) => {
            const body = spec.bodies[next % spec.bodies.length];
            next += 1;
            return { ...request, body };
          },
        },
      ],
    },
    (error, result) => (error ? fail(error instanceof Error ? error : new Error(String(error))) : finish(result)),
  );
  const startedAt = performance.now();
  stopRequested = () => instance.stop();
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode < 200 || statusCode >= 300) return;
    samples.push(responseTime);
    // Coordinated-omission correction for rate-limited runs.
    if (interval > 0) for (let held = responseTime - interval; held > 0; held -= interval) samples.push(held);
  });
  const result = await finished;
  stopRequested = undefined;
  const seconds = (performance.now() - startedAt) / 1000;
  const requests = result.requests.total - result.non2xx;
  return {
    label: spec.label,
    connections: spec.connections,
    durationSeconds: Math.round(seconds * 10) / 10,
    ratePerSecond: spec.ratePerSecond ?? null,
    requests,
    requestsPerSecond: Math.round((requests / seconds) * 10) / 10,
    bytesPerSecond: Math.round(result.throughput.average),
    latencyMs: summarise(samples),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}

if (process.send) {
  process.on("message", (message: { type: string; spec?: LoadSpec }) => {
    if (message.type === "stop") {
      stopRequested?.();
      return;
    }
    if (message.type !== "start" || !message.spec) return;
    runLoadHere(message.spec).then(
      (result) => process.send?.({ type: "result", result }, () => process.exit(0)),
      (error: unknown) =>
        process.send?.({ type: "error", message: error instanceof Error ? error.message : String(error) }, () => process.exit(1)),
    );
  });
  process.send({ type: "ready" });
}
