/**
 * Scenario 6 (issue 12): resident memory of the default deployment (WEB_CONCURRENCY 2) on the bench
 * database: the cluster primary and each serving process with its executor thread, at rest after
 * start (and after a first request of each kind), then sampled every second under load (point
 * lookups, 50-well pages, 1,000-well lists and well pages from 10 connections for
 * BENCH_MEMORY_SECONDS, default 60), then at rest again. PostGraphile's RSS at rest after the
 * same first requests, for reference. Targets: primary ≤ 80 MB, each serving process ≤ 250 MB at
 * rest (MiB, VmRSS); under load the last sample within 10% of the median of the first quarter
 * is reported as "flat" (a hint of growth, not a proof over 10 minutes).
 */
import { expectData } from "../lib/graphqlRequest.js";
import { runLoad } from "../lib/load.js";
import { childPids, rssMiB } from "../lib/processMemory.js";
import { median, type Scenario, type ScenarioResult } from "../lib/scenario.js";
import { startOurServer } from "../lib/servers.js";
import { peerBodies } from "../peer/peerOperations.js";
import { startPeerServer } from "../peer/startPeerServer.js";

const PRIMARY_TARGET_MIB = 80;
const SERVING_TARGET_MIB = 250;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const memory: Scenario = {
  id: "memory",
  title: "6. Memory (WEB_CONCURRENCY 2)",
  async run({ data, authEnv, adminHeaders, log }): Promise<ScenarioResult> {
    const loadSeconds = Number(process.env.BENCH_MEMORY_SECONDS ?? 60);
    const bodies = peerBodies(data);
    const ours = await startOurServer({ databaseUrl: data.url, workers: 2, authEnv });
    const peer = await startPeerServer(data.url, log);
    try {
      const primary = ours.server.pid;
      const workers = await childPids(primary);
      if (workers.length !== 2) throw new Error(`expected 2 serving processes under the primary, found ${workers.length}`);
      const snapshot = async () => ({
        primary: await rssMiB(primary),
        serving: await Promise.all(workers.map((pid) => rssMiB(pid))),
      });
      await sleep(5_000);
      const afterStart = await snapshot();
      // A first request of each kind in both processes (each takes one connection in turn).
      for (let i = 0; i < 4; i += 1) {
        await expectData(ours.graphqlUrl, bodies.point.ours[i] ?? "");
        await expectData(ours.graphqlUrl, bodies.list50.ours);
        await expectData(ours.graphqlUrl, bodies.list1000.ours);
        await expectData(ours.graphqlUrl, bodies.wellPage.ours, adminHeaders);
      }
      await expectData(peer.graphqlUrl, bodies.point.peer[0] ?? "");
      await expectData(peer.graphqlUrl, bodies.list50.peer);
      await expectData(peer.graphqlUrl, bodies.list1000.peer);
      await expectData(peer.graphqlUrl, bodies.wellPage.peer);
      await sleep(5_000);
      const atRest = await snapshot();
      const peerRest = await rssMiB(peer.server.pid);
      log(`  at rest: primary ${atRest.primary} MiB, serving ${atRest.serving.join(" / ")} MiB (after start: ${afterStart.primary}, ${afterStart.serving.join(" / ")}); PostGraphile ${peerRest} MiB`);

      const samples: number[][] = [];
      const sampler = setInterval(() => {
        void Promise.all(workers.map((pid) => rssMiB(pid))).then((rss) => samples.push(rss.map((v) => v ?? 0)));
      }, 1_000);
      const mix = [...bodies.point.ours.slice(0, 20), bodies.list50.ours, bodies.list50.ours, bodies.list1000.ours];
      await Promise.all([
        runLoad({ label: "memory mix", url: ours.graphqlUrl, bodies: mix, connections: 8, durationSeconds: loadSeconds }),
        runLoad({ label: "memory well page", url: ours.graphqlUrl, bodies: [bodies.wellPage.ours], headers: adminHeaders, connections: 2, durationSeconds: loadSeconds }),
      ]);
      clearInterval(sampler);
      await sleep(5_000);
      const afterLoad = await snapshot();
      const perProcess = workers.map((_, i) => samples.map((s) => s[i] ?? 0));
      const quarter = Math.max(1, Math.floor(samples.length / 4));
      const underLoad = perProcess.map((series) => ({
        firstQuarterMedian: median(series.slice(0, quarter)),
        max: Math.max(...series),
        last: series.at(-1) ?? 0,
      }));
      const flat = underLoad.every((s) => s.last <= s.firstQuarterMedian * 1.1);
      const restMax = Math.max(...atRest.serving.map((v) => v ?? Number.POSITIVE_INFINITY));
      return {
        id: this.id,
        title: this.title,
        summary: [
          { measurement: "primary RSS at rest", result: `${atRest.primary} MiB`, target: `≤ ${PRIMARY_TARGET_MIB} MB`, met: (atRest.primary ?? Infinity) <= PRIMARY_TARGET_MIB },
          {
            measurement: "each serving process + executor thread, RSS at rest",
            result: `${atRest.serving.join(" / ")} MiB (just started: ${afterStart.serving.join(" / ")})`,
            target: `≤ ${SERVING_TARGET_MIB} MB`,
            met: restMax <= SERVING_TARGET_MIB,
          },
          {
            measurement: `RSS under load (${loadSeconds} s): first-quarter median → max → last, per serving process`,
            result: underLoad.map((s) => `${s.firstQuarterMedian} → ${s.max} → ${s.last}`).join("; ") + ` MiB; at rest after: ${afterLoad.serving.join(" / ")}`,
            target: "flat",
            met: flat,
          },
          { measurement: "PostGraphile 5 RSS at rest (reference)", result: `${peerRest} MiB`, target: "", met: null },
        ],
        details: { loadSeconds, afterStart, atRest, afterLoad, peerRest, samples },
      };
    } finally {
      await Promise.all([ours.stop(), peer.stop()]);
    }
  },
};
