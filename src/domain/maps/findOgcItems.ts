/**
 * A page of an OGC API – Features collection (src/domain/maps/ogcCollections.ts).
 *
 * Contract: ONE SQL statement, which counts every matching feature and builds the page's GeoJSON
 * features as JSON text in PostgreSQL (the caller writes that text as it is: no row mapping or
 * serialisation on the serving thread). Features are ordered by site id; `limit` and `offset`
 * are honoured exactly. A layer's own data (latest level, latest result, ...) is computed for the
 * page's sites only unless a filter reads it (`datetime`, a layer property). Filters (all optional, ANDed): `bbox` in CRS84 degrees (a minimum
 * longitude above the maximum crosses the antimeridian), inclusive on every edge; `datetime`, an
 * inclusive range on the collection's time (either end open), only for a collection with time;
 * property filters, equality on a property of the collection that is not a date or date-time;
 * `featureId`, one site. Inputs are validated by the caller: a filter the collection cannot take
 * is a programming error (thrown as Error). Only what the viewer may see is counted or returned.
 */
import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import { currentLocationSql } from "../locations/currentLocationSql.js";
import type { Viewer } from "../visibility/viewer.js";
import { releasedSql } from "../visibility/visibilitySql.js";
import { propertiesOf, timeOf, type OgcCollection, type OgcProperty } from "./ogcCollections.js";

export interface OgcBbox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

/** Inclusive time range; null = open end. */
export interface OgcTimeRange {
  from: Date | null;
  to: Date | null;
}

export interface OgcPropertyFilter {
  name: string;
  value: string | number | boolean;
}

export interface OgcItemsQuery {
  bbox: OgcBbox | null;
  datetime: OgcTimeRange | null;
  properties: readonly OgcPropertyFilter[];
  limit: number;
  offset: number;
  featureId?: number;
}

export interface OgcItemsPage {
  /** Features matching the filters, over all pages. */
  numberMatched: number;
  numberReturned: number;
  /** The page's GeoJSON Feature objects, as a JSON array text. */
  featuresJson: string;
}

export interface OgcItemsDeps {
  prisma: PrismaClient;
  viewer: Viewer;
}

function column(name: string): Prisma.Sql {
  if (!/^[a-z_]+$/.test(name)) throw new Error(`Invalid OGC property name ${name}`);
  return Prisma.raw(`"${name}"`);
}

function propertyFilterSql(collection: OgcCollection, filter: OgcPropertyFilter): Prisma.Sql {
  const property: OgcProperty | undefined = propertiesOf(collection).find((p) => p.name === filter.name);
  const { value } = filter;
  const ref = Prisma.sql`f.${column(filter.name)}`;
  switch (property?.type) {
    case "string":
      if (typeof value === "string") return Prisma.sql`${ref} = ${value}::text`;
      break;
    case "integer":
      if (typeof value === "number") return Prisma.sql`${ref} = ${value}::int`;
      break;
    case "number":
      if (typeof value === "number") return Prisma.sql`${ref} = ${value}::float8`;
      break;
    case "boolean":
      if (typeof value === "boolean") return Prisma.sql`${ref} = ${value}::boolean`;
      break;
    default:
      break;
  }
  throw new Error(`Collection ${collection.id} cannot filter on ${filter.name} = ${String(value)}`);
}

function bboxSql({ minLon, minLat, maxLon, maxLat }: OgcBbox): Prisma.Sql {
  const lon = minLon <= maxLon
    ? Prisma.sql`f.lon BETWEEN ${minLon}::float8 AND ${maxLon}::float8`
    : Prisma.sql`(f.lon >= ${minLon}::float8 OR f.lon <= ${maxLon}::float8)`;
  return Prisma.sql`${lon} AND f.lat BETWEEN ${minLat}::float8 AND ${maxLat}::float8`;
}

function timeSql(collection: OgcCollection, range: OgcTimeRange): Prisma.Sql {
  if (timeOf(collection) === null) throw new Error(`Collection ${collection.id} has no time`);
  return Prisma.join(
    [
      ...(range.from === null ? [] : [Prisma.sql`f.__time >= ${range.from}::timestamptz`]),
      ...(range.to === null ? [] : [Prisma.sql`f.__time <= ${range.to}::timestamptz`]),
      Prisma.sql`f.__time IS NOT NULL`,
    ],
    " AND ",
  );
}

const columnsOf = (properties: readonly OgcProperty[]) => properties.map((p) => Prisma.sql`, ${p.sql} AS ${column(p.name)}`);

/**
 * The matching features and the page's rows, as the CTEs `matched` and `page_rows`. When no filter
 * reads the layer (its properties or time), sites are matched by the layer's cheap `exists` and
 * the layer's joins run for the page's sites only; otherwise every candidate site is joined.
 */
function pageSql(viewer: Viewer, collection: OgcCollection, query: OgcItemsQuery, conditions: Prisma.Sql): Prisma.Sql {
  const { layer } = collection;
  const siteNames = new Set(collection.siteProperties.map((p) => p.name));
  const readsLayer = query.datetime !== null || query.properties.some((filter) => !siteNames.has(filter.name));
  const sites = (select: Prisma.Sql, joins: Prisma.Sql, where: Prisma.Sql) => Prisma.sql`
    SELECT t.id AS fid, l.longitude AS lon, l.latitude AS lat ${select}
    FROM thing t
    JOIN LATERAL (${currentLocationSql(viewer, Prisma.sql`t.id`)}) l ON TRUE
    ${joins}
    WHERE ${releasedSql(viewer, Prisma.sql`t.release_status`)} AND ${collection.condition} AND ${where}`;
  const window = Prisma.sql`ORDER BY fid LIMIT ${query.limit}::int OFFSET ${query.offset}::int`;
  if (layer === null || !readsLayer) {
    const siteColumns = Prisma.join(columnsOf(collection.siteProperties), "");
    const layerRows = layer === null
      ? Prisma.sql`SELECT * FROM page`
      : Prisma.sql`
        SELECT page.* ${Prisma.join(columnsOf(layer.properties), "")}
        FROM page JOIN thing t ON t.id = page.fid
        JOIN LATERAL (${currentLocationSql(viewer, Prisma.sql`t.id`)}) l ON TRUE
        ${layer.joins(viewer)}`;
    return Prisma.sql`
      matched AS (SELECT * FROM (${sites(siteColumns, Prisma.empty, layer === null ? Prisma.sql`TRUE` : layer.exists(viewer))}) f WHERE ${conditions}),
      page AS (SELECT * FROM matched ${window}),
      page_rows AS (${layerRows})`;
  }
  const allColumns = Prisma.join(
    [Prisma.sql`, ${layer.time === null ? Prisma.sql`NULL::timestamptz` : layer.time.sql} AS __time`, ...columnsOf(propertiesOf(collection))],
    "",
  );
  return Prisma.sql`
    matched AS (SELECT * FROM (${sites(allColumns, layer.joins(viewer), Prisma.sql`TRUE`)}) f WHERE ${conditions}),
    page_rows AS (SELECT * FROM matched ${window})`;
}

export async function findOgcItems(
  { prisma, viewer }: OgcItemsDeps,
  collection: OgcCollection,
  query: OgcItemsQuery,
): Promise<OgcItemsPage> {
  const conditions = [
    ...(query.bbox === null ? [] : [bboxSql(query.bbox)]),
    ...(query.datetime === null ? [] : [timeSql(collection, query.datetime)]),
    ...query.properties.map((filter) => propertyFilterSql(collection, filter)),
    ...(query.featureId === undefined ? [] : [Prisma.sql`f.fid = ${query.featureId}::int`]),
  ];
  const where = conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, " AND ");
  const properties = Prisma.join(propertiesOf(collection).map((p) => Prisma.sql`${p.name}::text, r.${column(p.name)}`));
  const [row] = await prisma.$queryRaw<{ matched: number; returned: number; features: string }[]>(Prisma.sql`
    WITH ${pageSql(viewer, collection, query, where)}
    SELECT (SELECT count(*) FROM matched)::int AS matched,
      (SELECT count(*) FROM page_rows)::int AS returned,
      (SELECT coalesce(json_agg(json_build_object(
          'type', 'Feature',
          'id', r.fid,
          'geometry', json_build_object('type', 'Point', 'coordinates', json_build_array(r.lon, r.lat)),
          'properties', json_build_object(${properties})
        ) ORDER BY r.fid), '[]'::json)::text FROM page_rows r) AS features
  `);
  if (!row) throw new Error("The OGC items statement returned no row");
  return { numberMatched: row.matched, numberReturned: row.returned, featuresJson: row.features };
}
