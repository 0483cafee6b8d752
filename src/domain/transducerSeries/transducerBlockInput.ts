/**
 * What a caller gives to publish a block of transducer readings or delete readings
 * (publishTransducerBlock, deleteTransducerReadings). Ids are given as text and parsed by the
 * domain (a malformed one is an InvalidArgumentError naming the field).
 */
import type { ReleaseStatusValue, ReviewStatusValue } from "../vocabulary/enumValues.js";

/** One reading of a block: its time, its value in the parameter's unit, an optional correction note. */
export interface NewReading {
  timestamp: Date;
  value: number;
  note?: string | null;
}

export interface NewTransducerBlock {
  wellId: string;
  /** A `parameter_name` term. */
  parameter: string;
  /** Chosen from the well's deployments covering the span when missing. */
  deploymentId?: string | null;
  readings: readonly NewReading[];
  reviewStatus: ReviewStatusValue;
  /** DRAFT when missing. */
  releaseStatus?: ReleaseStatusValue | null;
  /** Replace the readings and blocks the span overlaps instead of failing with a conflict. */
  replaceOverlapping?: boolean | null;
  comment?: string | null;
  sourceFile?: string | null;
  sourceKind?: string | null;
  /** Corrections applied to the readings, as JSON. */
  corrections?: unknown;
}

/** The readings of a well and parameter in [from, to) to delete. */
export interface TransducerReadingsRange {
  wellId: string;
  /** A `parameter_name` term. */
  parameter: string;
  from: Date;
  /** Exclusive. */
  to: Date;
}
