/**
 * Alternate ids of a thing as callers give them (structurally the API's `AlternateIdInput` and
 * `AlternateIdChangeInput`): organization and relation are lexicon terms, the thing id is the API's
 * decimal string (checked by the write).
 */

/** One alternate id of a thing, as stored (organization and relation are lexicon terms). */
export interface AlternateIdParts {
  alternateId: string;
  organization: string;
  relation: string;
}

/** An alternate id of the thing `thingId` (addAlternateId, removeAlternateId). */
export interface ThingAlternateId extends AlternateIdParts {
  thingId: string;
}
