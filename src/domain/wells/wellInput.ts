/**
 * What callers give the well writes, in the domain's terms. Contract: structurally the API's
 * `CreateWellInput` and `UpdateWellInput`, so the API passes its arguments through unchanged;
 * enumerated fields hold stored lexicon terms, lengths a value with its unit.
 */
import type { NewThingParts } from "../things/newThingParts.js";
import type { ThingPatchInput } from "../things/thingPatch.js";
import type { ReleaseStatusValue } from "../vocabulary/enumValues.js";
import type { HistoryInput } from "./historyWrites.js";
import type { WellFieldsInput } from "./wellColumns.js";

/** A new well: the parts of every new thing, its construction, its first history rows and its sets. */
export interface NewWell extends NewThingParts, WellFieldsInput, HistoryInput {
  siteName?: string | null;
  /** DRAFT when absent. */
  releaseStatus?: ReleaseStatusValue | null;
  /** `well_purpose` terms; duplicates are ignored. */
  purposes?: readonly string[] | null;
  /** `casing_material` terms; duplicates are ignored. */
  casingMaterials?: readonly string[] | null;
}

/**
 * Changes to a well: an omitted field stays, null clears it; `purposes` and `casingMaterials`
 * given replace the sets; history fields append rows.
 */
export interface WellChanges extends ThingPatchInput, WellFieldsInput, HistoryInput {
  purposes?: readonly string[] | null;
  casingMaterials?: readonly string[] | null;
}
