/**
 * What callers give the well-screen writes (structurally the API's `AddWellScreenInput` and
 * `UpdateWellScreenInput`): depths a length with its unit, stored in feet below ground surface;
 * `screenType` a lexicon term; the well id the API's decimal string (checked by the write).
 */
import type { LengthInputValue } from "../shared/lengthInput.js";
import type { ReleaseStatusValue } from "../vocabulary/enumValues.js";

/** A screened interval to add to the well `wellId`. */
export interface NewWellScreen {
  wellId: string;
  top?: LengthInputValue | null;
  bottom?: LengthInputValue | null;
  screenType?: string | null;
  description?: string | null;
  /** DRAFT when absent. */
  releaseStatus?: ReleaseStatusValue | null;
}

/** Changes to a screen: an omitted field stays, null clears it (not allowed for the release status). */
export interface WellScreenChanges {
  top?: LengthInputValue | null;
  bottom?: LengthInputValue | null;
  screenType?: string | null;
  description?: string | null;
  releaseStatus?: ReleaseStatusValue | null;
}
