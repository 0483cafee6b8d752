/**
 * What callers give the location writes and lists, in the domain's terms. Contract: structurally
 * the inputs of location.graphql and locationMutations.graphql, so the API passes its arguments
 * through unchanged; enumerated fields hold stored lexicon terms, an elevation is a length with
 * its unit, ids are the API's decimal strings (checked by the write).
 */
import type { LengthInputValue } from "../shared/lengthInput.js";
import type { ReleaseStatusValue } from "../vocabulary/enumValues.js";

/** A location to create: WGS84 coordinates, elevation (feet or metres, NAVD88) and descriptive fields. */
export interface NewLocation {
  latitude: number;
  longitude: number;
  elevation?: LengthInputValue | null;
  elevationMethod?: string | null;
  coordinateMethod?: string | null;
  description?: string | null;
  county?: string | null;
  state?: string | null;
  quadName?: string | null;
  /** DRAFT when absent. */
  releaseStatus?: ReleaseStatusValue | null;
}

/** Changes to a location: an omitted field stays, null clears it (not allowed for coordinates and release status). */
export interface LocationChanges {
  latitude?: number | null;
  longitude?: number | null;
  elevation?: LengthInputValue | null;
  elevationMethod?: string | null;
  coordinateMethod?: string | null;
  description?: string | null;
  county?: string | null;
  state?: string | null;
  quadName?: string | null;
  releaseStatus?: ReleaseStatusValue | null;
}

/** Where a thing is from `effectiveStart` on (default now): a new location or an existing one, exactly one. */
export interface ThingPlacement {
  thingId: string;
  location?: NewLocation | null;
  locationId?: string | null;
  effectiveStart?: Date | null;
}

/** Conditions of a list of locations; `county` and `state` compare ignoring case. */
export interface LocationListFilter {
  county?: string | null;
  state?: string | null;
}
