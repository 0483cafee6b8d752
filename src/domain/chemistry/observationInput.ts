/**
 * What a caller gives to record a chemistry result or change an observation (recordWaterChemistry,
 * updateObservation). Ids are given as text and parsed by the domain (a malformed one is an
 * InvalidArgumentError naming the field); vocabulary fields hold lexicon terms.
 */
import type { ReleaseStatusValue } from "../vocabulary/enumValues.js";

/** A new chemistry result of an existing sample; the parameter by id or by name (and matrix). */
export interface NewChemistryResult {
  sampleId: string;
  parameterId?: string | null;
  /** A `parameter_name` term. */
  parameterName?: string | null;
  /** A `sample_matrix` term, only with `parameterName`; the sample's matrix when missing. */
  parameterMatrix?: string | null;
  analysisMethodId?: string | null;
  value: number;
  /** A `unit` term; the parameter's default unit when missing. */
  unit?: string | null;
  /** The sample date when missing. */
  observedAt?: Date | null;
  notes?: string | null;
  /** DRAFT when missing. */
  releaseStatus?: ReleaseStatusValue | null;
}

/** Changes to an observation: an omitted field stays as it is, null clears it. */
export interface ObservationChanges {
  value?: number | null;
  unit?: string | null;
  observedAt?: Date | null;
  analysisMethodId?: string | null;
  notes?: string | null;
  releaseStatus?: ReleaseStatusValue | null;
}
