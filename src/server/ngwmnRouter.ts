/**
 * The National Ground-Water Monitoring Network XML services (anonymous, released data only):
 *
 *   GET /ngwmn/waterlevels/:pointId       -> <WaterLevels>   (alias /ngwmn/water-levels/:pointId)
 *   GET /ngwmn/wellconstruction/:pointId  -> <Casings>       (alias /ngwmn/well-construction/:pointId)
 *   GET /ngwmn/lithology/:pointId         -> <Lithologies>
 *
 * The paths without hyphens are the reference's, which the federal harvester calls. Always 200
 * with `application/xml` (an unknown or unreleased point id gives the empty root element, as the
 * reference did); documents are built by src/domain/ngwmn/*, one SQL statement each.
 */
import type { Router } from "express";
import express from "express";

import { ngwmnLithologyDocument } from "../domain/ngwmn/ngwmnLithology.js";
import { ngwmnWaterLevelsDocument } from "../domain/ngwmn/ngwmnWaterLevels.js";
import { ngwmnWellConstructionDocument } from "../domain/ngwmn/ngwmnWellConstruction.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { sendRouteError } from "./sendRouteError.js";

type DocumentBuilder = (prisma: PrismaClient, pointId: string) => Promise<string>;

const documents: [paths: string[], build: DocumentBuilder][] = [
  [["/ngwmn/waterlevels/:pointId", "/ngwmn/water-levels/:pointId"], ngwmnWaterLevelsDocument],
  [["/ngwmn/wellconstruction/:pointId", "/ngwmn/well-construction/:pointId"], ngwmnWellConstructionDocument],
  [["/ngwmn/lithology/:pointId"], ngwmnLithologyDocument],
];

export function ngwmnRouter(prisma: PrismaClient, log: Logger): Router {
  const router = express.Router();
  for (const [paths, build] of documents) {
    for (const path of paths) {
      router.get(path, async (req, res) => {
        try {
          const xml = await build(prisma, String(req.params.pointId));
          res.set("content-type", "application/xml; charset=utf-8").send(xml);
        } catch (error) {
          sendRouteError(res, log, error);
        }
      });
    }
  }
  return router;
}
