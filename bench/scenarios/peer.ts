/**
 * Scenario 5 (issue 12): our server beside PostGraphile 5 (Amber preset, installed on first use into
 * `.bench-peer/`) and beside the bare Apollo server on raw `pg` (bench/baseline), one process each,
 * anonymous callers (our well page: Admin), on the bench database. Answers are compared in a normal
 * form before anything is timed (bench/peer/peerOperations.ts). Each pair runs in alternating
 * rounds (who goes first alternates), so drifts of the shared machine's load hit both alike; the
 * ratios, not the absolute numbers, are the result.
 *
 * Targets: lists and pages (50-well page, 1,000-well list at 4 connections, well page) ≥ 1.0× the
 * peer's requests/s and ≤ 1.0× its single-request latency (p50, one connection); `{ __typename }`
 * ≥ 0.85× the bare Apollo server. The point lookup vs the peer is reported for reference (its
 * target is vs bare Apollo, scenario 1).
 */
import { isDeepStrictEqual } from "node:util";

import { expectData } from "../lib/graphqlRequest.js";
import { runLoad, type LoadResult } from "../lib/load.js";
import { median, round2, type Scenario, type ScenarioResult, type SummaryRow } from "../lib/scenario.js";
import { startOurServer, startRawServer } from "../lib/servers.js";
import { normalList, normalPoint, normalWellPage, peerBodies } from "../peer/peerOperations.js";
import { startPeerServer } from "../peer/startPeerServer.js";

interface Side {
  url: string;
  bodies: string[];
  headers?: Record<string, string>;
}

interface Pair {
  a: LoadResult[];
  b: LoadResult[];
  /** Requests/s of a over b, median of the rounds. */
  rpsRatio: number;
  /** p50 latency of a over b, median of the rounds. */
  p50Ratio: number;
}

async function sideBySide(label: string, a: Side, b: Side, connections: number, seconds: number, rounds: number, log: (line: string) => void): Promise<Pair> {
  const load = (side: Side, name: string, durationSeconds: number) =>
    runLoad({ label: name, url: side.url, bodies: side.bodies, headers: side.headers, connections, durationSeconds });
  await load(a, "warm-up", 1);
  await load(b, "warm-up", 1);
  const pair: Pair = { a: [], b: [], rpsRatio: 0, p50Ratio: 0 };
  for (let i = 0; i < rounds; i += 1) {
    for (const which of i % 2 === 0 ? (["a", "b"] as const) : (["b", "a"] as const)) {
      const result = await load(which === "a" ? a : b, `${label} ${which}`, seconds);
      pair[which].push(result);
    }
    const ra = pair.a[i];
    const rb = pair.b[i];
    if (ra && rb) log(`  ${label} round ${i + 1}: ${ra.requestsPerSecond} vs ${rb.requestsPerSecond} req/s, p50 ${ra.latencyMs.p50} vs ${rb.latencyMs.p50} ms`);
  }
  pair.rpsRatio = round2(median(pair.a.map((r, i) => r.requestsPerSecond / (pair.b[i]?.requestsPerSecond ?? Number.NaN))));
  pair.p50Ratio = round2(median(pair.a.map((r, i) => r.latencyMs.p50 / (pair.b[i]?.latencyMs.p50 ?? Number.NaN))));
  return pair;
}

const rps = (runs: LoadResult[]) => Math.round(median(runs.map((r) => r.requestsPerSecond)));
const p50 = (runs: LoadResult[]) => round2(median(runs.map((r) => r.latencyMs.p50)));

async function expectSame(what: string, ours: unknown, peer: unknown): Promise<void> {
  if (!isDeepStrictEqual(ours, peer)) {
    throw new Error(`${what}: our server and the peer answer differently:\n${JSON.stringify(ours).slice(0, 600)}\n${JSON.stringify(peer).slice(0, 600)}`);
  }
}

export const peer: Scenario = {
  id: "peer",
  title: "5. Beside PostGraphile 5 (Amber) and bare Apollo",
  async run({ data, authEnv, adminHeaders, seconds, rounds, log }): Promise<ScenarioResult> {
    const bodies = peerBodies(data);
    const peerServer = await startPeerServer(data.url, log);
    const [ours, raw] = await Promise.all([startOurServer({ databaseUrl: data.url, workers: 1, authEnv }), startRawServer(data.url)]);
    try {
      const ask = async (url: string, body: string, headers?: Record<string, string>) => (await expectData(url, body, headers)).answer;
      await expectSame("well(id)", normalPoint(await ask(ours.graphqlUrl, bodies.point.ours[0] ?? ""), "ours"), normalPoint(await ask(peerServer.graphqlUrl, bodies.point.peer[0] ?? ""), "peer"));
      for (const [what, pair] of [["first 50 wells", bodies.list50], ["first 1,000 wells", bodies.list1000]] as const) {
        await expectSame(what, normalList(await ask(ours.graphqlUrl, pair.ours), "ours"), normalList(await ask(peerServer.graphqlUrl, pair.peer), "peer"));
      }
      await expectSame("well page", normalWellPage(await ask(ours.graphqlUrl, bodies.wellPage.ours, adminHeaders), "ours"), normalWellPage(await ask(peerServer.graphqlUrl, bodies.wellPage.peer), "peer"));
      log("  answers agree (point lookup, 50 and 1,000 wells, well page)");

      const oursSide = (b: string[], headers?: Record<string, string>): Side => ({ url: ours.graphqlUrl, bodies: b, headers });
      const peerSide = (b: string[]): Side => ({ url: peerServer.graphqlUrl, bodies: b });
      const run = (label: string, o: Side, p: Side, connections: number) => sideBySide(label, o, p, connections, seconds, rounds, log);

      const point = await run("well(id) vs peer", oursSide(bodies.point.ours), peerSide(bodies.point.peer), 10);
      const list50 = await run("50 wells", oursSide([bodies.list50.ours]), peerSide([bodies.list50.peer]), 10);
      const list50Single = await run("50 wells, 1 connection", oursSide([bodies.list50.ours]), peerSide([bodies.list50.peer]), 1);
      const list1000 = await run("1,000 wells", oursSide([bodies.list1000.ours]), peerSide([bodies.list1000.peer]), 4);
      const list1000Single = await run("1,000 wells, 1 connection", oursSide([bodies.list1000.ours]), peerSide([bodies.list1000.peer]), 1);
      const page = await run("well page", oursSide([bodies.wellPage.ours], adminHeaders), peerSide([bodies.wellPage.peer]), 10);
      const pageSingle = await run("well page, 1 connection", oursSide([bodies.wellPage.ours], adminHeaders), peerSide([bodies.wellPage.peer]), 1);
      const typename = await run("{ __typename } vs bare Apollo", oursSide([bodies.typename]), { url: raw.graphqlUrl, bodies: [bodies.typename] }, 10);
      const typenamePeer = await run("{ __typename } vs peer", oursSide([bodies.typename]), peerSide([bodies.typename]), 10);

      const throughputRow = (what: string, pair: Pair, target: number | null): SummaryRow => ({
        measurement: `${what}: req/s ours vs peer`,
        result: `${rps(pair.a)} vs ${rps(pair.b)} req/s = ${pair.rpsRatio}×`,
        target: target === null ? "" : `≥ ${target}×`,
        met: target === null ? null : pair.rpsRatio >= target,
      });
      const latencyRow = (what: string, pair: Pair): SummaryRow => ({
        measurement: `${what}: single-request latency (p50, 1 connection) ours vs peer`,
        result: `${p50(pair.a)} vs ${p50(pair.b)} ms = ${pair.p50Ratio}×`,
        target: "≤ 1×",
        met: pair.p50Ratio <= 1,
      });
      return {
        id: this.id,
        title: this.title,
        summary: [
          throughputRow("well(id), 10 connections (reference)", point, null),
          throughputRow("first 50 wells (location, groups, totalCount), 10 connections", list50, 1),
          latencyRow("first 50 wells", list50Single),
          throughputRow("first 1,000 wells, 4 connections", list1000, 1),
          latencyRow("first 1,000 wells", list1000Single),
          throughputRow("well page, 10 connections", page, 1),
          latencyRow("well page", pageSingle),
          {
            measurement: "{ __typename }: req/s ours vs bare Apollo (raw pg server)",
            result: `${rps(typename.a)} vs ${rps(typename.b)} req/s = ${typename.rpsRatio}×`,
            target: "≥ 0.85×",
            met: typename.rpsRatio >= 0.85,
          },
          throughputRow("{ __typename } (reference)", typenamePeer, null),
        ],
        details: { seconds, rounds, point, list50, list50Single, list1000, list1000Single, page, pageSingle, typename, typenamePeer },
      };
    } finally {
      await Promise.all([ours.stop(), raw.stop(), peerServer.stop()]);
    }
  },
};
