/**
 * The OpenAPI 3.0 definition of the OGC API – Features service (`/ogc/api`).
 *
 * Contract: describes every route under `base` (landing page, conformance, api, collections,
 * and per collection its description, items with exactly the query parameters the items route
 * accepts, and one item), with the JSON/GeoJSON/problem media types it answers with.
 */
import { propertiesOf, timeOf, type OgcCollection, type OgcPropertyType } from "../../domain/maps/ogcCollections.js";
import { CRS84, DEFAULT_LIMIT, MAX_LIMIT } from "./parseItemsQuery.js";

type Json = Record<string, unknown>;

const schemaOf: Record<OgcPropertyType, Json> = {
  string: { type: "string" },
  integer: { type: "integer" },
  number: { type: "number" },
  boolean: { type: "boolean" },
  date: { type: "string", format: "date" },
  "date-time": { type: "string", format: "date-time" },
};

const problem = (description: string): Json => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/problem" } } },
});
const json = (description: string, type = "application/json"): Json => ({
  description,
  content: { [type]: { schema: { type: "object" } }, "text/html": { schema: { type: "string" } } },
});

function get(operationId: string, summary: string, ok: Json, parameters: Json[] = []): Json {
  return {
    get: {
      operationId,
      summary,
      parameters: [{ $ref: "#/components/parameters/f" }, ...parameters],
      responses: { "200": ok, "400": problem("A query parameter is unknown or malformed."), "500": problem("Server error.") },
    },
  };
}

/** JSON Schema of a collection's GeoJSON features (the form GDAL and QGIS read field types from). */
export function featureSchema(id: string, collection: OgcCollection): Json {
  return {
    $schema: "https://json-schema.org/draft/2019-09/schema",
    $id: id,
    title: collection.title,
    description: collection.description,
    type: "object",
    required: ["type", "geometry", "properties"],
    properties: {
      type: { type: "string", enum: ["Feature"] },
      id: { type: "integer", description: "Site id." },
      geometry: { type: "object", description: "GeoJSON Point, CRS84 longitude and latitude." },
      properties: {
        type: "object",
        properties: Object.fromEntries(propertiesOf(collection).map((p) => [p.name, { ...schemaOf[p.type], description: p.description }])),
      },
    },
  };
}

function collectionPaths(collection: OgcCollection): Record<string, Json> {
  const path = `/collections/${collection.id}`;
  const properties = propertiesOf(collection)
    .filter((p) => p.type !== "date" && p.type !== "date-time")
    .map((p) => ({ name: p.name, in: "query", required: false, description: `Equality filter: ${p.description}`, schema: schemaOf[p.type] }));
  const itemsParameters = [
    { $ref: "#/components/parameters/bbox" },
    { $ref: "#/components/parameters/bbox-crs" },
    ...(timeOf(collection) ? [{ $ref: "#/components/parameters/datetime" }] : []),
    { $ref: "#/components/parameters/limit" },
    { $ref: "#/components/parameters/offset" },
    ...properties,
  ];
  const notFound = problem("No such collection or feature.");
  const items = get(`getItems_${collection.id}`, `${collection.title}: features`, json("The features.", "application/geo+json"), itemsParameters);
  const item = get(`getItem_${collection.id}`, `${collection.title}: one feature`, json("The feature.", "application/geo+json"), [
    { name: "featureId", in: "path", required: true, description: "Site id.", schema: { type: "integer" } },
  ]);
  return {
    [path]: get(`describeCollection_${collection.id}`, collection.title, json("The collection.")),
    [`${path}/schema`]: {
      get: {
        operationId: `getSchema_${collection.id}`,
        summary: `${collection.title}: JSON Schema of the features`,
        responses: { "200": { description: "The schema.", content: { "application/schema+json": {} } } },
      },
    },
    [`${path}/items`]: items,
    [`${path}/items/{featureId}`]: { get: { ...(item.get as Json), responses: { ...((item.get as Json).responses as Json), "404": notFound } } },
  };
}

export function openApiDocument(base: string, collections: readonly OgcCollection[]): Json {
  return {
    openapi: "3.0.3",
    info: {
      title: "Ocotillo groundwater data: OGC API – Features",
      version: "1.0.0",
      description: "Map layers of wells, springs, water levels, chemistry and transducer sites. Anonymous callers see released records only.",
    },
    servers: [{ url: base }],
    paths: {
      "/": get("getLandingPage", "Landing page", json("Links to the API definition, conformance and collections.")),
      "/conformance": get("getConformance", "Conformance classes", json("The conformance classes implemented.")),
      "/api": { get: { operationId: "getApi", summary: "This document", responses: { "200": { description: "The OpenAPI definition.", content: { "application/vnd.oai.openapi+json;version=3.0": {} } } } } },
      "/collections": get("getCollections", "Collections", json("The collections.")),
      ...Object.assign({}, ...collections.map(collectionPaths)) as Json,
    },
    components: {
      parameters: {
        f: { name: "f", in: "query", required: false, description: "Response format.", schema: { type: "string", enum: ["json", "html"] } },
        bbox: {
          name: "bbox",
          in: "query",
          required: false,
          description: "minLon,minLat,maxLon,maxLat (or six numbers with heights, ignored), in bbox-crs.",
          style: "form",
          explode: false,
          schema: { type: "array", minItems: 4, maxItems: 6, items: { type: "number" } },
        },
        "bbox-crs": { name: "bbox-crs", in: "query", required: false, description: "CRS of bbox; only CRS84.", schema: { type: "string", format: "uri", enum: [CRS84], default: CRS84 } },
        datetime: {
          name: "datetime",
          in: "query",
          required: false,
          description: "RFC 3339 instant or interval (start/end, `..` for an open end).",
          schema: { type: "string" },
        },
        limit: { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
        offset: { name: "offset", in: "query", required: false, description: "Features to skip.", schema: { type: "integer", minimum: 0, default: 0 } },
      },
      schemas: {
        problem: {
          type: "object",
          required: ["title", "status"],
          properties: { type: { type: "string" }, title: { type: "string" }, status: { type: "integer" }, detail: { type: "string" } },
        },
      },
    },
  };
}
