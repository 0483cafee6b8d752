/**
 * npm run bench:geojson [-- --rounds R]
 *
 * `thingsGeoJSON` with and without `latestLevel` on the bench database (10,000 wells, 1,000,000
 * manual levels; bench/lib/benchDatabase.ts), as an anonymous caller: every public well, and the
 * 500 public wells of the point-lookup scenario by id. Each variant runs R times (default 3) after
 * a warm-up, alternating (bench/lib/geojsonTiming.ts); the report gives the median milliseconds,
 * the feature count and the ratio with/without, side by side in one run.
 *
 * Writes bench/results/geojson.json and prints a Markdown table for bench/README.md.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

import { createDatabase } from "../src/db/createDatabase.js";
import { prepareBenchDatabase } from "./lib/benchDatabase.js";
import { timeGeojson } from "./lib/geojsonTiming.js";

const { values } = parseArgs({ options: { rounds: { type: "string", default: "3" } } });
const ROUNDS = Number(values.rounds);

const data = await prepareBenchDatabase();
const db = createDatabase({ url: data.url, poolMax: 2, acquireTimeoutMs: 30_000, statementTimeoutMs: 0 });
try {
  const rows = [
    await timeGeojson(db, "every public well", { thingTypes: ["water well"] }, ROUNDS),
    await timeGeojson(db, "500 wells by id", { ids: data.pointWellIds.map(String) }, ROUNDS),
  ];
  await mkdir(new URL("./results/", import.meta.url), { recursive: true });
  await writeFile(new URL("./results/geojson.json", import.meta.url), `${JSON.stringify({ measuredAt: new Date().toISOString(), rounds: ROUNDS, rows }, null, 2)}\n`);
  console.log("| selection | features | without latestLevel | with latestLevel | ratio |\n|---|---|---|---|---|");
  for (const r of rows) console.log(`| ${r.selection} | ${r.features} | ${r.plainMs} ms | ${r.latestLevelMs} ms | ${r.ratio}× |`);
} finally {
  await db.close();
}
