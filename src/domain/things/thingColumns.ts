/**
 * The select list that reads a `thing` row (alias `t`) in raw SQL in the shape of Prisma's
 * `Thing` model. Contract: one entry per model field (the Record type makes a missing or extra
 * field a compile error), so `$queryRaw<Thing[]>` with this list returns real `Thing` objects.
 */
import { Prisma, type Thing } from "../../generated/prisma/client.js";

const COLUMNS: Record<keyof Thing, string> = {
  id: "id",
  name: "name",
  thingType: "thing_type",
  siteName: "site_name",
  firstVisitDate: "first_visit_date",
  wellDepth: "well_depth",
  holeDepth: "hole_depth",
  wellCasingDepth: "well_casing_depth",
  wellPumpDepth: "well_pump_depth",
  wellCasingDiameter: "well_casing_diameter",
  wellCompletionDate: "well_completion_date",
  wellDrillerName: "well_driller_name",
  wellConstructionMethod: "well_construction_method",
  wellPumpType: "well_pump_type",
  formationCompletionCode: "formation_completion_code",
  springType: "spring_type",
  nmaPkWelldata: "nma_pk_welldata",
  releaseStatus: "release_status",
  createdAt: "created_at",
  createdByName: "created_by_name",
  createdById: "created_by_id",
  updatedAt: "updated_at",
  updatedByName: "updated_by_name",
  updatedById: "updated_by_id",
};

export const thingColumnsSql: Prisma.Sql = Prisma.raw(
  Object.entries(COLUMNS)
    .map(([field, column]) => `t."${column}" AS "${field}"`)
    .join(", "),
);
