/**
 * OGC API – Features (OGC 17-069r4, Core + GeoJSON + OpenAPI 3.0) under /ogc, for GIS clients
 * (QGIS, ArcGIS, GDAL's OAPIF driver) and the public map:
 *
 *   GET /ogc                                       landing page
 *   GET /ogc/conformance                           conformance classes
 *   GET /ogc/api                                   OpenAPI 3.0 definition
 *   GET /ogc/collections                           the collections (src/domain/maps/ogcCollections.ts)
 *   GET /ogc/collections/{id}                      one collection
 *   GET /ogc/collections/{id}/schema               JSON Schema of its features (GIS clients type their fields by it)
 *   GET /ogc/collections/{id}/items                features: bbox, bbox-crs, datetime, limit, offset, property filters
 *   GET /ogc/collections/{id}/items/{featureId}    one feature (a site id)
 *
 * Contract: JSON (`application/json`; items `application/geo+json`) unless `f=html` or a browser's
 * Accept asks for HTML; every response carries links with rel and type, absolute from the
 * request's host. Callers are who their Authorization header says (anonymous: released records
 * only, as in GraphQL). Each items request is one SQL statement whose features PostgreSQL writes
 * as JSON text; the text is sent in slices (ADR 31). Errors are problem documents (ogcProblem.ts).
 */
import type { Request, Response, Router } from "express";
import express from "express";

import type { Caller } from "../../auth/caller.js";
import { findOgcItems } from "../../domain/maps/findOgcItems.js";
import { findOgcCollection, OGC_COLLECTIONS, propertiesOf, type OgcCollection } from "../../domain/maps/ogcCollections.js";
import { viewerOf, type Viewer } from "../../domain/visibility/viewer.js";
import { sendInChunks } from "../sendInChunks.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { Logger } from "../../logger.js";
import { sqlStatementScope } from "../httpObservability.js";
import { documentHtml, featuresHtml, type OgcLink } from "./ogcHtml.js";
import { badParameter, notFound, sendOgcProblem } from "./ogcProblem.js";
import { featureSchema, openApiDocument } from "./openApiDocument.js";
import { CRS84, parseItemsQuery, singleValues } from "./parseItemsQuery.js";

export interface OgcRouterOptions {
  prisma: PrismaClient;
  logger: Logger;
  /** Who is calling, from the Authorization header (the server's authenticator). */
  authenticate: (authorization: string | undefined) => Promise<{ caller: Caller }>;
  /** The clock of `timeStamp` (default: now). */
  now?: () => Date;
}

export const CONFORMANCE_CLASSES = [
  "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
  "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
  "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
];

const JSON_TYPE = "application/json";
const GEOJSON_TYPE = "application/geo+json";
const HTML_TYPE = "text/html";
const OPENAPI_TYPE = "application/vnd.oai.openapi+json;version=3.0";
const SCHEMA_TYPE = "application/schema+json";

type Format = "json" | "html";

/** `f` when given (json or html), else HTML only when the Accept header prefers it (browsers). */
function formatOf(req: Request): Format {
  const f = req.query.f;
  if (f === undefined) return req.accepts([JSON_TYPE, GEOJSON_TYPE, HTML_TYPE]) === HTML_TYPE ? "html" : "json";
  if (f === "json" || f === "html") return f;
  throw badParameter(`Query parameter "f" must be json or html (got ${JSON.stringify(f)})`);
}

function baseOf(req: Request): string {
  return `${req.protocol}://${req.get("host") ?? "localhost"}/ogc`;
}

/** `href` with the query parameters of `params` (the request's), those in `changes` replaced and put last. */
function withQuery(href: string, params: Map<string, string>, changes: Record<string, string>): string {
  const kept = [...params].filter(([name]) => !Object.hasOwn(changes, name));
  const text = new URLSearchParams([...kept, ...Object.entries(changes)]).toString();
  return text === "" ? href : `${href}?${text}`;
}

/** A self link in the asked format and its alternate in the other. */
function selfAndAlternate(href: string, format: Format, jsonType: string, params = new Map<string, string>()): OgcLink[] {
  const json = { href: withQuery(href, params, { f: "json" }), type: jsonType };
  const html = { href: withQuery(href, params, { f: "html" }), type: HTML_TYPE };
  return format === "json"
    ? [{ ...json, rel: "self", title: "This document" }, { ...html, rel: "alternate", title: "This document as HTML" }]
    : [{ ...html, rel: "self", title: "This document" }, { ...json, rel: "alternate", title: "This document as JSON" }];
}

function sendDocument(res: Response, format: Format, title: string, document: { links: OgcLink[] } & Record<string, unknown>, type = JSON_TYPE): void {
  if (format === "html") res.type(HTML_TYPE).send(documentHtml(title, document.links, document));
  else res.type(type).send(JSON.stringify(document));
}

function collectionOf(req: Request): OgcCollection {
  const id = String(req.params.collectionId);
  const collection = findOgcCollection(id);
  if (!collection) throw notFound(`No collection "${id}"; see /ogc/collections`);
  return collection;
}

function collectionDocument(base: string, collection: OgcCollection, format: Format) {
  const href = `${base}/collections/${collection.id}`;
  return {
    id: collection.id,
    title: collection.title,
    description: collection.description,
    itemType: "feature",
    crs: [CRS84],
    links: [
      ...selfAndAlternate(href, format, JSON_TYPE),
      { href: `${href}/items?f=json`, rel: "items", type: GEOJSON_TYPE, title: `${collection.title} (GeoJSON)` },
      { href: `${href}/items?f=html`, rel: "items", type: HTML_TYPE, title: `${collection.title} (HTML)` },
      // "describedby" is the registered relation; GDAL 3.6 matches only the spelling "describedBy".
      ...["describedby", "describedBy"].map((rel) => ({ href: `${href}/schema`, rel, type: SCHEMA_TYPE, title: `Schema of the ${collection.title.toLowerCase()} features` })),
    ],
  };
}

export function ogcRouter({ prisma, logger, authenticate, now = () => new Date() }: OgcRouterOptions): Router {
  const router = express.Router();
  router.use("/ogc", sqlStatementScope);

  const viewerFor = async (req: Request): Promise<Viewer> => viewerOf((await authenticate(req.get("authorization"))).caller);
  const route = (path: string, handle: (req: Request, res: Response) => Promise<void> | void) => {
    router.get(path, async (req, res) => {
      try {
        await handle(req, res);
      } catch (error) {
        sendOgcProblem(res, logger, error);
      }
    });
  };

  route("/ogc", (req, res) => {
    const format = formatOf(req);
    const base = baseOf(req);
    sendDocument(res, format, "Ocotillo groundwater data: OGC API – Features", {
      title: "Ocotillo groundwater data: OGC API – Features",
      description: "Wells, springs, water levels, chemistry and transducer sites as map layers. Anonymous callers see released records only.",
      links: [
        ...selfAndAlternate(base, format, JSON_TYPE),
        { href: `${base}/api`, rel: "service-desc", type: OPENAPI_TYPE, title: "The API definition (OpenAPI 3.0)" },
        { href: `${base}/api?f=html`, rel: "service-doc", type: HTML_TYPE, title: "The API definition as HTML" },
        { href: `${base}/conformance`, rel: "conformance", type: JSON_TYPE, title: "Conformance classes" },
        { href: `${base}/collections`, rel: "data", type: JSON_TYPE, title: "Collections" },
      ],
    });
  });

  route("/ogc/conformance", (req, res) => {
    const format = formatOf(req);
    sendDocument(res, format, "Conformance", { links: selfAndAlternate(`${baseOf(req)}/conformance`, format, JSON_TYPE), conformsTo: CONFORMANCE_CLASSES });
  });

  route("/ogc/api", (req, res) => {
    const format = formatOf(req);
    const document = openApiDocument(baseOf(req), OGC_COLLECTIONS);
    if (format === "html") res.type(HTML_TYPE).send(documentHtml("API definition", selfAndAlternate(`${baseOf(req)}/api`, format, OPENAPI_TYPE), document));
    else res.setHeader("content-type", OPENAPI_TYPE).send(Buffer.from(JSON.stringify(document)));
  });

  route("/ogc/collections", (req, res) => {
    const format = formatOf(req);
    const base = baseOf(req);
    sendDocument(res, format, "Collections", {
      links: selfAndAlternate(`${base}/collections`, format, JSON_TYPE),
      collections: OGC_COLLECTIONS.map((collection) => collectionDocument(base, collection, "json")),
    });
  });

  route("/ogc/collections/:collectionId", (req, res) => {
    const collection = collectionOf(req);
    const format = formatOf(req);
    sendDocument(res, format, collection.title, collectionDocument(baseOf(req), collection, format));
  });

  route("/ogc/collections/:collectionId/schema", (req, res) => {
    const collection = collectionOf(req);
    res.setHeader("content-type", SCHEMA_TYPE).send(Buffer.from(JSON.stringify(featureSchema(`${baseOf(req)}/collections/${collection.id}/schema`, collection))));
  });

  route("/ogc/collections/:collectionId/items", async (req, res) => {
    const collection = collectionOf(req);
    const query = parseItemsQuery(collection, req.query);
    const format = formatOf(req);
    const page = await findOgcItems({ prisma, viewer: await viewerFor(req) }, collection, query);
    const href = `${baseOf(req)}/collections/${collection.id}/items`;
    const params = singleValues(req.query);
    params.delete("f");
    const type = format === "json" ? GEOJSON_TYPE : HTML_TYPE;
    const links: OgcLink[] = [
      ...selfAndAlternate(href, format, GEOJSON_TYPE, params),
      { href: `${baseOf(req)}/collections/${collection.id}`, rel: "collection", type: JSON_TYPE, title: collection.title },
    ];
    const f = { f: format, limit: String(query.limit) };
    if (query.offset + page.numberReturned < page.numberMatched) {
      links.push({ href: withQuery(href, params, { ...f, offset: String(query.offset + query.limit) }), rel: "next", type, title: "Next page" });
    }
    if (query.offset > 0) {
      links.push({ href: withQuery(href, params, { ...f, offset: String(Math.max(0, query.offset - query.limit)) }), rel: "prev", type, title: "Previous page" });
    }
    const timeStamp = now().toISOString();
    if (format === "html") {
      const summary = `${page.numberReturned} of ${page.numberMatched} features (offset ${query.offset}), ${timeStamp}`;
      const names = propertiesOf(collection).map((p) => p.name);
      res.type(HTML_TYPE).send(featuresHtml(collection.title, links, summary, JSON.parse(page.featuresJson) as Parameters<typeof featuresHtml>[3], names));
      return;
    }
    const head = JSON.stringify({ type: "FeatureCollection", timeStamp, numberMatched: page.numberMatched, numberReturned: page.numberReturned, links });
    res.setHeader("content-type", `${GEOJSON_TYPE}; charset=utf-8`);
    await sendInChunks(res, Buffer.from(`${head.slice(0, -1)},"features":${page.featuresJson}}`));
  });

  route("/ogc/collections/:collectionId/items/:featureId", async (req, res) => {
    const collection = collectionOf(req);
    const format = formatOf(req);
    const text = String(req.params.featureId);
    const id = /^[1-9][0-9]{0,9}$/.test(text) ? Number(text) : Number.NaN;
    if (!(id <= 2_147_483_647)) throw notFound(`No feature "${text}" in collection "${collection.id}"`);
    const unknown = Object.keys(req.query).filter((name) => name !== "f");
    if (unknown.length > 0) throw badParameter(`Unknown query parameter "${unknown[0]}"; a feature takes only "f"`);
    const page = await findOgcItems({ prisma, viewer: await viewerFor(req) }, collection, {
      bbox: null,
      datetime: null,
      properties: [],
      limit: 1,
      offset: 0,
      featureId: id,
    });
    if (page.numberReturned === 0) throw notFound(`No feature "${text}" in collection "${collection.id}"`);
    const href = `${baseOf(req)}/collections/${collection.id}/items/${id}`;
    const links: OgcLink[] = [
      ...selfAndAlternate(href, format, GEOJSON_TYPE),
      { href: `${baseOf(req)}/collections/${collection.id}`, rel: "collection", type: JSON_TYPE, title: collection.title },
    ];
    const featureText = page.featuresJson.slice(1, -1);
    if (format === "html") {
      const feature = JSON.parse(featureText) as Parameters<typeof featuresHtml>[3][number];
      res.type(HTML_TYPE).send(featuresHtml(`${collection.title}: ${id}`, links, "", [feature], propertiesOf(collection).map((p) => p.name)));
      return;
    }
    res.type(GEOJSON_TYPE).send(`${featureText.slice(0, -1)},"links":${JSON.stringify(links)}}`);
  });

  router.use("/ogc", (req, res) => sendOgcProblem(res, logger, notFound(`No resource ${req.method} ${req.originalUrl.split("?")[0]}; see /ogc`)));
  return router;
}
