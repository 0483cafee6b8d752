/**
 * NGWMN lithology of one point id (`GET /ngwmn/lithology/:pointId`), as the reference's
 * `<Lithologies>` document.
 *
 * Contract (ONE SQL statement): one `<Lithology>` per released stratigraphy pick (formation
 * interval) of each released well named `pointId` whose formation has a lithology term, ordered
 * by top depth, bottom depth, id; an unknown or unreleased point gives an empty
 * `<Lithologies/>`. `TopDepth`/`BottomDepth` are feet below ground surface written as the
 * reference wrote them ("40.0"), `Units` is "feet", `Description` is the lithology term.
 */
import { Prisma, type PrismaClient } from "../../generated/prisma/client.js";
import { isReleased, releasedWellsNamed } from "./ngwmnPoints.js";
import { decimalText } from "./ngwmnValues.js";
import { leaf, renderXmlDocument, type XmlElement } from "./xml.js";

export interface NgwmnLithologyInterval {
  pointId: string;
  topDepth: number;
  bottomDepth: number;
  lithology: string;
}

export async function findNgwmnLithology(prisma: PrismaClient, pointId: string): Promise<NgwmnLithologyInterval[]> {
  return prisma.$queryRaw<NgwmnLithologyInterval[]>(Prisma.sql`
    SELECT pt.name AS "pointId", a.top_depth AS "topDepth", a.bottom_depth AS "bottomDepth", gf.lithology
    FROM (${releasedWellsNamed(pointId)}) pt
    JOIN thing_geologic_formation_association a ON a.thing_id = pt.id
    JOIN geologic_formation gf ON gf.id = a.geologic_formation_id
    WHERE ${isReleased(Prisma.raw("a.release_status"))} AND gf.lithology IS NOT NULL
    ORDER BY a.top_depth, a.bottom_depth, a.id
  `);
}

function lithologyElement(interval: NgwmnLithologyInterval): XmlElement {
  return {
    name: "Lithology",
    children: [
      leaf("PointID", interval.pointId),
      leaf("TopDepth", decimalText(interval.topDepth)),
      leaf("BottomDepth", decimalText(interval.bottomDepth)),
      leaf("Units", "feet"),
      leaf("Description", interval.lithology),
    ],
  };
}

export function lithologiesXml(intervals: readonly NgwmnLithologyInterval[]): string {
  return renderXmlDocument({ name: "Lithologies", children: intervals.map(lithologyElement) });
}

export async function ngwmnLithologyDocument(prisma: PrismaClient, pointId: string): Promise<string> {
  return lithologiesXml(await findNgwmnLithology(prisma, pointId));
}
