/** What a load generator is asked to do and what it reports (shared by parent and child). */

export interface LoadSpec {
  /** Shown in results. */
  label: string;
  /** The GraphQL endpoint. */
  url: string;
  /** JSON request bodies, sent in turn (request i gets bodies[i % length]). */
  bodies: string[];
  /** Extra request headers (e.g. authorization). */
  headers?: Record<string, string>;
  connections: number;
  durationSeconds: number;
  /** Requests per second over all connections; unset = as fast as answers come (closed loop). */
  ratePerSecond?: number;
}

export interface LatencySummary {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

export interface LoadResult {
  label: string;
  connections: number;
  durationSeconds: number;
  ratePerSecond: number | null;
  /** 2xx answers received. */
  requests: number;
  requestsPerSecond: number;
  bytesPerSecond: number;
  /**
   * Latency of 2xx answers in milliseconds (sub-millisecond resolution). For a rate-limited run
   * the percentiles are corrected for coordinated omission: an answer taking L ms on a
   * connection that should send every I ms also counts the requests it held back (L - I, L - 2I, ...).
   */
  latencyMs: LatencySummary;
  errors: number;
  timeouts: number;
  non2xx: number;
}
