/**
 * What callers give the spring writes, in the domain's terms. Contract: structurally the API's
 * `CreateSpringInput` and `UpdateSpringInput`, so the API passes its arguments through unchanged;
 * `springType` is a `spring_type` lexicon term.
 */
import type { NewThingParts } from "../things/newThingParts.js";
import type { ThingPatchInput } from "../things/thingPatch.js";
import type { ReleaseStatusValue } from "../vocabulary/enumValues.js";

/** A new spring: the parts of every new thing and its kind. */
export interface NewSpring extends NewThingParts {
  siteName?: string | null;
  springType?: string | null;
  /** DRAFT when absent. */
  releaseStatus?: ReleaseStatusValue | null;
}

/** Changes to a spring: an omitted field stays, null clears it. */
export interface SpringChanges extends ThingPatchInput {
  springType?: string | null;
}
