/**
 * GET /geojson/things?group=<group name>&thingType=<ThingType>[&thingType=...][&latestLevel=true]: the released
 * sites (release status public or published, at a released current location; the route is
 * anonymous, so it reads as ANONYMOUS_VIEWER) of the group and types as an RFC 7946
 * FeatureCollection download for desktop GIS (QGIS, ArcGIS Pro open it directly).
 *
 * Contract: 200 `application/geo+json` with `content-disposition: attachment` and a file name
 * built from the filter ("things_Collabnet_WATER_WELL.geojson"); the features and their
 * properties are those of `Query.thingsGeoJSON` (src/domain/maps, one SQL statement). Both
 * parameters are optional; `thingType` repeats (any of them) and takes the GraphQL `ThingType`
 * names; `latestLevel=true` adds each site's latest released manual level and water elevation (as
 * `thingsGeoJSON(latestLevel: true)`). An unknown `thingType`, a repeated `group`, a `latestLevel`
 * other than true or false, or more than 50,000 matching sites is a 400
 * with `{"error": {"code": "BAD_USER_INPUT", "message"}}`; an unknown group gives an empty
 * collection.
 */
import type { Request, Router } from "express";
import express from "express";

import { findThingsFeatureCollection } from "../domain/maps/thingsFeatureCollection.js";
import type { ThingFilterArgs } from "../domain/things/thingFilter.js";
import { RELEASED_STATUSES } from "../domain/shared/releasedStatuses.js";
import { ANONYMOUS_VIEWER } from "../domain/visibility/viewer.js";
import { thingTypeValues, type ThingTypeValue } from "../domain/vocabulary/enumValues.js";
import { BadUserInputError } from "../errors/BadUserInputError.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { sendRouteError } from "./sendRouteError.js";

type ThingTypeName = keyof typeof thingTypeValues;

function isThingTypeName(value: string): value is ThingTypeName {
  return Object.hasOwn(thingTypeValues, value);
}

/** The values of query parameter `name` (none, one, or repeated). */
function queryValues(req: Request, name: string): string[] {
  const value: unknown = req.query[name];
  if (value === undefined) return [];
  const values = Array.isArray(value) ? value : [value];
  if (!values.every((v): v is string => typeof v === "string")) {
    throw new BadUserInputError(`Query parameter "${name}" must be plain text`, { argument: name });
  }
  return values;
}

export interface GeojsonDownloadRequest {
  group: string | null;
  thingTypes: ThingTypeName[];
  latestLevel: boolean;
}

export function parseGeojsonDownload(req: Request): GeojsonDownloadRequest {
  const groups = queryValues(req, "group");
  if (groups.length > 1) throw new BadUserInputError(`Query parameter "group" may be given once`, { argument: "group" });
  const thingTypes = queryValues(req, "thingType").map((value) => {
    if (!isThingTypeName(value)) {
      throw new BadUserInputError(
        `"${value}" is not a thingType; valid values: ${Object.keys(thingTypeValues).join(", ")}`,
        { argument: "thingType" },
      );
    }
    return value;
  });
  const latestLevel = queryValues(req, "latestLevel");
  if (latestLevel.length > 1 || (latestLevel[0] !== undefined && latestLevel[0] !== "true" && latestLevel[0] !== "false")) {
    throw new BadUserInputError(`Query parameter "latestLevel" must be given once, as true or false`, { argument: "latestLevel" });
  }
  return { group: groups[0] ?? null, thingTypes: [...new Set(thingTypes)], latestLevel: latestLevel[0] === "true" };
}

/** "things[_<group>][_<TYPE>...].geojson", with anything but letters, digits, `.`, `-` as `_`. */
export function downloadFileName({ group, thingTypes }: GeojsonDownloadRequest): string {
  const parts = ["things", ...(group === null ? [] : [group]), ...thingTypes];
  return `${parts.join("_").replace(/[^A-Za-z0-9.-]+/g, "_").slice(0, 120)}.geojson`;
}

export function geojsonRouter(prisma: PrismaClient, log: Logger): Router {
  const router = express.Router();
  router.get("/geojson/things", async (req, res) => {
    try {
      const download = parseGeojsonDownload(req);
      const filter: ThingFilterArgs = {
        releaseStatuses: [...RELEASED_STATUSES],
        ...(download.group === null ? {} : { groupName: download.group }),
        ...(download.thingTypes.length === 0
          ? {}
          : { thingTypes: download.thingTypes.map((name): ThingTypeValue => thingTypeValues[name]) }),
      };
      const collection = await findThingsFeatureCollection(prisma, ANONYMOUS_VIEWER, filter, { latestLevel: download.latestLevel });
      res
        .set("content-type", "application/geo+json; charset=utf-8")
        .set("content-disposition", `attachment; filename="${downloadFileName(download)}"`)
        .send(JSON.stringify(collection));
    } catch (error) {
      sendRouteError(res, log, error);
    }
  });
  return router;
}
