/**
 * Rules of transducer review blocks shared by `publishTransducerBlock`, `deleteTransducerReadings`
 * and the COPY-based ingest. Every function runs a constant number of statements, whatever the
 * number of readings or blocks, inside the caller's transaction (see SqlRunner).
 *
 * A well's readings of a parameter are the rows of every deployment at the well; a block
 * [start, end] (both inclusive) covers the readings of its well and parameter in that span.
 */
import type { CreateAuditFields } from "../shared/audit.js";
import { ConflictError } from "../shared/domainErrors.js";
import type { SqlRunner } from "../shared/sqlRunner.js";

/** Most readings one block may hold. */
export const MAX_BLOCK_READINGS = 100_000;

/** Name reported in the ConflictError of an overlap. */
export const BLOCK_OVERLAP_CONSTRAINT = "transducer_block_overlap";

/** First key of the advisory locks serialising block writes per well ("TB"); the second is the well id. */
export const TRANSDUCER_LOCK_NAMESPACE = 0x5442;

/** What clearing a range deleted and changed. */
export interface TransducerRangeChanges {
  deletedReadingCount: number;
  deletedBlockIds: number[];
  updatedBlockIds: number[];
  createdBlockIds: number[];
}

export const NO_CHANGES: TransducerRangeChanges = { deletedReadingCount: 0, deletedBlockIds: [], updatedBlockIds: [], createdBlockIds: [] };

/** The well, parameter and half-open time range [from, to) a rule applies to. */
export interface TransducerRange {
  thingId: number;
  parameterId: number;
  from: Date;
  /** Exclusive. */
  to: Date;
}

/**
 * Serialises block writes of one well until the end of the transaction, so that two concurrent
 * publishes cannot both pass the overlap check.
 */
export async function lockWellBlocks(runner: SqlRunner, thingId: number): Promise<void> {
  await runner.query("SELECT 1 AS locked FROM pg_advisory_xact_lock($1::int, $2::int)", [TRANSDUCER_LOCK_NAMESPACE, thingId]);
}

/** Ids of the blocks of the well and parameter whose span intersects [from, to), by id. */
export async function overlappingBlockIds(runner: SqlRunner, range: TransducerRange): Promise<number[]> {
  const rows = await runner.query<{ id: number }>(
    `SELECT id FROM transducer_observation_block
     WHERE thing_id = $1::int AND parameter_id = $2::int AND start_datetime < $4::timestamptz AND end_datetime >= $3::timestamptz
     ORDER BY id`,
    [range.thingId, range.parameterId, range.from, range.to],
  );
  return rows.map((r) => r.id);
}

/** The ConflictError of an overlap: the block ids in the message and in `fields`. */
export function overlapConflict(blockIds: readonly number[], span: { start: Date; end: Date }): ConflictError {
  const ids = blockIds.map(String);
  return new ConflictError(
    `The span ${span.start.toISOString()} to ${span.end.toISOString()} overlaps existing block${ids.length === 1 ? "" : "s"} ` +
      `${ids.join(", ")} of the same well and parameter; set replaceOverlapping to replace ${ids.length === 1 ? "it" : "them"}`,
    BLOCK_OVERLAP_CONSTRAINT,
    ids,
  );
}

/** Throws the overlap ConflictError when blocks intersect the range. */
export async function assertNoOverlap(runner: SqlRunner, range: TransducerRange, span: { start: Date; end: Date }): Promise<void> {
  const ids = await overlappingBlockIds(runner, range);
  if (ids.length > 0) throw overlapConflict(ids, span);
}

interface BlockParts {
  id: number;
  leftEnd: Date | null;
  rightStart: Date | null;
}

/**
 * Deletes the readings of the well and parameter in [from, to) and fixes the blocks that
 * intersected the range: a block left with no reading outside the range is deleted; one with
 * readings on one side is narrowed to them (its new start or end is the nearest remaining
 * reading); one with readings on both sides keeps the earlier part and a copy of it (same
 * status, comment, lineage and corrections) takes the later part. At most five statements.
 */
export async function clearTransducerRange(
  runner: SqlRunner,
  range: TransducerRange,
  audit: { updatedAt: Date; updatedById?: string; updatedByName?: string },
): Promise<TransducerRangeChanges> {
  const params = [range.thingId, range.parameterId, range.from, range.to];
  const [deleted] = await runner.query<{ n: number }>(
    `WITH gone AS (
       DELETE FROM transducer_observation t USING deployment d
       WHERE d.id = t.deployment_id AND d.thing_id = $1::int AND t.parameter_id = $2::int
         AND t.observation_datetime >= $3::timestamptz AND t.observation_datetime < $4::timestamptz
       RETURNING 1)
     SELECT count(*)::int AS n FROM gone`,
    params,
  );
  // The readings inside the range are gone, so the nearest remaining ones bound the parts.
  const parts = await runner.query<BlockParts>(
    `SELECT b.id,
       CASE WHEN b.start_datetime < $3::timestamptz THEN (
         SELECT max(t.observation_datetime) FROM transducer_observation t JOIN deployment d ON d.id = t.deployment_id
         WHERE d.thing_id = b.thing_id AND t.parameter_id = b.parameter_id
           AND t.observation_datetime >= b.start_datetime AND t.observation_datetime < $3::timestamptz) END AS "leftEnd",
       CASE WHEN b.end_datetime >= $4::timestamptz THEN (
         SELECT min(t.observation_datetime) FROM transducer_observation t JOIN deployment d ON d.id = t.deployment_id
         WHERE d.thing_id = b.thing_id AND t.parameter_id = b.parameter_id
           AND t.observation_datetime >= $4::timestamptz AND t.observation_datetime <= b.end_datetime) END AS "rightStart"
     FROM transducer_observation_block b
     WHERE b.thing_id = $1::int AND b.parameter_id = $2::int AND b.start_datetime < $4::timestamptz AND b.end_datetime >= $3::timestamptz
     ORDER BY b.id`,
    params,
  );

  const deletedBlockIds = parts.filter((p) => p.leftEnd === null && p.rightStart === null).map((p) => p.id);
  // Narrowed: keep the left part if any, else the right part.
  const narrowed = parts.filter((p) => p.leftEnd !== null || p.rightStart !== null);
  const splits = parts.filter((p) => p.leftEnd !== null && p.rightStart !== null);

  if (deletedBlockIds.length > 0) {
    await runner.query("DELETE FROM transducer_observation_block WHERE id = ANY($1::int[])", [deletedBlockIds]);
  }
  let createdBlockIds: number[] = [];
  if (splits.length > 0) {
    // The copy takes the right part; it is inserted before the original is narrowed to the left.
    const created = await runner.query<{ id: number }>(
      `INSERT INTO transducer_observation_block (thing_id, parameter_id, review_status, start_datetime, end_datetime, comment,
         reviewer_id, source_file, source_kind, corrections, release_status, data_maturity, created_by_id, created_by_name)
       SELECT b.thing_id, b.parameter_id, b.review_status, u.right_start, b.end_datetime, b.comment,
         b.reviewer_id, b.source_file, b.source_kind, b.corrections, b.release_status, b.data_maturity, $3, $4
       FROM transducer_observation_block b
       JOIN unnest($1::int[], $2::timestamptz[]) AS u(id, right_start) ON u.id = b.id
       RETURNING id`,
      [splits.map((s) => s.id), splits.map((s) => s.rightStart), audit.updatedById ?? null, audit.updatedByName ?? null],
    );
    createdBlockIds = created.map((c) => c.id).sort((a, b) => a - b);
  }
  if (narrowed.length > 0) {
    await runner.query(
      `UPDATE transducer_observation_block b
       SET start_datetime = CASE WHEN u.keep_left THEN b.start_datetime ELSE u.right_start END,
           end_datetime = CASE WHEN u.keep_left THEN u.left_end ELSE b.end_datetime END,
           updated_at = $5::timestamptz, updated_by_id = $6, updated_by_name = $7
       FROM unnest($1::int[], $2::boolean[], $3::timestamptz[], $4::timestamptz[]) AS u(id, keep_left, left_end, right_start)
       WHERE b.id = u.id`,
      [
        narrowed.map((n) => n.id),
        narrowed.map((n) => n.leftEnd !== null),
        narrowed.map((n) => n.leftEnd),
        narrowed.map((n) => n.rightStart),
        audit.updatedAt,
        audit.updatedById ?? null,
        audit.updatedByName ?? null,
      ],
    );
  }
  return {
    deletedReadingCount: deleted?.n ?? 0,
    deletedBlockIds,
    updatedBlockIds: narrowed.map((n) => n.id),
    createdBlockIds,
  };
}

/** A new block's columns. */
export interface NewBlock {
  thingId: number;
  parameterId: number;
  reviewStatus: string;
  start: Date;
  end: Date;
  comment: string | null;
  sourceFile: string | null;
  sourceKind: string | null;
  corrections: unknown;
  releaseStatus: string;
  audit: CreateAuditFields;
}

/** Inserts a block; returns its id. */
export async function insertBlock(runner: SqlRunner, block: NewBlock): Promise<number> {
  const [row] = await runner.query<{ id: number }>(
    `INSERT INTO transducer_observation_block (thing_id, parameter_id, review_status, start_datetime, end_datetime, comment,
       source_file, source_kind, corrections, release_status, created_by_id, created_by_name)
     VALUES ($1::int, $2::int, $3, $4::timestamptz, $5::timestamptz, $6, $7, $8, $9::jsonb, $10, $11, $12)
     RETURNING id`,
    [
      block.thingId,
      block.parameterId,
      block.reviewStatus,
      block.start,
      block.end,
      block.comment,
      block.sourceFile,
      block.sourceKind,
      block.corrections === null || block.corrections === undefined ? null : JSON.stringify(block.corrections),
      block.releaseStatus,
      block.audit.createdById ?? null,
      block.audit.createdByName ?? null,
    ],
  );
  if (!row) throw new Error("INSERT ... RETURNING gave no row");
  return row.id;
}
