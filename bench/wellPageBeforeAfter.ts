/**
 * npx tsx bench/wellPageBeforeAfter.ts
 *
 * The well page (issue 12, target 3; ADR 35) on three servers side by side on the bench database
 * (lib/benchDatabase.ts): the base tree (BENCH_BASE_REF, default `main`, extracted with git archive
 * into a temporary directory, sharing this tree's node_modules), this tree, and PostGraphile 5
 * (bench/peer). Admin caller for ours (as scenario 2), anonymous for the peer (as scenario 5).
 * BENCH_ROUNDS rounds (default 4) of BENCH_SECONDS (default 5) at 10 connections, then at 1
 * connection; the order of the three rotates each round, and the ratios are medians of per-round
 * ratios, so a drift of the shared machine's load hits all three alike. Prints the load average
 * with each round and writes bench/results/well-page-before-after.json.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { prepareBenchDatabase } from "./lib/benchDatabase.js";
import { startBenchIdentityProvider } from "./lib/benchIdentityProvider.js";
import { REPO_ROOT } from "./lib/childServer.js";
import { runLoad } from "./lib/load.js";
import { median, round2 } from "./lib/scenario.js";
import { SERVER_NODE_FLAGS, startOurServer, startProbedServer } from "./lib/servers.js";
import { peerBodies } from "./peer/peerOperations.js";
import { startPeerServer } from "./peer/startPeerServer.js";

const run = promisify(execFile);
const RESULTS = fileURLToPath(new URL("./results/well-page-before-after.json", import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const rounds = Number(process.env.BENCH_ROUNDS ?? 4);
const ref = process.env.BENCH_BASE_REF ?? "main";
const log = (line: string) => console.log(line);

interface Side {
  name: "base" | "this" | "peer";
  url: string;
  body: string;
  headers: Record<string, string>;
}

type Round = Record<Side["name"], { rps: number; p50: number }> & { load1: number };

const data = await prepareBenchDatabase(log);
const identity = await startBenchIdentityProvider();
const adminHeaders = { authorization: `Bearer ${await identity.token(["Admin"])}` };
const baseDir = await mkdtemp(join(tmpdir(), "ocotillo-base-"));
await run("sh", ["-c", `git -C "${REPO_ROOT}" archive "${ref}" src package.json tsconfig.json | tar -x -C "${baseDir}"`]);
await symlink(join(REPO_ROOT, "node_modules"), join(baseDir, "node_modules"));
const bodies = peerBodies(data);
const env = { DATABASE_URL: data.url, WEB_CONCURRENCY: "1", ...identity.serverEnv };
const peer = await startPeerServer(data.url, log);
const base = await startProbedServer(`base (${ref})`, join(baseDir, "src/main.ts"), 1, env, SERVER_NODE_FLAGS);
const ours = await startOurServer({ databaseUrl: data.url, workers: 1, authEnv: identity.serverEnv });
const sides: Side[] = [
  { name: "base", url: base.graphqlUrl, body: bodies.wellPage.ours, headers: adminHeaders },
  { name: "this", url: ours.graphqlUrl, body: bodies.wellPage.ours, headers: adminHeaders },
  { name: "peer", url: peer.graphqlUrl, body: bodies.wellPage.peer, headers: {} },
];
const results: Record<string, Round[]> = {};
try {
  for (const connections of [10, 1]) {
    log(`\nwell page, ${connections} connection(s), base = ${ref}`);
    for (const side of sides) {
      await runLoad({ label: "warm-up", url: side.url, bodies: [side.body], headers: side.headers, connections, durationSeconds: 2 });
    }
    const measured: Round[] = [];
    for (let i = 0; i < rounds; i += 1) {
      const round: Partial<Round> = {};
      for (let k = 0; k < sides.length; k += 1) {
        const side = sides[(k + i) % sides.length]!;
        const result = await runLoad({ label: side.name, url: side.url, bodies: [side.body], headers: side.headers, connections, durationSeconds: seconds });
        round[side.name] = { rps: result.requestsPerSecond, p50: result.latencyMs.p50 };
      }
      const complete = { ...round, load1: round2(loadavg()[0] ?? 0) } as Round;
      measured.push(complete);
      log(
        `  round ${i + 1} (load ${complete.load1}): base ${complete.base.rps}, this ${complete.this.rps}, peer ${complete.peer.rps} req/s; ` +
          `p50 ${complete.base.p50} / ${complete.this.p50} / ${complete.peer.p50} ms`,
      );
    }
    const ratio = (a: Side["name"], b: Side["name"], key: "rps" | "p50") => round2(median(measured.map((r) => r[a][key] / r[b][key])));
    log(
      `  median of per-round ratios: this/base ${ratio("this", "base", "rps")}× req/s, this/peer ${ratio("this", "peer", "rps")}× req/s ` +
        `(base/peer ${ratio("base", "peer", "rps")}×); p50 this/peer ${ratio("this", "peer", "p50")}× (base/peer ${ratio("base", "peer", "p50")}×)`,
    );
    results[`connections${connections}`] = measured;
  }
} finally {
  await Promise.all([base.stop(), ours.stop(), peer.stop()]);
  await identity.stop();
  await rm(baseDir, { recursive: true, force: true });
}
await mkdir(join(RESULTS, ".."), { recursive: true });
await writeFile(RESULTS, JSON.stringify({ date: new Date().toISOString(), baseRef: ref, cpus: cpus().length, seconds, rounds, results }, null, 2));
log(`\nresults in ${RESULTS}`);
process.exit(0);
