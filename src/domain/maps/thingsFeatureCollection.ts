/**
 * The sites matching a filter as an RFC 7946 FeatureCollection (`Query.thingsGeoJSON`).
 *
 * Contract: ONE SQL statement. One Point feature per matching site that has a current location
 * (its open location association with the latest start, ties by highest id: the rule of
 * `currentLocationByThingId`), ordered by site id, built by pointFeature.ts. More than `maxFeatures`
 * matching sites is an InvalidArgumentError asking for a narrower filter. Only sites, and current
 * locations, that the viewer may see (src/domain/visibility).
 * With `latestLevel`, each feature also carries the site's latest measured manual level that the
 * viewer may see (`latest_measured_at`, `latest_depth_to_water_ft`, exactly as the well's series
 * computes it) and `water_elevation_ft` = elevation in feet minus that depth (null when either is
 * unknown): the "latest depth to water" and "water elevation" map layers, in the same statement.
 */
import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import { InvalidArgumentError } from "../shared/domainErrors.js";
import { metersToFeet } from "../shared/length.js";
import { latestManualLevelSql } from "../waterLevels/latestManualLevelSql.js";
import { currentLocationSql } from "../locations/currentLocationSql.js";
import { releaseStatusValues, thingTypeValues } from "../vocabulary/enumValues.js";
import { parseThingFilter, type ThingFilterArgs } from "../things/thingFilter.js";
import { thingFilterSql } from "../things/thingFilterSql.js";
import type { Viewer } from "../visibility/viewer.js";
import { pointFeature, type PointFeature } from "./pointFeature.js";

export const MAX_GEOJSON_FEATURES = 50_000;

interface FeatureRow {
  id: number;
  name: string;
  thing_type: string;
  release_status: string;
  site_name: string | null;
  well_depth: number | null;
  hole_depth: number | null;
  location_id: number;
  latitude: number;
  longitude: number;
  elevation: number | null;
  elevation_method: string | null;
  groups: string[];
  /** Present only when the latest level was asked for. */
  latest_measured_at?: string | null;
  latest_depth?: number | null;
}

export interface LatestLevelProperties {
  /** When the site's latest measured manual level was taken (ISO 8601, UTC). */
  latest_measured_at: string | null;
  /** Its depth to water below ground surface, feet. */
  latest_depth_to_water_ft: number | null;
  /** Water-table elevation: site elevation (ft NAVD88) minus that depth, to 0.01 ft. */
  water_elevation_ft: number | null;
}

export type ThingFeature = PointFeature<
  {
    id: number;
    name: string;
    thing_type: string;
    release_status: string;
    site_name: string | null;
    well_depth_ft: number | null;
    hole_depth_ft: number | null;
    elevation_ft: number | null;
    vertical_datum: "NAVD88" | null;
    elevation_method: string | null;
    location_id: number;
    groups: string[];
  } & Partial<LatestLevelProperties>
>;

export interface ThingFeatureCollection {
  type: "FeatureCollection";
  features: ThingFeature[];
}

/** Stored term -> the API's enum name; a term the enum does not name is kept as it is. */
function enumNameOf(values: Record<string, string>): (term: string) => string {
  const names = new Map(Object.entries(values).map(([name, term]) => [term, name]));
  return (term) => names.get(term) ?? term;
}
const thingTypeName = enumNameOf(thingTypeValues);
const releaseStatusName = enumNameOf(releaseStatusValues);

function latestLevelProperties(row: FeatureRow): LatestLevelProperties | Record<string, never> {
  if (row.latest_measured_at === undefined) return {};
  const depth = row.latest_depth ?? null;
  const elevationFt = row.elevation === null ? null : metersToFeet(row.elevation);
  return {
    latest_measured_at: row.latest_measured_at === null ? null : new Date(row.latest_measured_at).toISOString(),
    latest_depth_to_water_ft: depth,
    water_elevation_ft: depth === null || elevationFt === null ? null : Math.round((elevationFt - depth) * 100) / 100,
  };
}

export function thingFeature(row: FeatureRow): ThingFeature {
  return pointFeature(row.id, row, {
    id: row.id,
    name: row.name,
    thing_type: thingTypeName(row.thing_type),
    release_status: releaseStatusName(row.release_status),
    site_name: row.site_name,
    well_depth_ft: row.well_depth,
    hole_depth_ft: row.hole_depth,
    elevation_ft: row.elevation === null ? null : metersToFeet(row.elevation),
    vertical_datum: row.elevation === null ? null : "NAVD88",
    elevation_method: row.elevation_method,
    location_id: row.location_id,
    groups: row.groups,
    ...latestLevelProperties(row),
  });
}

export async function findThingsFeatureCollection(
  prisma: PrismaClient,
  viewer: Viewer,
  filter: ThingFilterArgs | null | undefined,
  options: { latestLevel?: boolean; maxFeatures?: number } = {},
): Promise<ThingFeatureCollection> {
  const maxFeatures = options.maxFeatures ?? MAX_GEOJSON_FEATURES;
  const where = thingFilterSql(parseThingFilter(filter), viewer);
  // The latest measured level of each selected site that the viewer may see (ADR 27).
  const latestLevels = Prisma.sql`,
    features AS (
      SELECT selected.*, d.measured_at AS latest_measured_at, d.depth::float8 AS latest_depth
      FROM selected LEFT JOIN (
        ${latestManualLevelSql(Prisma.sql`m.thing_id = ANY(ARRAY(SELECT id FROM selected))`, viewer)}
      ) d ON d.thing_id = selected.id
    )`;
  const [result] = await prisma.$queryRaw<{ matched: number; rows: FeatureRow[] | null }[]>(Prisma.sql`
    WITH selected AS (
      SELECT t.id, t.name, t.thing_type, t.release_status, t.site_name, t.well_depth, t.hole_depth,
        l.id AS location_id, l.latitude, l.longitude, l.elevation, l.elevation_method,
        coalesce((
          SELECT json_agg(g.name ORDER BY g.name)
          FROM group_thing_association ga JOIN "group" g ON g.id = ga.group_id
          WHERE ga.thing_id = t.id
        ), '[]'::json) AS groups
      FROM thing t
      JOIN LATERAL (${currentLocationSql(viewer, Prisma.sql`t.id`)}) l ON TRUE
      WHERE ${where}
      ORDER BY t.id
      LIMIT ${maxFeatures + 1}::int
    )${options.latestLevel ? latestLevels : Prisma.sql`, features AS (SELECT * FROM selected)`}
    SELECT count(*)::int AS matched,
      CASE WHEN count(*) <= ${maxFeatures}::int
        THEN coalesce(json_agg(row_to_json(features) ORDER BY features.id), '[]'::json)
      END AS rows
    FROM features
  `);
  if (!result || result.rows === null) {
    throw new InvalidArgumentError(
      `More than ${maxFeatures} sites match; narrow the filter (for example by thingTypes, groupName or bbox)`,
      { argument: "filter", limit: maxFeatures },
    );
  }
  return { type: "FeatureCollection", features: result.rows.map(thingFeature) };
}
