/**
 * npm run bench:assets [-- --rounds R] [-- --megabytes M]
 *
 * What a large upload does to everyone else: a server (child process, local-disk store, scratch
 * database) answers a small GraphQL query (`assets(first: 1)`, one SQL statement) sent one after
 * another, first idle and then while curl uploads an M MB photo (default 200) to POST /assets.
 * Each round measures both phases, side by side, for the same length of time (the upload's
 * duration); R rounds (default 3), idle first in even rounds, the upload first in odd ones. Every
 * upload has bytes of its own (no deduplication shortcut).
 *
 * Writes bench/results/assets.json and prints a Markdown table for bench/README.md.
 */
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdir, mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { randomBytes } from "node:crypto";

import { startChildServer } from "./lib/childServer.js";
import { withScratchDatabase } from "./lib/scratchDatabase.js";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "3" }, megabytes: { type: "string", default: "200" } } });
const ROUNDS = Number(values.rounds);
const BYTES = Number(values.megabytes) * 1024 * 1024;
const SMALL_QUERY = JSON.stringify({ query: "{ assets(first: 1) { edges { node { id } } } }" });

function percentile(list: number[], p: number): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Sends the small query one after another until `done()` is true; returns each latency in ms. */
async function sampleSmallQuery(url: string, done: () => boolean): Promise<number[]> {
  const latencies: number[] = [];
  while (!done()) {
    const started = performance.now();
    const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: SMALL_QUERY });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`small query answered ${response.status}`);
    latencies.push(performance.now() - started);
  }
  return latencies;
}

/** A JPEG-looking file of BYTES bytes. */
async function writePhoto(file: string): Promise<void> {
  const handle = await open(file, "w");
  try {
    const block = randomBytes(1024 * 1024);
    Buffer.from("ffd8ffe000104a46494600010100000100010000", "hex").copy(block);
    for (let written = 0; written < BYTES; written += block.length) {
      await handle.write(block, 0, Math.min(block.length, BYTES - written));
      block.writeUInt32BE(written, 64);
    }
  } finally {
    await handle.close();
  }
}

/** Makes the file's bytes unique for this round (its last 32 bytes). */
async function makeUnique(file: string): Promise<void> {
  const handle = await open(file, "r+");
  try {
    await handle.write(randomBytes(32), 0, 32, BYTES - 32);
  } finally {
    await handle.close();
  }
}

/** Uploads `file` with curl; resolves with the HTTP status and the duration. */
async function curlUpload(url: string, file: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const curl = spawn("curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "-F", `file=@${file};type=image/jpeg`, `${url}/assets`], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  curl.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  await once(curl, "exit");
  return { status: Number(out), ms: performance.now() - started };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "asset-bench-"));
  try {
    const photo = join(dir, "photo.jpg");
    await writePhoto(photo);
    await withScratchDatabase("ocotillo_bench_assets", { poolMax: 2 }, async (_db, url) => {
      const server = await startChildServer({
        name: "asset server",
        script: "src/main.ts",
        env: {
          DATABASE_URL: url,
          NODE_ENV: "development",
          AUTH_MODE: "bypass",
          WEB_CONCURRENCY: "1",
          LOG_LEVEL: "warn",
          ASSET_DIR: join(dir, "store"),
          ASSET_MAX_BYTES: String(BYTES + 1024),
        },
        readyTimeoutMs: 180_000,
      });
      try {
        await sampleSmallQuery(server.url, ((n) => () => (n -= 1) < 0)(200)); // warm-up
        const idle: number[] = [];
        const loaded: number[] = [];
        const uploads: { status: number; ms: number }[] = [];
        let lastUploadMs = 3_000;
        const idlePhase = async () => {
          const until = performance.now() + lastUploadMs;
          idle.push(...(await sampleSmallQuery(server.url, () => performance.now() > until)));
        };
        const uploadPhase = async () => {
          await makeUnique(photo);
          let finished = false;
          const upload = curlUpload(server.url, photo).finally(() => (finished = true));
          loaded.push(...(await sampleSmallQuery(server.url, () => finished)));
          const result = await upload;
          if (result.status !== 201) throw new Error(`upload answered ${result.status}`);
          uploads.push(result);
          lastUploadMs = result.ms;
        };
        for (let round = 0; round < ROUNDS; round += 1) {
          if (round % 2 === 0) {
            await uploadPhase();
            await idlePhase();
          } else {
            await idlePhase();
            await uploadPhase();
          }
        }
        const uploadMs = uploads.map((u) => u.ms);
        const result = {
          measuredAt: new Date().toISOString(),
          megabytes: BYTES / 1024 / 1024,
          rounds: ROUNDS,
          uploadMedianMs: Math.round(percentile(uploadMs, 50)),
          uploadMBps: round2(BYTES / 1024 / 1024 / (percentile(uploadMs, 50) / 1000)),
          idle: { samples: idle.length, p50: round2(percentile(idle, 50)), p99: round2(percentile(idle, 99)) },
          duringUpload: { samples: loaded.length, p50: round2(percentile(loaded, 50)), p99: round2(percentile(loaded, 99)) },
        };
        const ratio = round2(result.duringUpload.p99 / result.idle.p99);
        await mkdir(new URL("./results/", import.meta.url), { recursive: true });
        await writeFile(new URL("./results/assets.json", import.meta.url), `${JSON.stringify({ ...result, p99Ratio: ratio }, null, 2)}\n`);
        console.log("| small query | samples | p50 | p99 |\n|---|---|---|---|");
        console.log(`| idle | ${result.idle.samples} | ${result.idle.p50} ms | ${result.idle.p99} ms |`);
        console.log(`| during a ${result.megabytes} MB upload | ${result.duringUpload.samples} | ${result.duringUpload.p50} ms | ${result.duringUpload.p99} ms |`);
        console.log(`\np99 during / idle: ${ratio}×; upload median ${result.uploadMedianMs} ms (${result.uploadMBps} MB/s), ${ROUNDS} rounds`);
      } finally {
        await server.stop();
      }
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
