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
import { METERS_PER_FOOT } from "../length.js";
import { levelDetails, manualLevelsWhere } from "../series/groundwaterLevelSql.js";
import { releaseStatusValues, thingTypeValues } from "../vocabulary/enumValues.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedSql } from "../visibility/visibilitySql.js";
import { applicableLimitSql, exceedsLimitSql } from "./chemistryExceedance.js";

export type OgcPropertyType = "string" | "integer" | "number" | "boolean" | "date" | "date-time";

export interface OgcProperty {
  name: string;
  type: OgcPropertyType;
  description: string;
  /** Its value: a SQL expression over `t`, `l` and the collection's joins. */
  sql: Prisma.Sql;
}

export interface OgcCollection {
  id: string;
  title: string;
  description: string;
  properties: readonly OgcProperty[];
  /** The features' time, which `datetime` filters on: the property showing it and its timestamptz SQL; null: no time. */
  time: { property: string; sql: Prisma.Sql } | null;
  /** Condition on `t` and `l` selecting the collection's sites (besides visibility). */
  condition: Prisma.Sql;
  /** Joins after `thing t` and its location `l`; an inner join drops sites without the layer's data. */
  joins(viewer: Viewer): Prisma.Sql;
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
    sql: utcDateTime(Prisma.sql`lvl."measuredAt"`),
  },
  {
    name: "depth_to_water_ft",
    type: "number",
    description: "Its depth to water, feet below ground surface.",
    sql: Prisma.sql`lvl.depth_numeric::float8`,
  },
];

/** The site's latest measured manual level the viewer may see, as `lvl` (inner join). */
function latestLevelJoin(viewer: Viewer): Prisma.Sql {
  const latest = Prisma.sql`(
    SELECT lv.id, lv.thing_id
    FROM (${manualLevelsWhere(Prisma.sql`fe.thing_id = t.id`, viewer)}) lv
    WHERE lv.value IS NOT NULL
    ORDER BY lv.measured_at DESC, lv.id DESC
    LIMIT 1
  )`;
  return Prisma.sql`JOIN LATERAL (${levelDetails(latest)}) lvl ON TRUE`;
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
  { name: "parameter_name", type: "string", description: "Analyte (lexicon parameter name).", sql: Prisma.sql`p.parameter_name` },
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
    description: "The result exceeds the limit (null without a limit or when the units cannot be compared).",
    sql: exceedsLimitSql(Prisma.sql`c.value`, Prisma.sql`c.unit`, Prisma.sql`lim.limit_value`, Prisma.sql`lim.limit_unit`),
  },
];

/** The site's latest released result of the analyte (normal samples only) as `c`, its parameter `p`, its limit `lim`. */
function chemistryJoins(analyte: ChemistryAnalyte, viewer: Viewer): Prisma.Sql {
  return Prisma.sql`
    JOIN parameter p ON p.parameter_name = ${analyte.parameterName} AND p.matrix = 'groundwater'
    JOIN LATERAL (
      SELECT o.value, o.unit, o.observation_datetime
      FROM field_event fe
      JOIN field_activity fa ON fa.field_event_id = fe.id
      JOIN sample s ON s.field_activity_id = fa.id
      JOIN observation o ON o.sample_id = s.id
      WHERE fe.thing_id = t.id AND o.parameter_id = p.id AND o.value IS NOT NULL AND s.qc_type = 'Normal'
        AND ${releasedSql(viewer, Prisma.sql`o.release_status`)} AND ${releasedSql(viewer, Prisma.sql`s.release_status`)}
      ORDER BY o.observation_datetime DESC, o.id DESC
      LIMIT 1
    ) c ON TRUE
    LEFT JOIN LATERAL (${applicableLimitSql(Prisma.sql`p.id`)}) lim ON TRUE`;
}

const noJoins = () => Prisma.empty;
const anySite = Prisma.sql`TRUE`;
const ofType = (term: string) => Prisma.sql`t.thing_type = ${term}`;

export const OGC_COLLECTIONS: readonly OgcCollection[] = [
  {
    id: "wells",
    title: "Wells",
    description: "Water wells.",
    properties: [...siteProperties, ...wellProperties],
    time: null,
    condition: ofType(thingTypeValues.WATER_WELL),
    joins: noJoins,
  },
  {
    id: "springs",
    title: "Springs",
    description: "Springs.",
    properties: [
      ...siteProperties,
      { name: "spring_type", type: "string", description: "Spring classification.", sql: Prisma.sql`t.spring_type` },
    ],
    time: null,
    condition: ofType(thingTypeValues.SPRING),
    joins: noJoins,
  },
  {
    id: "sites",
    title: "All sites",
    description: "Every monitored site: wells, springs, streams, meteorological stations.",
    properties: siteProperties,
    time: null,
    condition: anySite,
    joins: noJoins,
  },
  {
    id: "latest-depth-to-water",
    title: "Latest depth to water",
    description: "Each site's latest measured manual groundwater level, as depth to water below ground surface.",
    properties: [...siteProperties, ...latestLevelProperties],
    time: { property: "measured_at", sql: Prisma.sql`lvl."measuredAt"` },
    condition: anySite,
    joins: latestLevelJoin,
  },
  {
    id: "water-level-elevation",
    title: "Water-level elevation",
    description: "Water-table elevation at each site: ground elevation minus the latest depth to water (sites with a known elevation).",
    properties: [
      ...siteProperties,
      ...latestLevelProperties,
      {
        name: "water_elevation_ft",
        type: "number",
        description: "Water-table elevation, feet above NAVD88, to 0.01 ft.",
        sql: Prisma.sql`round((${elevationFtSql} - lvl.depth_numeric::float8)::numeric, 2)::float8`,
      },
    ],
    time: { property: "measured_at", sql: Prisma.sql`lvl."measuredAt"` },
    condition: Prisma.sql`l.elevation IS NOT NULL`,
    joins: latestLevelJoin,
  },
  ...CHEMISTRY_ANALYTES.map(
    (analyte): OgcCollection => ({
      id: analyte.id,
      title: `Latest ${analyte.title.toLowerCase()}`,
      description: `Each site's latest released ${analyte.title.toLowerCase()} result with the regulatory limit and whether it is exceeded.`,
      properties: [...siteProperties, ...chemistryProperties],
      time: { property: "sampled_at", sql: Prisma.sql`c.observation_datetime` },
      condition: anySite,
      joins: (viewer) => chemistryJoins(analyte, viewer),
    }),
  ),
  {
    id: "transducer-sites",
    title: "Transducer-equipped sites",
    description: "Sites where a pressure transducer is or was deployed.",
    properties: [
      ...siteProperties,
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
    condition: anySite,
    joins: () => Prisma.sql`
      JOIN LATERAL (
        SELECT count(*)::int AS deployments, bool_or(d.removal_date IS NULL) AS installed_now, max(d.installation_date) AS last_installed
        FROM deployment d JOIN sensor se ON se.id = d.sensor_id
        WHERE d.thing_id = t.id AND se.sensor_type = 'Pressure Transducer'
      ) dep ON dep.deployments > 0`,
  },
];

export function findOgcCollection(id: string): OgcCollection | undefined {
  return OGC_COLLECTIONS.find((collection) => collection.id === id);
}
