/**
 * The query parameters of `/ogc/collections/{id}/items` (OGC 17-069r4 §7.15), validated.
 *
 * Contract: every parameter at most once; anything else, or a bad value, is a 400 problem naming
 * the parameter. `limit` 1..10,000 (default 100); `offset` >= 0 (default 0); `bbox` four numbers
 * (or six, heights ignored) in CRS84 (`bbox-crs`, when given, must name CRS84); `datetime` an
 * RFC 3339 instant or interval with `..` (or nothing) for an open end, only on a collection with
 * time (a date alone means that whole UTC day); `f` json or html; any other parameter must be a
 * property of the collection that is neither a date nor a date-time, and is an equality filter
 * (numbers and booleans typed as the property is).
 */
import type { OgcBbox, OgcItemsQuery, OgcPropertyFilter, OgcTimeRange } from "../../domain/maps/findOgcItems.js";
import { propertiesOf, timeOf, type OgcCollection } from "../../domain/maps/ogcCollections.js";
import { badParameter } from "./ogcProblem.js";

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 10_000;
const MAX_OFFSET = 2_147_483_647;

export const CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
const CRS84_NAMES = new Set([CRS84, "https://www.opengis.net/def/crs/OGC/1.3/CRS84", "[OGC:CRS84]", "OGC:CRS84"]);

/** Parameters every items request may carry besides the collection's properties. */
export const ITEMS_PARAMETERS = ["f", "bbox", "bbox-crs", "limit", "offset"] as const;

/** The single value of each query parameter; a repeated or structured one is a 400. */
export function singleValues(query: Record<string, unknown>): Map<string, string> {
  const values = new Map<string, string>();
  for (const [name, value] of Object.entries(query)) {
    if (typeof value !== "string") throw badParameter(`Query parameter "${name}" must be given once, as plain text`);
    values.set(name, value);
  }
  return values;
}

function whole(name: string, text: string, min: number, max: number): number {
  const value = /^[0-9]{1,10}$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max)) {
    throw badParameter(`Query parameter "${name}" must be a whole number from ${min} to ${max.toLocaleString("en-US")} (got "${text}")`);
  }
  return value;
}

function parseBbox(text: string): OgcBbox {
  const parts = text.split(",").map((part) => (/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(part) ? Number(part) : Number.NaN));
  if ((parts.length !== 4 && parts.length !== 6) || !parts.every(Number.isFinite)) {
    throw badParameter(`Query parameter "bbox" must be four comma-separated numbers: minLon,minLat,maxLon,maxLat (got "${text}")`);
  }
  const [minLon, minLat, maxLon, maxLat] = (parts.length === 6 ? [parts[0], parts[1], parts[3], parts[4]] : parts) as number[] as [number, number, number, number];
  if (![minLon, maxLon].every((lon) => lon >= -180 && lon <= 180) || ![minLat, maxLat].every((lat) => lat >= -90 && lat <= 90)) {
    throw badParameter(`Query parameter "bbox" must lie within longitude -180..180 and latitude -90..90 (got "${text}")`);
  }
  if (minLat > maxLat) throw badParameter(`Query parameter "bbox": the minimum latitude exceeds the maximum (got "${text}")`);
  return { minLon, minLat, maxLon, maxLat };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const DAY_MS = 86_400_000;

/** The first and last millisecond of an instant text, or null when it is not RFC 3339. */
function instantBounds(text: string): [Date, Date] | null {
  const date = DATE.exec(text);
  if (date) {
    const start = new Date(`${text}T00:00:00Z`);
    if (Number.isNaN(start.getTime()) || start.toISOString().slice(0, 10) !== text) return null;
    return [start, new Date(start.getTime() + DAY_MS - 1)];
  }
  const dateTime = DATE_TIME.exec(text);
  if (!dateTime) return null;
  const at = new Date(text);
  const [, y, mo, d, h, mi, s] = dateTime;
  if (Number.isNaN(at.getTime()) || Number(mo) > 12 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return null;
  if (new Date(`${y}-${mo}-${d}T00:00:00Z`).toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) return null;
  return [at, at];
}

export function parseDatetime(text: string): OgcTimeRange {
  const bad = () =>
    badParameter(
      `Query parameter "datetime" must be an RFC 3339 instant or interval such as 2020-01-01T00:00:00Z, ` +
        `2020-01-01/2020-12-31 or 2020-01-01T00:00:00Z/.. (got "${text}")`,
    );
  const ends = text.split("/");
  if (ends.length === 1) {
    const bounds = instantBounds(text);
    if (!bounds) throw bad();
    return { from: bounds[0], to: bounds[1] };
  }
  if (ends.length !== 2) throw bad();
  const [startText, endText] = ends as [string, string];
  const open = (end: string) => end === ".." || end === "";
  const start = open(startText) ? null : instantBounds(startText);
  const end = open(endText) ? null : instantBounds(endText);
  if ((!open(startText) && !start) || (!open(endText) && !end)) throw bad();
  const range = { from: start?.[0] ?? null, to: end?.[1] ?? null };
  if (range.from && range.to && range.from > range.to) throw badParameter(`Query parameter "datetime": the start is after the end (got "${text}")`);
  return range;
}

function propertyFilter(collection: OgcCollection, name: string, text: string): OgcPropertyFilter {
  const property = propertiesOf(collection).find((p) => p.name === name);
  if (!property || property.type === "date" || property.type === "date-time") {
    const known = [...ITEMS_PARAMETERS, ...(timeOf(collection) ? ["datetime"] : []), ...filterableProperties(collection)];
    throw badParameter(`Unknown query parameter "${name}" for collection "${collection.id}"; known: ${known.join(", ")}`);
  }
  switch (property.type) {
    case "string":
      return { name, value: text };
    case "boolean":
      if (text !== "true" && text !== "false") throw badParameter(`Query parameter "${name}" must be true or false (got "${text}")`);
      return { name, value: text === "true" };
    case "integer":
      if (!/^-?[0-9]{1,9}$/.test(text)) throw badParameter(`Query parameter "${name}" must be a whole number (got "${text}")`);
      return { name, value: Number(text) };
    case "number": {
      const value = text.trim() === "" ? Number.NaN : Number(text);
      if (!Number.isFinite(value)) throw badParameter(`Query parameter "${name}" must be a number (got "${text}")`);
      return { name, value };
    }
  }
}

/** Names of the properties a collection's items can be filtered on. */
export function filterableProperties(collection: OgcCollection): string[] {
  return propertiesOf(collection).filter((p) => p.type !== "date" && p.type !== "date-time").map((p) => p.name);
}

export function parseItemsQuery(collection: OgcCollection, query: Record<string, unknown>): OgcItemsQuery {
  const values = singleValues(query);
  const crs = values.get("bbox-crs");
  if (crs !== undefined && !CRS84_NAMES.has(crs)) {
    throw badParameter(`Query parameter "bbox-crs": only CRS84 (${CRS84}) is supported (got "${crs}")`);
  }
  const datetime = values.get("datetime");
  if (datetime !== undefined && timeOf(collection) === null) {
    throw badParameter(`Collection "${collection.id}" has no time; "datetime" cannot be applied`);
  }
  const properties: OgcPropertyFilter[] = [];
  for (const [name, text] of values) {
    if (name === "datetime" || (ITEMS_PARAMETERS as readonly string[]).includes(name)) continue;
    properties.push(propertyFilter(collection, name, text));
  }
  const limit = values.get("limit");
  const offset = values.get("offset");
  const bbox = values.get("bbox");
  return {
    bbox: bbox === undefined ? null : parseBbox(bbox),
    datetime: datetime === undefined ? null : parseDatetime(datetime),
    properties,
    limit: limit === undefined ? DEFAULT_LIMIT : whole("limit", limit, 1, MAX_LIMIT),
    offset: offset === undefined ? 0 : whole("offset", offset, 0, MAX_OFFSET),
  };
}
