/**
 * Fast ingest of transducer readings from CSV with PostgreSQL COPY: the file streams into a
 * temporary staging table, is validated there in SQL, and moves into `transducer_observation`
 * with a review block spanning it, in ONE transaction on a connection of its own.
 *
 * Contract:
 * - the file is streamed (never held whole in memory, never parsed row by row in JavaScript: only
 *   the header line is read here, the rest flows as bytes into `COPY ... FROM STDIN`), so the event
 *   loop stays free while a million rows load;
 * - header: comma-delimited names; `timestamp` (or observation_datetime, datetime, date_time,
 *   time) and `value` (or depth_to_water_ft) are required, `note` (or notes) is optional, other
 *   columns are ignored. Structural problems (empty file, semicolons/tabs, duplicate or missing
 *   columns, rows that do not fit the header) reject the file;
 * - rules, checked in SQL over all rows and reported with row numbers (the first `maxProblems` of
 *   each kind, then a count of the rest): every timestamp is ISO 8601 with a UTC offset ("T" or a
 *   space between date and time) and a real instant; every value is a number; timestamps strictly
 *   increase (a repeated timestamp is also reported as a duplicate);
 * - the well, parameter and deployment are resolved as for publishTransducerBlock; an overlap
 *   with existing blocks of the well and parameter is a CONFLICT listing them unless
 *   `replaceOverlapping` (then the overlapped readings and blocks are removed or narrowed in the
 *   same transaction); a reading at an instant already stored for the deployment is a
 *   DUPLICATE_VALUE;
 * - on any problem nothing is written (the transaction rolls back); otherwise every reading and
 *   the block (default review status "not reviewed", source kind "csv import") are committed
 *   together. Block writes of the well are serialised with publishing (same advisory lock).
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { setImmediate } from "node:timers/promises";

import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

import { imported, rejected, type ImportOutcome, type ImportProblem } from "../imports/importResult.js";
import { auditFields } from "../shared/audit.js";
import type { Actor } from "../shared/domainDeps.js";
import { ConflictError, DomainError, NotFoundError } from "../shared/domainErrors.js";
import { reviewStatusValues, releaseStatusValues, type ReviewStatusValue } from "../vocabulary/enumValues.js";
import { readingHeader, splitHeader } from "./csvHeader.js";
import { pgRunner, type SqlRunner } from "../shared/sqlRunner.js";
import {
  clearTransducerRange,
  insertBlock,
  lockWellBlocks,
  NO_CHANGES,
  overlapConflict,
  overlappingBlockIds,
  type TransducerRangeChanges,
} from "./transducerBlockRules.js";
import { chooseDeployment, findWellAndParameter, type WellRef } from "./transducerTarget.js";

export interface TransducerIngestOptions {
  pool: pg.Pool;
  well: WellRef;
  /** A `parameter_name` term, e.g. "groundwater level". */
  parameter: string;
  deploymentId?: number | null;
  /** The CSV bytes (a file or request stream). */
  source: AsyncIterable<Buffer | string>;
  sourceFile?: string | null;
  sourceKind?: string | null;
  reviewStatus?: ReviewStatusValue;
  releaseStatus?: string;
  replaceOverlapping?: boolean;
  user?: Actor | null;
  /** Called with the number of bytes streamed so far. */
  onBytes?: (bytes: number) => void;
  /** Rows listed per kind of problem (default 100). */
  maxProblems?: number;
}

export interface TransducerIngestResult extends ImportOutcome {
  readingCount: number;
  blockId: number | null;
  deploymentId: number | null;
  span: { start: Date; end: Date } | null;
  replaced: TransducerRangeChanges;
  /** Milliseconds per phase: copy, validate, write, commit. */
  timings: Record<string, number>;
}

const TIMESTAMP_PATTERN = String.raw`^\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?\s*(Z|[+-]\d{2}(:?\d{2})?)\s*$`;
const NUMBER_PATTERN = String.raw`^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$`;

/** Memory for the sorts and hashes of the validation (a million rows sort in memory). */
const INGEST_WORK_MEM = "256MB";
/** Session memory for the staging tables; settable only before a session first uses a temporary table. */
const INGEST_TEMP_BUFFERS = "256MB";

/** Raises temp_buffers for this transaction when the (pooled) session still allows it; else keeps the default. */
async function roomyTempBuffers(client: pg.PoolClient): Promise<void> {
  await client.query("SAVEPOINT temp_buffers");
  try {
    await client.query(`SET LOCAL temp_buffers = '${INGEST_TEMP_BUFFERS}'`);
    await client.query("RELEASE SAVEPOINT temp_buffers");
  } catch {
    await client.query("ROLLBACK TO SAVEPOINT temp_buffers");
  }
}

/** Thrown to end the ingest with problems (after rolling back). */
class Rejected extends Error {
  constructor(readonly problems: ImportProblem[], readonly rows: number) {
    super("ingest rejected");
  }
}

function problem(kind: ImportProblem["kind"], message: string, extra: Partial<ImportProblem> = {}): ImportProblem {
  return { kind, row: null, field: null, value: null, message, ...extra };
}

/** Problems of one kind: the listed rows, then a count of the rest. */
function listed(rows: ImportProblem[], total: number, what: string): ImportProblem[] {
  const more = total - rows.length;
  return more > 0 ? [...rows, problem(rows[0]?.kind ?? "INVALID_VALUE", `... and ${more} more rows with ${what}`)] : rows;
}

async function copyIntoStaging(client: pg.PoolClient, width: number, rest: AsyncGenerator<Buffer>, onBytes: (n: number) => void): Promise<void> {
  const columns = Array.from({ length: width }, (_, i) => `c${i + 1}`);
  await client.query(
    `CREATE TEMP TABLE ingest_staging (${columns.map((c) => `${c} text`).join(", ")}, row_no int GENERATED ALWAYS AS IDENTITY) ON COMMIT DROP`,
  );
  let bytes = 0;
  // Chunks can arrive and be written without ever leaving the microtask queue (a fast file, a
  // socket that accepts at once); yielding to the event loop after each one keeps timers and
  // other requests running while the file loads.
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const chunk of rest) {
      bytes += chunk.length;
      onBytes(bytes);
      yield chunk;
      await setImmediate();
    }
  }
  const copy = client.query(copyFrom(`COPY ingest_staging (${columns.join(", ")}) FROM STDIN WITH (FORMAT csv)`));
  await pipeline(Readable.from(counted()), copy);
}

/** Typed readings; invalid cells become NULL. Falls back to row-by-row casts only when a cast fails. */
async function typeReadings(client: pg.PoolClient, header: { timestamp: number; value: number; note: number | null }): Promise<void> {
  const ts = `c${header.timestamp + 1}`;
  const value = `c${header.value + 1}`;
  const note = header.note === null ? "NULL::text" : `c${header.note + 1}`;
  const fast = `CREATE TEMP TABLE ingest_typed ON COMMIT DROP AS
    SELECT row_no,
      CASE WHEN ${ts} ~ $1 THEN ${ts}::timestamptz END AS t,
      CASE WHEN ${value} ~ $2 THEN ${value}::float8 END AS v,
      ${note} AS note
    FROM ingest_staging`;
  await client.query("SAVEPOINT typed");
  try {
    await client.query(fast, [TIMESTAMP_PATTERN, NUMBER_PATTERN]);
    await client.query("RELEASE SAVEPOINT typed");
    return;
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    if (!["22007", "22008", "22003", "22P02", "22009"].includes(code)) throw error;
    await client.query("ROLLBACK TO SAVEPOINT typed");
  }
  // A value matched its pattern but is no real instant or number (2025-02-30, 1e999): cast row by row.
  await client.query(`CREATE FUNCTION pg_temp.ingest_ts(text) RETURNS timestamptz LANGUAGE plpgsql AS
    'BEGIN RETURN $1::timestamptz; EXCEPTION WHEN others THEN RETURN NULL; END'`);
  await client.query(`CREATE FUNCTION pg_temp.ingest_float(text) RETURNS float8 LANGUAGE plpgsql AS
    'BEGIN RETURN $1::float8; EXCEPTION WHEN others THEN RETURN NULL; END'`);
  await client.query(
    fast.replace(`${ts}::timestamptz`, `pg_temp.ingest_ts(${ts})`).replace(`${value}::float8`, `pg_temp.ingest_float(${value})`),
    [TIMESTAMP_PATTERN, NUMBER_PATTERN],
  );
}

interface Stats {
  n: number;
  badT: number;
  badV: number;
  unordered: number;
  first: Date | null;
  last: Date | null;
}

async function validateReadings(client: pg.PoolClient, header: { timestamp: number; value: number }, limit: number): Promise<{ stats: Stats; problems: ImportProblem[] }> {
  const { rows } = await client.query<Stats>(
    `SELECT count(*)::int AS n,
       count(*) FILTER (WHERE t IS NULL)::int AS "badT",
       count(*) FILTER (WHERE v IS NULL)::int AS "badV",
       count(*) FILTER (WHERE t <= prev)::int AS unordered,
       min(t) AS first, max(t) AS last
     FROM (SELECT t, v, lag(t) OVER (ORDER BY row_no) AS prev FROM ingest_typed) x`,
  );
  const stats = rows[0] ?? { n: 0, badT: 0, badV: 0, unordered: 0, first: null, last: null };
  const problems: ImportProblem[] = [];
  const ts = `c${header.timestamp + 1}`;
  const value = `c${header.value + 1}`;
  if (stats.badT > 0) {
    const bad = await client.query<{ row: number; value: string | null; shaped: boolean }>(
      `SELECT s.row_no AS row, s.${ts} AS value, COALESCE(s.${ts} ~ $2, false) AS shaped
       FROM ingest_staging s JOIN ingest_typed i USING (row_no) WHERE i.t IS NULL ORDER BY s.row_no LIMIT $1`,
      [limit, TIMESTAMP_PATTERN],
    );
    const why = (r: { value: string | null; shaped: boolean }) =>
      r.value === null
        ? "timestamp is required"
        : r.shaped
          ? `timestamp ${r.value} is not a real date-time`
          : "timestamp must be an ISO 8601 date-time with a UTC offset, e.g. 2025-02-15T10:30:00-07:00";
    problems.push(
      ...listed(
        bad.rows.map((r) => problem(r.value === null ? "MISSING_VALUE" : "INVALID_VALUE", why(r), { row: r.row, field: "timestamp", value: r.value })),
        stats.badT,
        "invalid timestamps",
      ),
    );
  }
  if (stats.badV > 0) {
    const bad = await client.query<{ row: number; value: string | null }>(
      `SELECT s.row_no AS row, s.${value} AS value FROM ingest_staging s JOIN ingest_typed i USING (row_no) WHERE i.v IS NULL ORDER BY s.row_no LIMIT $1`,
      [limit],
    );
    problems.push(
      ...listed(
        bad.rows.map((r) =>
          problem(r.value === null ? "MISSING_VALUE" : "INVALID_VALUE", r.value === null ? "value is required" : "value must be a number", { row: r.row, field: "value", value: r.value }),
        ),
        stats.badV,
        "invalid values",
      ),
    );
  }
  if (stats.unordered > 0) {
    const duplicates = await client.query<{ rows: number[]; at: Date }>(
      `SELECT array_agg(row_no ORDER BY row_no) AS rows, t AS at FROM ingest_typed WHERE t IS NOT NULL
       GROUP BY t HAVING count(*) > 1 ORDER BY min(row_no) LIMIT $1`,
      [limit],
    );
    problems.push(
      ...duplicates.rows.map((d) =>
        problem("DUPLICATE_VALUE", `timestamp ${d.at.toISOString()} appears in rows ${d.rows.join(", ")}`, { row: d.rows[1] ?? null, field: "timestamp", value: d.at.toISOString() }),
      ),
    );
    const unordered = await client.query<{ row: number; at: Date; prev: Date }>(
      `SELECT row_no AS row, t AS at, prev FROM (SELECT row_no, t, lag(t) OVER (ORDER BY row_no) AS prev FROM ingest_typed) x
       WHERE t <= prev ORDER BY row_no LIMIT $1`,
      [limit],
    );
    problems.push(
      ...listed(
        unordered.rows.map((r) =>
          problem("INVALID_VALUE", `timestamp ${r.at.toISOString()} is not after the previous row's (${r.prev.toISOString()}); timestamps must strictly increase`, {
            row: r.row,
            field: "timestamp",
            value: r.at.toISOString(),
          }),
        ),
        stats.unordered,
        "timestamps out of order",
      ),
    );
  }
  return { stats, problems };
}

/** Readings of the file at instants already stored for the deployment and parameter. */
async function storedDuplicates(client: pg.PoolClient, deploymentId: number, parameterId: number, span: { start: Date; end: Date }, limit: number): Promise<ImportProblem[]> {
  const { rows: overlap } = await client.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM transducer_observation WHERE deployment_id = $1 AND parameter_id = $2
       AND observation_datetime >= $3 AND observation_datetime <= $4) AS found`,
    [deploymentId, parameterId, span.start, span.end],
  );
  if (!overlap[0]?.found) return [];
  const { rows } = await client.query<{ row: number; at: Date; total: number }>(
    `SELECT i.row_no AS row, i.t AS at, count(*) OVER ()::int AS total FROM ingest_typed i
     JOIN transducer_observation o ON o.deployment_id = $1 AND o.parameter_id = $2 AND o.observation_datetime = i.t
     ORDER BY i.row_no LIMIT $3`,
    [deploymentId, parameterId, limit],
  );
  return listed(
    rows.map((r) =>
      problem("DUPLICATE_VALUE", `A reading at ${r.at.toISOString()} is already stored for deployment ${deploymentId}`, { row: r.row, field: "timestamp", value: r.at.toISOString() }),
    ),
    rows[0]?.total ?? 0,
    "readings already stored",
  );
}

/** A domain failure (unknown well, deployment not choosable) as a problem. */
function targetProblem(failure: DomainError): ImportProblem {
  const kind = failure instanceof NotFoundError ? "UNKNOWN_REFERENCE" : failure instanceof ConflictError ? "CONFLICT" : "INVALID_VALUE";
  return problem(kind, failure.message);
}

export async function ingestTransducerCsv(options: TransducerIngestOptions): Promise<TransducerIngestResult> {
  const timings: Record<string, number> = {};
  let clock = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - clock);
    clock = now;
  };
  const limit = options.maxProblems ?? 100;
  const base = { readingCount: 0, blockId: null, deploymentId: null, span: null, replaced: NO_CHANGES, timings };
  const { header: line, rest } = await splitHeader(options.source);
  const header = readingHeader(line);
  if (!header.ok) return { ...rejected(header.problems, 0), ...base };

  const client = await options.pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    // A long load is not a stuck query; the sorts and hashes of the validation fit in memory.
    await client.query(`SET LOCAL statement_timeout = 0; SET LOCAL work_mem = '${INGEST_WORK_MEM}'`);
    await roomyTempBuffers(client);
    try {
      await copyIntoStaging(client, header.header.width, rest, options.onBytes ?? (() => undefined));
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      if (!code.startsWith("22")) throw error;
      throw new Rejected([problem("MALFORMED_CSV", `The file does not fit its header: ${(error as Error).message}${(error as { where?: string }).where ? ` (${(error as { where?: string }).where})` : ""}`)], 0);
    }
    lap("copy");
    await typeReadings(client, header.header);
    const { stats, problems } = await validateReadings(client, header.header, limit);
    if (stats.n === 0) throw new Rejected([problem("NO_DATA_ROWS", "The file has a header but no data rows")], 0);
    if (problems.length > 0 || !stats.first || !stats.last) throw new Rejected(problems, stats.n);
    const span = { start: stats.first, end: stats.last };

    const runner: SqlRunner = pgRunner(client);
    const path = ["deploymentId"];
    let target;
    let deploymentId: number;
    try {
      target = await findWellAndParameter(runner, options.well, options.parameter, ["well"]);
      await lockWellBlocks(runner, target.thingId);
      deploymentId = await chooseDeployment(runner, target, options.deploymentId ?? null, span, path);
    } catch (error) {
      if (error instanceof DomainError) throw new Rejected([targetProblem(error)], stats.n);
      throw error;
    }
    const range = { thingId: target.thingId, parameterId: target.parameterId, from: span.start, to: new Date(span.end.getTime() + 1) };
    let replaced = NO_CHANGES;
    if (options.replaceOverlapping) {
      replaced = await clearTransducerRange(runner, range, auditFields({ user: options.user ?? null }, "update"));
    } else {
      const overlapping = await overlappingBlockIds(runner, range);
      if (overlapping.length > 0) throw new Rejected([problem("CONFLICT", overlapConflict(overlapping, span).message, { value: overlapping.join(",") })], stats.n);
    }
    const stored = await storedDuplicates(client, deploymentId, target.parameterId, span, limit);
    if (stored.length > 0) throw new Rejected(stored, stats.n);
    lap("validate");

    const audit = auditFields({ user: options.user ?? null }, "create");
    const releaseStatus = options.releaseStatus ?? releaseStatusValues.DRAFT;
    const inserted = await client.query(
      `INSERT INTO transducer_observation (deployment_id, parameter_id, observation_datetime, value, note, release_status, created_by_id, created_by_name)
       SELECT $1, $2, t, v, note, $3, $4, $5 FROM ingest_typed`,
      [deploymentId, target.parameterId, releaseStatus, audit.createdById ?? null, audit.createdByName ?? null],
    );
    const blockId = await insertBlock(runner, {
      thingId: target.thingId,
      parameterId: target.parameterId,
      reviewStatus: options.reviewStatus ?? reviewStatusValues.NOT_REVIEWED,
      start: span.start,
      end: span.end,
      comment: null,
      sourceFile: options.sourceFile ?? null,
      sourceKind: options.sourceKind ?? "csv import",
      corrections: null,
      releaseStatus,
      audit,
    });
    lap("write");
    await client.query("COMMIT");
    lap("commit");
    return { ...imported(stats.n), readingCount: inserted.rowCount ?? 0, blockId, deploymentId, span, replaced, timings };
  } catch (error) {
    await client.query("ROLLBACK").catch((rollbackError: Error) => {
      broken = rollbackError;
    });
    if (error instanceof Rejected) return { ...rejected(error.problems, error.rows), ...base };
    broken ??= error instanceof Error && (error as { code?: string }).code === undefined ? error : undefined;
    throw error;
  } finally {
    client.release(broken);
  }
}
