/**
 * What a caller gives to record or correct a manual groundwater level (recordGroundwaterLevel,
 * updateGroundwaterLevel). Ids are given as text and parsed by the domain (a malformed one is an
 * InvalidArgumentError naming the field); vocabulary fields hold lexicon terms.
 */
import type { LengthInputValue } from "../shared/lengthInput.js";
import type { ReleaseStatusValue } from "../vocabulary/enumValues.js";

/**
 * A new manual level. Every field may be missing, so that each rule of the field form reports its
 * own field (see checkGroundwaterLevelInput).
 */
export interface NewGroundwaterLevel {
  /** The well, by id; give this or `wellName`. */
  wellId?: string | null;
  wellName?: string | null;
  measuredAt?: Date | null;
  /** Depth to water below the measuring point, feet, as decimal text; may be missing only with a `reason`. */
  groundwaterLevel?: string | null;
  /** A `sample_method` term. */
  method?: string | null;
  observerInitials?: string | null;
  participantContactId?: string | null;
  /** Measuring point height checked at the visit; missing = the well's history applies. */
  measuringPointHeight?: LengthInputValue | null;
  /** A `groundwater_level_reason` term. */
  reason?: string | null;
  /** A `level_status` term. */
  levelStatus?: string | null;
  /** A `data_maturity` term; "provisional" when missing. */
  dataMaturity?: string | null;
  environmentalConditions?: string | null;
  notes?: string | null;
  /** DRAFT when missing. */
  releaseStatus?: ReleaseStatusValue | null;
}

/** Changes to a manual level: an omitted field stays as it is, null clears it. */
export interface GroundwaterLevelChanges {
  measuredAt?: Date | null;
  /** Decimal text; null or "" records that no level could be measured (needs a reason). */
  groundwaterLevel?: string | null;
  method?: string | null;
  measuringPointHeight?: LengthInputValue | null;
  reason?: string | null;
  levelStatus?: string | null;
  dataMaturity?: string | null;
  notes?: string | null;
  releaseStatus?: ReleaseStatusValue | null;
}
