/**
 * The conditions of a list of things, validated and in storage terms.
 *
 * Contract: `parseThingFilter` accepts a `ThingFilterArgs` (structurally the API's `ThingFilter`;
 * enumerated values are stored lexicon terms, ids the API's decimal strings) and returns a
 * `ThingListFilter`, or throws InvalidArgumentError naming the offending argument: coordinates out
 * of range, a box whose minimum exceeds its maximum, a non-positive or over-large distance, a
 * malformed id, more than MAX_FILTER_LIST values in any list. Distances are converted to km. An
 * empty list (`thingTypes: []`, `ids: []`) matches nothing, as `IN ()` would.
 */
import { InvalidArgumentError } from "../shared/domainErrors.js";
import { KM_PER_MILE } from "../locations/greatCircle.js";
import { parseId } from "../shared/ids.js";
import type { ReleaseStatusValue, ThingTypeValue } from "../vocabulary/enumValues.js";

export interface LatLonBounds {
  minLatitude: number;
  minLongitude: number;
  maxLatitude: number;
  maxLongitude: number;
}

export interface Circle {
  latitude: number;
  longitude: number;
  radiusKm: number;
}

export interface ThingListFilter {
  /** Stored `thing_type` terms, any of them. */
  thingTypes?: readonly string[];
  /** Stored `release_status` terms, any of them. */
  releaseStatuses?: readonly string[];
  /** Exact name. */
  name?: string;
  /** Exact names, any of them. */
  names?: readonly string[];
  /** Thing ids, any of them. */
  ids?: readonly number[];
  /** A sensor of this stored `sensor_type` term is deployed now. */
  sensorType?: string;
  /** Case-insensitive substring of the name (wildcards match themselves). */
  nameContains?: string;
  /** Member of the group with exactly this name. */
  groupName?: string;
  /** Member of the group with this id. */
  groupId?: number;
  /** Current location inside the box, edges included. */
  bbox?: LatLonBounds;
  /** Current location within the great-circle distance of the centre. */
  near?: Circle;
  /** Value of the current "Well Status" row, any of them. */
  wellStatuses?: readonly string[];
  /** Value of the current "Monitoring Status" row, any of them. */
  monitoringStatuses?: readonly string[];
  /** Current monitoring frequency, any of them. */
  monitoringFrequencies?: readonly string[];
  /** County of the current location, ignoring case. */
  county?: string;
  /** State of the current location, ignoring case. */
  state?: string;
  /** Associated with this contact (one the viewer may see). */
  contactId?: number;
  /** Stored `aquifer_type` terms of any aquifer association, any of them. */
  aquiferTypes?: readonly string[];
  /** Stored `formation_code` terms of the completion formation, any of them. */
  formations?: readonly string[];
  /** A groundwater level the viewer may see measured at or after this time. */
  measuredSince?: Date;
  /** Has (true) or has not (false) a transducer water-level reading the viewer may see. */
  hasTransducerData?: boolean;
}

/** A circle given by its centre and a radius in kilometres or statute miles. */
export interface NearArgs {
  latitude: number;
  longitude: number;
  distance: number;
  unit: "KILOMETERS" | "MILES";
}

/** The filter of a list of things as the caller gives it (every condition optional, ANDed). */
export interface ThingFilterArgs {
  thingTypes?: readonly ThingTypeValue[] | null;
  releaseStatuses?: readonly ReleaseStatusValue[] | null;
  name?: string | null;
  nameContains?: string | null;
  names?: readonly string[] | null;
  ids?: readonly string[] | null;
  sensorType?: string | null;
  groupName?: string | null;
  bbox?: LatLonBounds | null;
  near?: NearArgs | null;
  wellStatuses?: readonly string[] | null;
  monitoringStatuses?: readonly string[] | null;
  monitoringFrequencies?: readonly string[] | null;
  county?: string | null;
  state?: string | null;
  contactId?: string | null;
  aquiferTypes?: readonly string[] | null;
  formations?: readonly string[] | null;
  measuredSince?: Date | null;
  hasTransducerData?: boolean | null;
}

/** Most values accepted in `ids` or `names` (the page-size cap: one page can hold them all). */
export const MAX_FILTER_LIST = 1_000;

/** Longest accepted radius: about half the Earth's circumference. */
export const MAX_NEAR_DISTANCE_KM = 20_000;

function checkLatitude(value: number, argument: string): void {
  if (!Number.isFinite(value) || value < -90 || value > 90) {
    throw new InvalidArgumentError(`Argument "${argument}" must be a latitude between -90 and 90 (got ${value})`, { argument });
  }
}

function checkLongitude(value: number, argument: string): void {
  if (!Number.isFinite(value) || value < -180 || value > 180) {
    throw new InvalidArgumentError(`Argument "${argument}" must be a longitude between -180 and 180 (got ${value})`, { argument });
  }
}

function parseBbox(bbox: LatLonBounds): LatLonBounds {
  checkLatitude(bbox.minLatitude, "filter.bbox.minLatitude");
  checkLatitude(bbox.maxLatitude, "filter.bbox.maxLatitude");
  checkLongitude(bbox.minLongitude, "filter.bbox.minLongitude");
  checkLongitude(bbox.maxLongitude, "filter.bbox.maxLongitude");
  if (bbox.minLatitude > bbox.maxLatitude) {
    throw new InvalidArgumentError(`Argument "filter.bbox" has minLatitude greater than maxLatitude`, { argument: "filter.bbox" });
  }
  if (bbox.minLongitude > bbox.maxLongitude) {
    throw new InvalidArgumentError(
      `Argument "filter.bbox" has minLongitude greater than maxLongitude (boxes may not cross the antimeridian)`,
      { argument: "filter.bbox" },
    );
  }
  return { ...bbox };
}

function parseNear(near: NearArgs): Circle {
  checkLatitude(near.latitude, "filter.near.latitude");
  checkLongitude(near.longitude, "filter.near.longitude");
  const radiusKm = near.unit === "MILES" ? near.distance * KM_PER_MILE : near.distance;
  if (!Number.isFinite(radiusKm) || radiusKm <= 0 || radiusKm > MAX_NEAR_DISTANCE_KM) {
    throw new InvalidArgumentError(
      `Argument "filter.near.distance" must be greater than 0 and at most ${MAX_NEAR_DISTANCE_KM} km (got ${near.distance} ${near.unit})`,
      { argument: "filter.near.distance" },
    );
  }
  return { latitude: near.latitude, longitude: near.longitude, radiusKm };
}

function checkListLength(values: readonly unknown[], argument: string): void {
  if (values.length > MAX_FILTER_LIST) {
    throw new InvalidArgumentError(`Argument "${argument}" may hold at most ${MAX_FILTER_LIST} values (got ${values.length})`, { argument });
  }
}

function listOf(values: readonly string[], argument: string): readonly string[] {
  checkListLength(values, argument);
  return values;
}

export function parseThingFilter(filter: ThingFilterArgs | null | undefined): ThingListFilter {
  const parsed: ThingListFilter = {};
  if (!filter) return parsed;
  if (filter.thingTypes) parsed.thingTypes = filter.thingTypes;
  if (filter.releaseStatuses) parsed.releaseStatuses = filter.releaseStatuses;
  if (filter.name !== null && filter.name !== undefined) parsed.name = filter.name;
  if (filter.nameContains) parsed.nameContains = filter.nameContains;
  if (filter.names) {
    checkListLength(filter.names, "filter.names");
    parsed.names = filter.names;
  }
  if (filter.ids) {
    checkListLength(filter.ids, "filter.ids");
    parsed.ids = filter.ids.map((id) => parseId(id, "filter.ids"));
  }
  if (filter.sensorType !== null && filter.sensorType !== undefined) parsed.sensorType = filter.sensorType;
  if (filter.groupName !== null && filter.groupName !== undefined) parsed.groupName = filter.groupName;
  if (filter.bbox) parsed.bbox = parseBbox(filter.bbox);
  if (filter.near) parsed.near = parseNear(filter.near);
  if (filter.wellStatuses) parsed.wellStatuses = listOf(filter.wellStatuses, "filter.wellStatuses");
  if (filter.monitoringStatuses) parsed.monitoringStatuses = listOf(filter.monitoringStatuses, "filter.monitoringStatuses");
  if (filter.monitoringFrequencies) parsed.monitoringFrequencies = listOf(filter.monitoringFrequencies, "filter.monitoringFrequencies");
  if (filter.county !== null && filter.county !== undefined) parsed.county = filter.county;
  if (filter.state !== null && filter.state !== undefined) parsed.state = filter.state;
  if (filter.contactId !== null && filter.contactId !== undefined) parsed.contactId = parseId(filter.contactId, "filter.contactId");
  if (filter.aquiferTypes) parsed.aquiferTypes = listOf(filter.aquiferTypes, "filter.aquiferTypes");
  if (filter.formations) parsed.formations = listOf(filter.formations, "filter.formations");
  if (filter.measuredSince) parsed.measuredSince = filter.measuredSince;
  if (filter.hasTransducerData !== null && filter.hasTransducerData !== undefined) parsed.hasTransducerData = filter.hasTransducerData;
  return parsed;
}
