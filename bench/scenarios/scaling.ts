/**
 * Scenario 4: scaling. The same server on the same data with WEB_CONCURRENCY=1 and =2 (both
 * running, measured in alternating rounds), under the same closed-loop load of 20 connections:
 * the point lookup (anonymous) and the well page (as an Admin). Reports requests/s, p99 and the
 * ratio 2 processes / 1.
 */
import { expectData } from "../lib/graphqlRequest.js";
import { runLoad, type LoadResult } from "../lib/load.js";
import { pointLookupBodies, wellPageBody } from "../lib/operations.js";
import { round2, type Scenario, type ScenarioResult, type SummaryRow } from "../lib/scenario.js";
import { startOurServer, type ServerUnderTest } from "../lib/servers.js";

const CONNECTIONS = 20;

export const scaling: Scenario = {
  id: "scaling",
  title: "4. Scaling: 1 vs 2 server processes",
  async run({ data, authEnv, adminHeaders, seconds, rounds, log }): Promise<ScenarioResult> {
    const [one, two] = await Promise.all([
      startOurServer({ databaseUrl: data.url, workers: 1, authEnv }),
      startOurServer({ databaseUrl: data.url, workers: 2, authEnv }),
    ]);
    try {
      const workloads = [
        { name: "point lookup", bodies: pointLookupBodies(data), headers: {} },
        { name: "well page", bodies: [wellPageBody(data)], headers: adminHeaders },
      ];
      const servers: [number, ServerUnderTest][] = [
        [1, one],
        [2, two],
      ];
      for (const [, server] of servers) for (const w of workloads) await expectData(server.graphqlUrl, w.bodies[0] ?? "", w.headers);
      for (const [, server] of servers) {
        await runLoad({ label: "warm-up", url: server.graphqlUrl, bodies: workloads[0]?.bodies ?? [], connections: CONNECTIONS, durationSeconds: 2 });
      }
      const summary: SummaryRow[] = [];
      const details: Record<string, unknown> = { connections: CONNECTIONS, seconds, rounds };
      for (const w of workloads) {
        const runs = new Map<number, LoadResult[]>([
          [1, []],
          [2, []],
        ]);
        for (let i = 0; i < rounds; i += 1) {
          const order = i % 2 === 0 ? servers : [...servers].reverse();
          for (const [workers, server] of order) {
            const result = await runLoad({
              label: `${w.name}, ${workers}`,
              url: server.graphqlUrl,
              bodies: w.bodies,
              headers: w.headers,
              connections: CONNECTIONS,
              durationSeconds: seconds,
            });
            runs.get(workers)?.push(result);
            log(`  ${w.name}, ${workers} process(es), round ${i + 1}: ${result.requestsPerSecond} req/s, p99 ${result.latencyMs.p99} ms`);
          }
        }
        const rps = (n: number) => Math.round((runs.get(n) ?? []).reduce((s, r) => s + r.requests, 0) / (rounds * seconds));
        const p99 = (n: number) => round2((runs.get(n) ?? []).reduce((s, r) => s + r.latencyMs.p99, 0) / rounds);
        const ratio = round2(rps(2) / rps(1));
        summary.push({
          measurement: `${w.name}: req/s (p99) 1 → 2 processes`,
          result: `${rps(1)} (${p99(1)} ms) → ${rps(2)} (${p99(2)} ms) = ${ratio}×`,
          target: "",
          met: null,
        });
        details[w.name] = { one: runs.get(1), two: runs.get(2), rps1: rps(1), rps2: rps(2), ratio };
      }
      return { id: this.id, title: this.title, summary, details };
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  },
};
