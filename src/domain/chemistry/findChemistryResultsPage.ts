/**
 * One page of chemistry results (one row per analyte of a sample) matching a filter, in a chosen
 * order with keyset cursors; one statement for the page, one more for the total only when asked.
 *
 * Contract:
 * - filters: sites, parameter ids, parameter names, observation time in [from, to), release
 *   statuses of the result; each omitted (null) filter matches everything; visibility as
 *   chemistryResultSql.ts;
 * - orders, each ending in the observation id in the same direction: OBSERVED_AT (time),
 *   VALUE (results without a value after every value ascending, before them descending),
 *   PARAMETER (parameter name, then time);
 * - a cursor is `[field, ...sort key]`; `parseChemistryCursor` rejects one of another order.
 */
import { Prisma, type Observation, type PrismaClient } from "../../generated/prisma/client.js";
import { toConnection, type Connection } from "../shared/pagination/connection.js";
import type { CursorKey } from "../shared/pagination/pageArgs.js";
import { idArray, inTimeRange } from "../shared/series/seriesSql.js";
import type { TimeRange } from "../shared/series/seriesWindow.js";
import type { Viewer } from "../visibility/viewer.js";
import { CHEMISTRY_FROM, OBSERVATION_COLUMNS, visibleChemistrySql } from "./chemistryResultSql.js";

export type ChemistryOrderField = "OBSERVED_AT" | "VALUE" | "PARAMETER";

export interface ChemistryOrder {
  field: ChemistryOrderField;
  direction: "ASC" | "DESC";
}

export interface ChemistryFilter {
  thingIds: number[] | null;
  parameterIds: number[] | null;
  parameterNames: string[] | null;
  range: TimeRange;
  releaseStatuses: string[] | null;
}

export interface ChemistryPage {
  take: number;
  /** The parsed cursor (see parseChemistryCursor), or null for the first page. */
  after: CursorKey | null;
}

/** A chemistry result: the observation, with the site and parameter name it is listed under. */
export type ChemistryResultRow = Observation & { thingId: number; parameterName: string };

type KeyPart = { sql: Prisma.Sql; cast: Prisma.Sql; kind: "time" | "number" | "text" };

const KEYS: Record<ChemistryOrderField, KeyPart[]> = {
  OBSERVED_AT: [{ sql: Prisma.sql`o.observation_datetime`, cast: Prisma.sql`timestamptz`, kind: "time" }],
  VALUE: [
    { sql: Prisma.sql`(o.value IS NULL)::int`, cast: Prisma.sql`int`, kind: "number" },
    { sql: Prisma.sql`COALESCE(o.value, 0)`, cast: Prisma.sql`float8`, kind: "number" },
  ],
  PARAMETER: [
    { sql: Prisma.sql`p.parameter_name::text`, cast: Prisma.sql`text`, kind: "text" },
    { sql: Prisma.sql`o.observation_datetime`, cast: Prisma.sql`timestamptz`, kind: "time" },
  ],
};
const ID_KEY: KeyPart = { sql: Prisma.sql`o.id`, cast: Prisma.sql`int`, kind: "number" };

function sortKeyOf(row: ChemistryResultRow, field: ChemistryOrderField): CursorKey {
  switch (field) {
    case "OBSERVED_AT":
      return [field, row.observationDatetime.toISOString(), row.id];
    case "VALUE":
      return [field, row.value === null ? 1 : 0, row.value ?? 0, row.id];
    case "PARAMETER":
      return [field, row.parameterName, row.observationDatetime.toISOString(), row.id];
  }
}

/** The cursor's sort key when it belongs to `field`, or an error message. */
export function parseChemistryCursor(field: ChemistryOrderField, cursor: CursorKey): { ok: true; key: CursorKey } | { ok: false; message: string } {
  const [tag, ...values] = cursor;
  const parts = [...KEYS[field], ID_KEY];
  const fits =
    tag === field &&
    values.length === parts.length &&
    parts.every((part, i) => {
      const v = values[i];
      if (part.kind === "number") return typeof v === "number" && Number.isFinite(v);
      if (part.kind === "text") return typeof v === "string";
      return typeof v === "string" && !Number.isNaN(new Date(v).getTime());
    });
  return fits ? { ok: true, key: values } : { ok: false, message: `Argument "after" is not a cursor of chemistry results ordered by ${field}` };
}

function filterSql(viewer: Viewer, filter: ChemistryFilter): Prisma.Sql {
  const conditions = [visibleChemistrySql(viewer), inTimeRange(Prisma.sql`o.observation_datetime`, filter.range)];
  if (filter.thingIds !== null) conditions.push(Prisma.sql`fe.thing_id = ANY(${idArray(filter.thingIds)})`);
  if (filter.parameterIds !== null) conditions.push(Prisma.sql`o.parameter_id = ANY(${idArray(filter.parameterIds)})`);
  if (filter.parameterNames !== null) conditions.push(Prisma.sql`p.parameter_name = ANY(${filter.parameterNames}::text[])`);
  if (filter.releaseStatuses !== null) conditions.push(Prisma.sql`o.release_status = ANY(${filter.releaseStatuses}::text[])`);
  return Prisma.join(conditions, " AND ");
}

export async function findChemistryResultsPage(
  prisma: PrismaClient,
  viewer: Viewer,
  filter: ChemistryFilter,
  order: ChemistryOrder,
  page: ChemistryPage,
): Promise<Connection<ChemistryResultRow>> {
  const where = filterSql(viewer, filter);
  const parts = [...KEYS[order.field], ID_KEY];
  const direction = Prisma.raw(order.direction);
  const orderBy = Prisma.join(parts.map((p) => Prisma.sql`${p.sql} ${direction}`), ", ");
  const after =
    page.after === null
      ? Prisma.sql`TRUE`
      : Prisma.sql`(${Prisma.join(parts.map((p) => p.sql), ", ")}) ${Prisma.raw(order.direction === "ASC" ? ">" : "<")} (${Prisma.join(
          parts.map((p, i) => Prisma.sql`${page.after?.[i] ?? null}::${p.cast}`),
          ", ",
        )})`;
  const rows =
    page.take === 0
      ? []
      : await prisma.$queryRaw<ChemistryResultRow[]>`
    SELECT ${OBSERVATION_COLUMNS}, fe.thing_id AS "thingId", p.parameter_name AS "parameterName"
    FROM ${CHEMISTRY_FROM}
    WHERE ${where} AND ${after}
    ORDER BY ${orderBy}
    LIMIT ${page.take + 1}`;
  return toConnection(rows, { take: page.take, after: page.after }, (r) => sortKeyOf(r, order.field), async () => {
    const [count] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM ${CHEMISTRY_FROM} WHERE ${where}`;
    return count?.n ?? 0;
  });
}
