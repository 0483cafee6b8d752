import type { ReviewStatusValue } from "../vocabulary/enumValues.js";

/**
 * A transducer review block as the API serves it: the block row with the name of its parameter.
 * Read with `TRANSDUCER_BLOCK_COLUMNS`, whose aliases match this type.
 */
export interface TransducerBlockModel {
  id: number;
  thingId: number;
  parameterId: number;
  parameterName: string;
  /** First instant of the span (inclusive). */
  startDatetime: Date;
  /** Last instant of the span (inclusive). */
  endDatetime: Date;
  /** The block's `review_status` term: "approved", else (also when unset) "not reviewed". */
  reviewStatus: ReviewStatusValue;
  releaseStatus: string;
  comment: string | null;
  sourceFile: string | null;
  sourceKind: string | null;
  corrections: unknown;
  createdAt: Date;
}

/** Select list of `TransducerBlockModel` over `transducer_observation_block b JOIN parameter p`. */
export const TRANSDUCER_BLOCK_COLUMNS = `
  b.id, b.thing_id AS "thingId", b.parameter_id AS "parameterId", p.parameter_name AS "parameterName",
  b.start_datetime AS "startDatetime", b.end_datetime AS "endDatetime", CASE WHEN b.review_status = 'approved' THEN 'approved' ELSE 'not reviewed' END AS "reviewStatus",
  b.release_status AS "releaseStatus", b.comment, b.source_file AS "sourceFile", b.source_kind AS "sourceKind",
  b.corrections, b.created_at AS "createdAt"`;
