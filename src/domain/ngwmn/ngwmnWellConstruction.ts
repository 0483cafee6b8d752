/**
 * NGWMN well construction of one point id (`GET /ngwmn/wellconstruction/:pointId`), as the
 * reference's `<Casings>` document.
 *
 * Contract (ONE SQL statement): one `<Casing>` per released screen of each released well named
 * `pointId` (ordered by well, screen top, screen id), or one `<Casing>` without screen values for
 * a well that has a casing depth but no released screen; a well with neither gives nothing, and an
 * unknown or unreleased point gives an empty `<Casings/>`. The casing is assumed to start at
 * ground surface: `CasingTop` is 0 and `CasingDepthUnits` "ft bgs" whenever the casing depth is
 * known (both empty otherwise). Depths are feet below ground surface, written as the reference
 * wrote them ("315.0"). `ScreenMaterial` is the screen's type term (PVC, Steel, ...), where the
 * reference always wrote "steel"; unknown values are empty elements.
 */
import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import { isReleased, releasedWellsNamed } from "./ngwmnPoints.js";
import { decimalText } from "./ngwmnValues.js";
import { leaf, renderXmlDocument, type XmlElement } from "./xml.js";

export interface NgwmnCasing {
  pointId: string;
  casingBottom: number | null;
  screenTop: number | null;
  screenBottom: number | null;
  screenDescription: string | null;
  screenMaterial: string | null;
}

export async function findNgwmnCasings(prisma: PrismaClient, pointId: string): Promise<NgwmnCasing[]> {
  return prisma.$queryRaw<NgwmnCasing[]>(Prisma.sql`
    SELECT pt.name AS "pointId", t.well_casing_depth AS "casingBottom",
      ws.screen_depth_top AS "screenTop", ws.screen_depth_bottom AS "screenBottom",
      ws.screen_description AS "screenDescription", ws.screen_type AS "screenMaterial"
    FROM (${releasedWellsNamed(pointId)}) pt
    JOIN thing t ON t.id = pt.id
    LEFT JOIN well_screen ws ON ws.thing_id = pt.id AND ${isReleased(Prisma.raw("ws.release_status"))}
    WHERE t.well_casing_depth IS NOT NULL OR ws.id IS NOT NULL
    ORDER BY pt.id, ws.screen_depth_top NULLS LAST, ws.id
  `);
}

function casingElement(casing: NgwmnCasing): XmlElement {
  const hasCasing = casing.casingBottom !== null;
  return {
    name: "Casing",
    children: [
      leaf("PointID", casing.pointId),
      leaf("CasingTop", hasCasing ? decimalText(0) : null),
      leaf("CasingBottom", decimalText(casing.casingBottom)),
      leaf("CasingDepthUnits", hasCasing ? "ft bgs" : null),
      leaf("ScreenTop", decimalText(casing.screenTop)),
      leaf("ScreenBottom", decimalText(casing.screenBottom)),
      leaf("ScreenDescription", casing.screenDescription),
      leaf("ScreenMaterial", casing.screenMaterial),
    ],
  };
}

export function casingsXml(casings: readonly NgwmnCasing[]): string {
  return renderXmlDocument({ name: "Casings", children: casings.map(casingElement) });
}

export async function ngwmnWellConstructionDocument(prisma: PrismaClient, pointId: string): Promise<string> {
  return casingsXml(await findNgwmnCasings(prisma, pointId));
}
