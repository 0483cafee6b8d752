/**
 * npm run bench:geojson [-- --rounds R]
 *
 * `thingsGeoJSON` with and without `latestLevel` on the bench database (10,000 wells, 1,000,000
 * manual levels; bench/lib/benchDatabase.ts), through the domain function the GraphQL field and the
 * download route share, as an anonymous caller: every public well, and the 500 public wells of the
 * point-lookup scenario by id. Each variant runs R times (default 3) after a warm-up, alternating;
 * the report gives the median milliseconds, the feature count and the ratio with/without, side by
 * side in one run.
 *
 * Writes bench/results/geojson.json and prints a Markdown table for bench/README.md.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

import { createDatabase } from "../src/db/createDatabase.js";
import { findThingsFeatureCollection } from "../src/domain/geojson/thingsFeatureCollection.js";
import { ANONYMOUS_VIEWER } from "../src/domain/visibility/viewer.js";
import type { ThingFilter } from "../src/generated/graphql.js";
import { prepareBenchDatabase } from "./lib/benchDatabase.js";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "3" } } });
const ROUNDS = Number(values.rounds);

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const data = await prepareBenchDatabase();
const db = createDatabase({ url: data.url, poolMax: 2, acquireTimeoutMs: 30_000, statementTimeoutMs: 0 });
try {
  const selections: { label: string; filter: ThingFilter }[] = [
    { label: "every public well", filter: { thingTypes: ["water well"] } },
    { label: "500 wells by id", filter: { ids: data.pointWellIds.map(String) } },
  ];
  const rows = [];
  for (const { label, filter } of selections) {
    const timings: Record<"plain" | "latest", number[]> = { plain: [], latest: [] };
    const features: Record<"plain" | "latest", number> = { plain: 0, latest: 0 };
    const run = async (variant: "plain" | "latest") => {
      const started = performance.now();
      const collection = await findThingsFeatureCollection(db.prisma, ANONYMOUS_VIEWER, filter, { latestLevel: variant === "latest" });
      timings[variant].push(performance.now() - started);
      features[variant] = collection.features.length;
    };
    await run("plain");
    await run("latest");
    timings.plain = [];
    timings.latest = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const variant of round % 2 === 0 ? (["plain", "latest"] as const) : (["latest", "plain"] as const)) await run(variant);
    }
    const plain = Math.round(median(timings.plain));
    const latest = Math.round(median(timings.latest));
    rows.push({ selection: label, features: features.latest, plainMs: plain, latestLevelMs: latest, ratio: Math.round((latest / plain) * 10) / 10 });
  }
  await mkdir(new URL("./results/", import.meta.url), { recursive: true });
  await writeFile(new URL("./results/geojson.json", import.meta.url), `${JSON.stringify({ measuredAt: new Date().toISOString(), rounds: ROUNDS, rows }, null, 2)}\n`);
  console.log("| selection | features | without latestLevel | with latestLevel | ratio |\n|---|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.selection} | ${r.features} | ${r.plainMs} ms | ${r.latestLevelMs} ms | ${r.ratio}× |`);
} finally {
  await db.close();
}
