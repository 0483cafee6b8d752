/**
 * Rows of `location` and `group` read as JSON inside another statement (a page of things with its
 * current locations and groups), in the shape of Prisma's `Location` and `Group` models.
 *
 * Contract: `locationJsonSql(alias)` / `groupJsonSql(alias)` build a JSON object with one key per
 * model field (built by shared/modelJson.ts, whose types make a missing or extra field a compile error);
 * `locationFromJson` / `groupFromJson` turn such an object back into the model, DateTime fields as
 * `Date` (JSON carries them as ISO text), so the result equals what Prisma's `findMany` returns.
 */
import type { Prisma, Group, Location } from "../../generated/prisma/client.js";
import { AUDIT_COLUMNS, jsonModel, type Json } from "../shared/modelJson.js";

const locationJson = jsonModel<Location>({
  id: { number: "id" },
  latitude: { number: "latitude" },
  longitude: { number: "longitude" },
  elevation: { number: "elevation" },
  elevationMethod: "elevation_method",
  coordinateMethod: "coordinate_method",
  description: "description",
  county: "county",
  state: "state",
  quadName: "quad_name",
  nmaPkLocation: "nma_pk_location",
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

const groupJson = jsonModel<Group>({
  id: { number: "id" },
  name: "name",
  description: "description",
  groupType: "group_type",
  parentGroupId: { number: "parent_group_id" },
  releaseStatus: "release_status",
  ...AUDIT_COLUMNS,
});

/** A `location` row (alias `alias`) as a JSON object of `Location`'s fields. */
export const locationJsonSql = (alias: string): Prisma.Sql => locationJson.sql(alias);
/** A `"group"` row (alias `alias`) as a JSON object of `Group`'s fields. */
export const groupJsonSql = (alias: string): Prisma.Sql => groupJson.sql(alias);

export const locationFromJson = (json: Json): Location => locationJson.revive(json);
export const groupFromJson = (json: Json): Group => groupJson.revive(json);
