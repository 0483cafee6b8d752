/**
 * Scenario 1: point lookup `well(id)` (a few scalar fields, 500 different public wells in turn),
 * our server vs the minimal Apollo server over raw `pg` sending the same SQL. One process each,
 * 10 connections closed loop, alternating rounds; target: ours ≥ 0.8× the raw server's requests/s.
 */
import { runLoad, type LoadResult } from "../lib/load.js";
import { expectData } from "../lib/graphqlRequest.js";
import { pointLookupBodies } from "../lib/operations.js";
import { round2, type Scenario, type ScenarioResult } from "../lib/scenario.js";
import { startOurServer, startRawServer } from "../lib/servers.js";

const CONNECTIONS = 10;
const TARGET_RATIO = 0.8;

export const pointLookup: Scenario = {
  id: "point-lookup",
  title: "1. Point lookup well(id): ours vs raw pg",
  async run({ data, authEnv, seconds, rounds, log }): Promise<ScenarioResult> {
    const bodies = pointLookupBodies(data);
    const [ours, raw] = await Promise.all([startOurServer({ databaseUrl: data.url, workers: 1, authEnv }), startRawServer(data.url)]);
    try {
      const first = bodies[0] ?? "";
      const [a, b] = await Promise.all([expectData(ours.graphqlUrl, first), expectData(raw.graphqlUrl, first)]);
      if (JSON.stringify(a.answer) !== JSON.stringify(b.answer)) {
        throw new Error(`the two servers answer differently:\n${JSON.stringify(a.answer)}\n${JSON.stringify(b.answer)}`);
      }
      const load = (url: string, label: string, durationSeconds: number) =>
        runLoad({ label, url, bodies, connections: CONNECTIONS, durationSeconds });
      log("  warm-up");
      await Promise.all([load(ours.graphqlUrl, "warm-up", 2), load(raw.graphqlUrl, "warm-up", 2)]);

      const oursRuns: LoadResult[] = [];
      const rawRuns: LoadResult[] = [];
      for (let i = 0; i < rounds; i += 1) {
        // Alternate which goes first, so a drift of the machine's load hits both alike.
        const order = i % 2 === 0 ? (["ours", "raw"] as const) : (["raw", "ours"] as const);
        for (const which of order) {
          const result = which === "ours" ? await load(ours.graphqlUrl, "ours", seconds) : await load(raw.graphqlUrl, "raw pg", seconds);
          (which === "ours" ? oursRuns : rawRuns).push(result);
          log(`  round ${i + 1} ${which.padEnd(4)} ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms`);
        }
      }
      const total = (runs: LoadResult[]) => runs.reduce((sum, r) => sum + r.requests, 0) / (runs.length * seconds);
      const p = (runs: LoadResult[], key: "p50" | "p99") => round2(runs.reduce((s, r) => s + r.latencyMs[key], 0) / runs.length);
      const oursRps = Math.round(total(oursRuns));
      const rawRps = Math.round(total(rawRuns));
      const ratio = round2(oursRps / rawRps);
      const roundRatios = oursRuns.map((r, i) => round2(r.requestsPerSecond / (rawRuns[i]?.requestsPerSecond ?? 1)));
      return {
        id: this.id,
        title: this.title,
        summary: [
          { measurement: "ours: req/s, p50 / p99", result: `${oursRps} req/s, ${p(oursRuns, "p50")} / ${p(oursRuns, "p99")} ms`, target: "", met: null },
          { measurement: "raw pg: req/s, p50 / p99", result: `${rawRps} req/s, ${p(rawRuns, "p50")} / ${p(rawRuns, "p99")} ms`, target: "", met: null },
          { measurement: "throughput ours / raw", result: `${ratio}× (rounds: ${roundRatios.join(", ")})`, target: `≥ ${TARGET_RATIO}×`, met: ratio >= TARGET_RATIO },
        ],
        details: { connections: CONNECTIONS, seconds, rounds, ours: oursRuns, raw: rawRuns, oursRps, rawRps, ratio, roundRatios },
      };
    } finally {
      await Promise.all([ours.stop(), raw.stop()]);
    }
  },
};
