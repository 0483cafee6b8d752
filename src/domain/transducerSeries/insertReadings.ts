/**
 * Inserts the readings of a block in ONE statement (INSERT ... SELECT FROM unnest of three
 * arrays), whatever their number.
 */
import type { CreateAuditFields } from "../shared/audit.js";
import type { SqlRunner } from "../shared/sqlRunner.js";

export interface ReadingRows {
  deploymentId: number;
  parameterId: number;
  readings: readonly { timestamp: Date; value: number; note?: string | null }[];
  releaseStatus: string;
  audit: CreateAuditFields;
}

/** Returns the number of rows inserted. */
export async function insertReadings(runner: SqlRunner, rows: ReadingRows): Promise<number> {
  const [inserted] = await runner.query<{ n: number }>(
    `WITH added AS (
       INSERT INTO transducer_observation (deployment_id, parameter_id, observation_datetime, value, note, release_status, created_by_id, created_by_name)
       SELECT $1::int, $2::int, u.t, u.v, u.note, $6, $7, $8
       FROM unnest($3::timestamptz[], $4::float8[], $5::text[]) AS u(t, v, note)
       RETURNING 1)
     SELECT count(*)::int AS n FROM added`,
    [
      rows.deploymentId,
      rows.parameterId,
      rows.readings.map((r) => r.timestamp.toISOString()),
      rows.readings.map((r) => r.value),
      rows.readings.map((r) => r.note ?? null),
      rows.releaseStatus,
      rows.audit.createdById ?? null,
      rows.audit.createdByName ?? null,
    ],
  );
  return inserted?.n ?? 0;
}
