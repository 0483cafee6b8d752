/**
 * npm run bench:hydrograph [-- --points N --requests R]
 *
 * Serving a hydrograph of N (default 100,000) continuous points plus ~500 manual levels and 20
 * review blocks, over HTTP from the real server (`src/main.ts` in a child process, one process,
 * development auth bypass), on a throwaway database (`ocotillo_bench_hydro_<pid>`, bench/lib/scratchDatabase.ts).
 *
 * Variants, each warmed up and then requested R times (default 15) one after another:
 * - typed: `times`/`values` lists (graphql-js completes one list item per point);
 * - json: the `columns` JSON value (one value per series; epoch milliseconds);
 * - maxPoints=2000: typed lists, downsampled in SQL (min/max per bucket).
 * Per variant: latency (median, p95, max, time to the whole body), response bytes, the server's
 * peak RSS during the variant (VmHWM from /proc, reset before each variant through clear_refs)
 * and its V8 heap afterwards (/metrics). Then small queries (a well by id) are timed alone and
 * while two clients request the full typed hydrograph in a loop.
 *
 * Writes bench/results/hydrograph.json and prints a Markdown table for bench/README.md.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

import type { Database } from "../src/db/createDatabase.js";
import { startChildServer } from "./lib/childServer.js";
import { withScratchDatabase } from "./lib/scratchDatabase.js";

const { values } = parseArgs({ options: { points: { type: "string", default: "100000" }, requests: { type: "string", default: "15" } } });
const POINTS = Number(values.points);
const REQUESTS = Number(values.requests);
/** A public well with POINTS readings (5-minute steps), a weekly manual level and 20 blocks. */
async function seed(db: Database): Promise<number> {
  const { rows } = await db.pool.query<{ id: number }>(
    `WITH w AS (INSERT INTO thing (name, thing_type, release_status) VALUES ('BENCH-HYDRO-1', 'water well', 'public') RETURNING id),
          s AS (INSERT INTO sensor (name, sensor_type) VALUES ('bench transducer', 'Pressure Transducer') RETURNING id),
          d AS (INSERT INTO deployment (thing_id, sensor_id, release_status) SELECT w.id, s.id, 'public' FROM w, s RETURNING id, thing_id)
     SELECT thing_id AS id FROM d`,
  );
  const wellId = rows[0]?.id ?? 0;
  await db.pool.query(
    `INSERT INTO transducer_observation (deployment_id, parameter_id, observation_datetime, value, release_status)
     SELECT d.id, p.id, timestamptz '2024-01-01T00:00:00Z' + i * interval '5 minutes',
       round((100 + 5 * sin(i / 288.0) + (random() - 0.5))::numeric, 3)::float8, 'public'
     FROM deployment d, parameter p, generate_series(0, $2::int - 1) AS i
     WHERE d.thing_id = $1 AND p.parameter_name = 'groundwater level' AND p.matrix = 'groundwater'`,
    [wellId, POINTS],
  );
  const weeks = Math.ceil((POINTS * 5) / (7 * 24 * 60));
  await db.pool.query(
    `WITH fe AS (
       INSERT INTO field_event (thing_id, event_date, release_status)
       SELECT $1, timestamptz '2024-01-01T17:00:00Z' + w * interval '7 days', 'public' FROM generate_series(0, $2::int - 1) AS w
       RETURNING id, event_date),
     fa AS (INSERT INTO field_activity (field_event_id, activity_type, release_status) SELECT id, 'groundwater level', 'public' FROM fe RETURNING id, field_event_id),
     sa AS (
       INSERT INTO sample (field_activity_id, sample_date, sample_name, sample_matrix, sample_method, release_status)
       SELECT fa.id, fe.event_date, 'bench-wl-' || fa.id, 'groundwater', 'Steel-tape measurement', 'public' FROM fa JOIN fe ON fe.id = fa.field_event_id
       RETURNING id, sample_date)
     INSERT INTO observation (sample_id, parameter_id, observation_datetime, value, unit, measuring_point_height, release_status)
     SELECT sa.id, p.id, sa.sample_date, round((101 + 5 * sin(extract(epoch FROM sa.sample_date) / 86400 / 7))::numeric, 2)::float8, 'ft', 1.5, 'public'
     FROM sa, parameter p WHERE p.parameter_name = 'groundwater level' AND p.matrix = 'groundwater'`,
    [wellId, weeks],
  );
  await db.pool.query(
    `INSERT INTO transducer_observation_block (thing_id, parameter_id, review_status, start_datetime, end_datetime, release_status)
     SELECT $1, p.id, CASE WHEN b % 2 = 0 THEN 'approved' ELSE 'not reviewed' END,
       timestamptz '2024-01-01T00:00:00Z' + b * ($2::int * interval '5 minutes' / 20),
       timestamptz '2024-01-01T00:00:00Z' + (b + 1) * ($2::int * interval '5 minutes' / 20) - interval '5 minutes', 'public'
     FROM parameter p, generate_series(0, 19) AS b WHERE p.parameter_name = 'groundwater level' AND p.matrix = 'groundwater'`,
    [wellId, POINTS],
  );
  await db.pool.query("VACUUM ANALYZE");
  return wellId;
}

async function procStatus(pid: number): Promise<{ rssMb: number; peakRssMb: number }> {
  const status = await readFile(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);
  return { rssMb: Math.round(kb("VmRSS") / 1024), peakRssMb: Math.round(kb("VmHWM") / 1024) };
}

async function resetPeak(pid: number): Promise<void> {
  await writeFile(`/proc/${pid}/clear_refs`, "5").catch(() => undefined);
}

async function heapUsedMb(port: number): Promise<number | null> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text().catch(() => "");
  const m = /^nodejs_heap_size_used_bytes(?:\{[^}]*\})? ([0-9.e+]+)/m.exec(text);
  return m ? Math.round(Number(m[1]) / 1048576) : null;
}

async function post(port: number, query: string, variables: Record<string, unknown>): Promise<{ ms: number; bytes: number; body: string }> {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.text();
  const ms = performance.now() - started;
  if (!response.ok || body.includes('"errors"')) throw new Error(`request failed (${response.status}): ${body.slice(0, 300)}`);
  return { ms, bytes: Buffer.byteLength(body), body };
}

const pct = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return Math.round((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0) * 10) / 10;
};

const QUERIES = {
  typed: `query H($w: ID!, $max: Int) { hydrograph(wellId: $w, maxPoints: $max) {
    manual { times values count totalCount } continuous { times values count totalCount downsampled } blocks { id start end status } } }`,
  json: `query H($w: ID!, $max: Int) { hydrograph(wellId: $w, maxPoints: $max) {
    manual { columns count } continuous { columns count totalCount } blocks { id start end status } } }`,
};

async function measure(pid: number, port: number, label: string, query: string, variables: Record<string, unknown>) {
  for (let i = 0; i < 3; i += 1) await post(port, query, variables);
  await resetPeak(pid);
  const before = await procStatus(pid);
  const times: number[] = [];
  let bytes = 0;
  let points = 0;
  for (let i = 0; i < REQUESTS; i += 1) {
    const r = await post(port, query, variables);
    times.push(r.ms);
    bytes = r.bytes;
    points = (JSON.parse(r.body) as { data: { hydrograph: { continuous: { count: number } } } }).data.hydrograph.continuous.count;
  }
  const after = await procStatus(pid);
  return {
    variant: label,
    continuousPoints: points,
    medianMs: pct(times, 50),
    p95Ms: pct(times, 95),
    maxMs: pct(times, 100),
    responseBytes: bytes,
    rssBeforeMb: before.rssMb,
    peakRssMb: after.peakRssMb,
    heapUsedAfterMb: await heapUsedMb(port),
  };
}

async function smallQueryLatency(port: number, wellId: number, heavyClients: number): Promise<{ p50: number; p99: number; max: number; heavyRequests: number }> {
  let stop = false;
  let heavyRequests = 0;
  const heavy = Array.from({ length: heavyClients }, async () => {
    while (!stop) {
      await post(port, QUERIES.typed, { w: String(wellId) });
      heavyRequests += 1;
    }
  });
  await new Promise((r) => setTimeout(r, heavyClients > 0 ? 500 : 0));
  const times: number[] = [];
  const until = performance.now() + 8_000;
  while (performance.now() < until) {
    times.push((await post(port, `query W($w: ID!) { well(id: $w) { id name } }`, { w: String(wellId) })).ms);
  }
  stop = true;
  await Promise.all(heavy);
  return { p50: pct(times, 50), p99: pct(times, 99), max: pct(times, 100), heavyRequests };
}

async function main(): Promise<void> {
  await withScratchDatabase("ocotillo_bench_hydro", { poolMax: 2 }, async (db, url) => {
    console.log(`seeding a well with ${POINTS.toLocaleString("en-US")} readings ...`);
    const wellId = await seed(db);
    const server = await startChildServer({
      name: "hydrograph server",
      script: "src/main.ts",
      env: {
        DATABASE_URL: url,
        NODE_ENV: "development",
        AUTH_MODE: "bypass",
        WEB_CONCURRENCY: "1",
        LOG_LEVEL: "warn",
        DATABASE_STATEMENT_TIMEOUT_MS: "60000",
      },
    });
    try {
      const { pid } = server;
      const port = Number(new URL(server.url).port);
      const w = String(wellId);
      const variants = [
        await measure(pid, port, "maxPoints=2000 (typed)", QUERIES.typed, { w, max: 2_000 }),
        await measure(pid, port, `${POINTS.toLocaleString("en-US")} points, json columns`, QUERIES.json, { w }),
        await measure(pid, port, `${POINTS.toLocaleString("en-US")} points, typed times/values`, QUERIES.typed, { w }),
      ];
      for (const v of variants) console.log(v);
      const alone = await smallQueryLatency(port, wellId, 0);
      const beside = await smallQueryLatency(port, wellId, 2);
      const results = { date: new Date().toISOString(), points: POINTS, requestsPerVariant: REQUESTS, variants, smallQueries: { alone, besideTwoHeavyClients: beside } };
      await mkdir(new URL("./results/", import.meta.url), { recursive: true });
      await writeFile(new URL("./results/hydrograph.json", import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
      console.log(JSON.stringify(results.smallQueries, null, 2));
      console.log(
        [
          "| variant | median | p95 | response | server peak RSS (during) | heap after |",
          "|---|---|---|---|---|---|",
          ...variants.map(
            (v) =>
              `| ${v.variant} | ${v.medianMs} ms | ${v.p95Ms} ms | ${(v.responseBytes / 1e6).toFixed(2)} MB | ${v.peakRssMb} MB (from ${v.rssBeforeMb}) | ${v.heapUsedAfterMb ?? "?"} MB |`,
          ),
          "",
          "| small query `well(id)` | p50 | p99 | max |",
          "|---|---|---|---|",
          `| alone | ${alone.p50} ms | ${alone.p99} ms | ${alone.max} ms |`,
          `| beside 2 clients looping the full hydrograph (${beside.heavyRequests} served) | ${beside.p50} ms | ${beside.p99} ms | ${beside.max} ms |`,
        ].join("\n"),
      );
    } finally {
      await server.stop();
    }
  });
}

await main();
