/**
 * What a caller gives to create or change a sample (createSample, updateSample). Ids are given as
 * text and parsed by the domain (a malformed one is an InvalidArgumentError naming the field);
 * vocabulary fields hold lexicon terms; depths may be given in any length unit (stored in feet).
 */
import type { LengthInputValue } from "../shared/lengthInput.js";
import type { ReleaseStatusValue } from "../vocabulary/enumValues.js";

/** A new sample: at a site (`thingId`, with a new field event and activity) or in an existing field activity. */
export interface NewSample {
  thingId?: string | null;
  fieldActivityId?: string | null;
  /** An `activity_type` term, only with `thingId`; "water chemistry" when missing. */
  activityType?: string | null;
  sampleDate: Date;
  /** Generated when missing (see sampleName.ts). */
  sampleName?: string | null;
  /** A `sample_matrix` term. */
  sampleMatrix: string;
  /** A `sample_method` term. */
  sampleMethod: string;
  /** "Normal" when missing. */
  qcType?: string | null;
  depthTop?: LengthInputValue | null;
  depthBottom?: LengthInputValue | null;
  participantContactId?: string | null;
  notes?: string | null;
  /** DRAFT when missing. */
  releaseStatus?: ReleaseStatusValue | null;
}

/** Changes to a sample: an omitted field stays as it is, null clears it. */
export interface SampleChanges {
  sampleName?: string | null;
  sampleDate?: Date | null;
  sampleMatrix?: string | null;
  sampleMethod?: string | null;
  qcType?: string | null;
  depthTop?: LengthInputValue | null;
  depthBottom?: LengthInputValue | null;
  notes?: string | null;
  releaseStatus?: ReleaseStatusValue | null;
}
