/**
 * Rows of `location` and `group` read as JSON inside another statement (a page of things with its
 * current locations and groups), in the shape of Prisma's `Location` and `Group` models.
 *
 * Contract: `locationJsonSql(alias)` / `groupJsonSql(alias)` build a JSON object with one key per
 * model field (the Record types make a missing or extra field a compile error);
 * `locationFromJson` / `groupFromJson` turn such an object back into the model, DateTime fields as
 * `Date` (JSON carries them as ISO text), so the result equals what Prisma's `findMany` returns.
 */
import { Prisma, type Group, type Location } from "../../generated/prisma/client.js";

const LOCATION_COLUMNS: Record<keyof Location, string> = {
  id: "id",
  latitude: "latitude",
  longitude: "longitude",
  elevation: "elevation",
  elevationMethod: "elevation_method",
  coordinateMethod: "coordinate_method",
  description: "description",
  county: "county",
  state: "state",
  quadName: "quad_name",
  nmaPkLocation: "nma_pk_location",
  releaseStatus: "release_status",
  createdAt: "created_at",
  createdByName: "created_by_name",
  createdById: "created_by_id",
  updatedAt: "updated_at",
  updatedByName: "updated_by_name",
  updatedById: "updated_by_id",
};

const GROUP_COLUMNS: Record<keyof Group, string> = {
  id: "id",
  name: "name",
  description: "description",
  groupType: "group_type",
  parentGroupId: "parent_group_id",
  releaseStatus: "release_status",
  createdAt: "created_at",
  createdByName: "created_by_name",
  createdById: "created_by_id",
  updatedAt: "updated_at",
  updatedByName: "updated_by_name",
  updatedById: "updated_by_id",
};

function jsonObjectSql(alias: string, columns: Record<string, string>): Prisma.Sql {
  return Prisma.raw(`json_build_object(${Object.entries(columns).map(([field, column]) => `'${field}', ${alias}."${column}"`).join(", ")})`);
}

type Json = Record<string, unknown>;
const date = (value: unknown): Date | null => (value === null || value === undefined ? null : new Date(value as string));

/** A `location` row (alias `alias`) as a JSON object of `Location`'s fields. */
export const locationJsonSql = (alias: string): Prisma.Sql => jsonObjectSql(alias, LOCATION_COLUMNS);
/** A `"group"` row (alias `alias`) as a JSON object of `Group`'s fields. */
export const groupJsonSql = (alias: string): Prisma.Sql => jsonObjectSql(alias, GROUP_COLUMNS);

/** A model row read as JSON: its audit times back to `Date` (JSON carries them as ISO text). */
function withAuditDates<T>(json: Json): T {
  return { ...json, createdAt: date(json.createdAt) as Date, updatedAt: date(json.updatedAt) } as T;
}

export const locationFromJson = (json: Json): Location => withAuditDates<Location>(json);
export const groupFromJson = (json: Json): Group => withAuditDates<Group>(json);
