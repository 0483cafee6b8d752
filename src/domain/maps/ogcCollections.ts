/**
 * The OGC API – Features collections: map layers of sites, one feature per site (its id is the
 * site id) at the site's current location (the open location association with the latest start,
 * as `currentLocationByThingId`), as a 2D CRS84 point.
 *
 * Contract: each collection names its properties (name, type, description, SQL) and, when its
 * features have a time, the property that holds it. The SQL of a collection reads `thing t`, the
 * current location `l` (latitude, longitude, elevation in metres, county, state) and the relations
 * its `joins` add; only records the viewer may see take part (src/domain/visibility: the site,
 * its current location, and the levels, samples and results a layer shows; deployments are part
 * of the site's record). Property names are fixed identifiers of this module, never user input.
 */
import { Prisma } from "../../generated/prisma/client.js";
import { exceedsLimitSql } from "../chemistry/compareWithLimitSql.js";
import { METERS_PER_FOOT } from "../shared/length.js";
import { hasLatestManualLevelSql, latestManualLevelSql } from "../waterLevels/latestManualLevelSql.js";
import { releaseStatusValues, thingTypeValues } from "../vocabulary/enumValues.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedSql } from "../visibility/visibilitySql.js";
import { applicableLimitSql } from "./chemistryExceedance.js";

export type OgcPropertyType = "string" | "integer" | "number" | "boolean" | "date" | "date-time";

export interface OgcProperty {
  name: string;
  type: OgcPropertyType;
  description: string;
  /** Its value: a SQL expression over `t`, `l` and the collection's joins. */
  sql: Prisma.Sql;
}

/** What a layer adds to its sites from other tables. */
export interface OgcLayer {
  /** Joins after `thing t` and its location `l`; an inner join drops sites without the layer's data. */
  joins(viewer: Viewer): Prisma.Sql;
  /** Condition on `t` that holds exactly for the sites the joins keep, cheaper than the joins (no ordering, no details). */
  exists(viewer: Viewer): Prisma.Sql;
  /** Properties read from the joins. */
  properties: readonly OgcProperty[];
  /** The features' time, which `datetime` filters on: the property showing it and its timestamptz SQL; null: no time. */
  time: { property: string; sql: Prisma.Sql } | null;
}

export interface OgcCollection {
  id: string;
  title: string;
  description: string;
  /** Properties read from `t` and `l` alone. */
  siteProperties: readonly OgcProperty[];
  /** Condition on `t` and `l` selecting the collection's sites (besides visibility). */
  condition: Prisma.Sql;
  layer: OgcLayer | null;
}

/** Every property of a collection, in output order. */
export function propertiesOf(collection: OgcCollection): readonly OgcProperty[] {
  return [...collection.siteProperties, ...(collection.layer?.properties ?? [])];
}

/** The date-time property and SQL of a collection's features, or null. */
export function timeOf(collection: OgcCollection): OgcLayer["time"] {
  return collection.layer?.time ?? null;
}

/** Stored term -> GraphQL enum name, as a SQL expression over `column` (unnamed terms stay as stored). */
function enumNameSql(values: Record<string, string>, column: Prisma.Sql): Prisma.Sql {
  const names = JSON.stringify(Object.fromEntries(Object.entries(values).map(([name, term]) => [term, name])));
  return Prisma.sql`coalesce(${names}::jsonb ->> ${column}, ${column})`;
}

const utcDateTime = (column: Prisma.Sql) =>
  Prisma.sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const elevationFtSql = Prisma.sql`round((l.elevation / ${METERS_PER_FOOT}::float8)::numeric, 2)::float8`;

const siteProperties: readonly OgcProperty[] = [
  { name: "site_id", type: "integer", description: "Site id (the feature id; the well or spring id of the GraphQL API).", sql: Prisma.sql`t.id` },
  { name: "name", type: "string", description: "Site name (PointID for migrated wells).", sql: Prisma.sql`t.name` },
  { name: "site_name", type: "string", description: "Informal site name.", sql: Prisma.sql`t.site_name` },
  {
    name: "thing_type",
    type: "string",
    description: "Kind of site (WATER_WELL, SPRING, ...).",
    sql: enumNameSql(thingTypeValues, Prisma.sql`t.thing_type`),
  },
  {
    name: "release_status",
    type: "string",
    description: "Release status of the site (PUBLIC, PUBLISHED; others only for signed-in roles).",
    sql: enumNameSql(releaseStatusValues, Prisma.sql`t.release_status`),
  },
  { name: "county", type: "string", description: "County of the current location.", sql: Prisma.sql`l.county` },
  { name: "state", type: "string", description: "State of the current location.", sql: Prisma.sql`l.state` },
  { name: "elevation_ft", type: "number", description: "Ground elevation, feet above NAVD88.", sql: elevationFtSql },
];

const wellProperties: readonly OgcProperty[] = [
  { name: "well_depth_ft", type: "number", description: "Well depth, feet below ground surface.", sql: Prisma.sql`t.well_depth` },
  { name: "hole_depth_ft", type: "number", description: "Depth of the drilled hole, feet below ground surface.", sql: Prisma.sql`t.hole_depth` },
];

const latestLevelProperties: readonly OgcProperty[] = [
  {
    name: "measured_at",
    type: "date-time",
    description: "When the site's latest measured manual water level was taken (UTC).",
    sql: utcDateTime(Prisma.sql`lvl.measured_at`),
  },
  {
    name: "depth_to_water_ft",
    type: "number",
    description: "Its depth to water, feet below ground surface.",
    sql: Prisma.sql`lvl.depth::float8`,
  },
];

/** The site's latest measured manual level the viewer may see, as `lvl` (ADR 27). */
function latestLevelLayer(extra: readonly OgcProperty[]): OgcLayer {
  return {
    joins: (viewer) => Prisma.sql`JOIN LATERAL (${latestManualLevelSql(Prisma.sql`m.thing_id = t.id`, viewer)}) lvl ON TRUE`,
    exists: (viewer) => hasLatestManualLevelSql(Prisma.sql`m.thing_id = t.id`, viewer),
    properties: [...latestLevelProperties, ...extra],
    time: { property: "measured_at", sql: Prisma.sql`lvl.measured_at` },
  };
}

/** An analyte of the latest-chemistry layers: its collection id and the seeded parameter it reads. */
export interface ChemistryAnalyte {
  id: string;
  title: string;
  parameterName: string;
}

export const CHEMISTRY_ANALYTES: readonly ChemistryAnalyte[] = [
  { id: "latest-total-dissolved-solids", title: "Total dissolved solids", parameterName: "Total Dissolved Solids" },
  { id: "latest-nitrate", title: "Nitrate (as N)", parameterName: "Nitrate (as N)" },
  { id: "latest-arsenic", title: "Arsenic", parameterName: "Arsenic" },
  { id: "latest-uranium", title: "Uranium", parameterName: "Uranium, total, by ICP-MS" },
  { id: "latest-fluoride", title: "Fluoride", parameterName: "Fluoride" },
];

const chemistryProperties: readonly OgcProperty[] = [
  { name: "parameter_name", type: "string", description: "Analyte (lexicon parameter name).", sql: Prisma.sql`c.parameter_name` },
  { name: "sampled_at", type: "date-time", description: "When the latest result was observed (UTC).", sql: utcDateTime(Prisma.sql`c.observation_datetime`) },
  { name: "value", type: "number", description: "The latest result.", sql: Prisma.sql`c.value` },
  { name: "unit", type: "string", description: "Unit of the result.", sql: Prisma.sql`c.unit` },
  { name: "limit_value", type: "number", description: "Applicable regulatory limit (MCL before SMCL).", sql: Prisma.sql`lim.limit_value` },
  { name: "limit_unit", type: "string", description: "Unit of the limit.", sql: Prisma.sql`lim.limit_unit` },
  { name: "limit_type", type: "string", description: "Kind of limit (MCL, SMCL).", sql: Prisma.sql`lim.limit_type` },
  { name: "limit_source", type: "string", description: "Body that set the limit (EPA).", sql: Prisma.sql`lim.limit_source` },
  {
    name: "exceeds_limit",
    type: "boolean",
    description: "The result exceeds the limit (false for a non-detect; null without a limit or when the units cannot be compared).",
    sql: exceedsLimitSql(
      { value: Prisma.sql`c.value`, unit: Prisma.sql`c.unit`, detectionFlag: Prisma.sql`c.detection_flag` },
      { value: Prisma.sql`lim.limit_value`, unit: Prisma.sql`lim.limit_unit` },
    ),
  },
];

/**
 * The results of the analyte that the viewer may see (released, of released normal, not QC,
 * samples, with a value) at the sites for which `thingCondition` (over `fe.thing_id`) holds.
 */
function chemistryResults(analyte: ChemistryAnalyte, viewer: Viewer, thingCondition: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT o.id, o.parameter_id, o.value, o.unit, o.detection_flag, o.observation_datetime, p.parameter_name, fe.thing_id
    FROM parameter p
    JOIN observation o ON o.parameter_id = p.id
    JOIN sample s ON s.id = o.sample_id
    JOIN field_activity fa ON fa.id = s.field_activity_id
    JOIN field_event fe ON fe.id = fa.field_event_id
    WHERE p.parameter_name = ${analyte.parameterName} AND p.matrix = 'groundwater' AND ${thingCondition}
      AND o.value IS NOT NULL AND s.qc_type = 'Normal'
      AND ${releasedSql(viewer, Prisma.sql`o.release_status`)} AND ${releasedSql(viewer, Prisma.sql`s.release_status`)}`;
}

/** The site's latest result of the analyte as `c`, and the parameter's applicable limit as `lim`. */
function chemistryLayer(analyte: ChemistryAnalyte): OgcLayer {
  return {
    joins: (viewer) => Prisma.sql`
      JOIN LATERAL (
        ${chemistryResults(analyte, viewer, Prisma.sql`fe.thing_id = t.id`)} ORDER BY o.observation_datetime DESC, o.id DESC LIMIT 1
      ) c ON TRUE
      LEFT JOIN LATERAL (${applicableLimitSql(Prisma.sql`c.parameter_id`)}) lim ON TRUE`,
    // Not correlated: one pass over the analyte's results (few) instead of every site's samples.
    exists: (viewer) => Prisma.sql`t.id IN (SELECT r.thing_id FROM (${chemistryResults(analyte, viewer, Prisma.sql`TRUE`)}) r)`,
    properties: chemistryProperties,
    time: { property: "sampled_at", sql: Prisma.sql`c.observation_datetime` },
  };
}

/** Pressure-transducer deployments at site `t`. */
const transducerDeployments = Prisma.sql`
  FROM deployment d JOIN sensor se ON se.id = d.sensor_id
  WHERE d.thing_id = t.id AND se.sensor_type = 'Pressure Transducer'`;

const anySite = Prisma.sql`TRUE`;
const ofType = (term: string) => Prisma.sql`t.thing_type = ${term}`;

export const OGC_COLLECTIONS: readonly OgcCollection[] = [
  {
    id: "wells",
    title: "Wells",
    description: "Water wells.",
    siteProperties: [...siteProperties, ...wellProperties],
    condition: ofType(thingTypeValues.WATER_WELL),
    layer: null,
  },
  {
    id: "springs",
    title: "Springs",
    description: "Springs.",
    siteProperties: [
      ...siteProperties,
      { name: "spring_type", type: "string", description: "Spring classification.", sql: Prisma.sql`t.spring_type` },
    ],
    condition: ofType(thingTypeValues.SPRING),
    layer: null,
  },
  {
    id: "sites",
    title: "All sites",
    description: "Every monitored site: wells, springs, streams, meteorological stations.",
    siteProperties,
    condition: anySite,
    layer: null,
  },
  {
    id: "latest-depth-to-water",
    title: "Latest depth to water",
    description: "Each site's latest measured manual groundwater level, as depth to water below ground surface.",
    siteProperties,
    condition: anySite,
    layer: latestLevelLayer([]),
  },
  {
    id: "water-level-elevation",
    title: "Water-level elevation",
    description: "Water-table elevation at each site: ground elevation minus the latest depth to water (sites with a known elevation).",
    siteProperties,
    condition: Prisma.sql`l.elevation IS NOT NULL`,
    layer: latestLevelLayer([
      {
        name: "water_elevation_ft",
        type: "number",
        description: "Water-table elevation, feet above NAVD88, to 0.01 ft.",
        sql: Prisma.sql`round((${elevationFtSql} - lvl.depth::float8)::numeric, 2)::float8`,
      },
    ]),
  },
  ...CHEMISTRY_ANALYTES.map(
    (analyte): OgcCollection => ({
      id: analyte.id,
      title: `Latest ${analyte.title.toLowerCase()}`,
      description: `Each site's latest released ${analyte.title.toLowerCase()} result with the regulatory limit and whether it is exceeded.`,
      siteProperties,
      condition: anySite,
      layer: chemistryLayer(analyte),
    }),
  ),
  {
    id: "transducer-sites",
    title: "Transducer-equipped sites",
    description: "Sites where a pressure transducer is or was deployed.",
    siteProperties,
    condition: anySite,
    layer: {
      joins: () => Prisma.sql`
        JOIN LATERAL (
          SELECT count(*)::int AS deployments, bool_or(d.removal_date IS NULL) AS installed_now, max(d.installation_date) AS last_installed
          ${transducerDeployments}
        ) dep ON dep.deployments > 0`,
      exists: () => Prisma.sql`EXISTS (SELECT 1 ${transducerDeployments})`,
      properties: [
        { name: "deployments", type: "integer", description: "Pressure-transducer deployments at the site.", sql: Prisma.sql`dep.deployments` },
        {
          name: "installed_now",
          type: "boolean",
          description: "A pressure transducer is installed (a deployment without removal date).",
          sql: Prisma.sql`dep.installed_now`,
        },
        {
          name: "last_installed",
          type: "date",
          description: "Latest installation date.",
          sql: Prisma.sql`to_char(dep.last_installed, 'YYYY-MM-DD')`,
        },
      ],
      time: null,
    },
  },
];

export function findOgcCollection(id: string): OgcCollection | undefined {
  return OGC_COLLECTIONS.find((collection) => collection.id === id);
}
