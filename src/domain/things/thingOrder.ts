/**
 * Orderings of lists of things, with keyset cursors.
 *
 * Contract: every ordering is total (ties broken by id, in the same direction); a nullable field
 * (WELL_DEPTH, HOLE_DEPTH, LATEST_MEASUREMENT, UPDATED_AT) puts things without a value last in
 * both directions. A cursor key is `[tag, id]` for ID and `[tag, value, id]` otherwise, where `tag`
 * names field and direction ("NAME ASC") and `value` is the row's `sortValue` (times as ISO
 * strings); a key of another ordering, or of the wrong shape, is an InvalidArgumentError on `after`.
 * `keysetSql` selects exactly the rows after the key in the ordering, so that forward paging has
 * no duplicates or gaps. LATEST_MEASUREMENT depends on what the viewer may see
 * (latestMeasurementSql.ts), so its expression takes the viewer.
 */
import { InvalidArgumentError } from "../shared/domainErrors.js";
import { Prisma, type Thing } from "../../generated/prisma/client.js";
import { cursorTime, type CursorKey } from "../shared/pagination/pageArgs.js";
import type { Viewer } from "../visibility/viewer.js";
import { latestMeasurementSql } from "./latestMeasurementSql.js";

export type ThingOrderField = "ID" | "NAME" | "CREATED_AT" | "UPDATED_AT" | "WELL_DEPTH" | "HOLE_DEPTH" | "LATEST_MEASUREMENT";
export type SortDirection = "ASC" | "DESC";

export interface ThingOrder {
  field: ThingOrderField;
  direction: SortDirection;
}

export const DEFAULT_THING_ORDER: ThingOrder = { field: "ID", direction: "ASC" };

/** A thing read by a list query, with the value of its ordering (`sortExpression`), absent for ID. */
export type ThingRow = Thing & { sortValue?: Date | number | string | null };

type CursorValue = string | number | null;

type ValueKind = "text" | "time" | "number";

interface FieldSpec {
  expression(viewer: Viewer): Prisma.Sql;
  nullable: boolean;
  kind: ValueKind;
}

const column = (sql: Prisma.Sql) => () => sql;

const FIELDS: Record<Exclude<ThingOrderField, "ID">, FieldSpec> = {
  NAME: { expression: column(Prisma.sql`t.name`), nullable: false, kind: "text" },
  CREATED_AT: { expression: column(Prisma.sql`t.created_at`), nullable: false, kind: "time" },
  UPDATED_AT: { expression: column(Prisma.sql`t.updated_at`), nullable: true, kind: "time" },
  WELL_DEPTH: { expression: column(Prisma.sql`t.well_depth`), nullable: true, kind: "number" },
  HOLE_DEPTH: { expression: column(Prisma.sql`t.hole_depth`), nullable: true, kind: "number" },
  LATEST_MEASUREMENT: { expression: latestMeasurementSql, nullable: true, kind: "time" },
};

/** The SQL parameter for a cursor value, or undefined when the value has the wrong type. */
function parameterOf(kind: ValueKind, value: CursorValue): Prisma.Sql | undefined {
  if (kind === "text") return typeof value === "string" ? Prisma.sql`${value}::text` : undefined;
  if (kind === "number") return typeof value === "number" && Number.isFinite(value) ? Prisma.sql`${value}::float8` : undefined;
  return cursorTime(value) !== null ? Prisma.sql`${value}::timestamptz` : undefined;
}

function tagOf(order: ThingOrder): string {
  return `${order.field} ${order.direction}`;
}

/** The value the ordering sorts by, to select as `"sortValue"`; null for ID (the id itself). */
export function sortExpression(order: ThingOrder, viewer: Viewer): Prisma.Sql | null {
  return order.field === "ID" ? null : FIELDS[order.field].expression(viewer);
}

/** The `ORDER BY` list (without the keywords). */
export function thingOrderSql(order: ThingOrder, viewer: Viewer): Prisma.Sql {
  const direction = Prisma.raw(order.direction);
  if (order.field === "ID") return Prisma.sql`t.id ${direction}`;
  const spec = FIELDS[order.field];
  const nulls = spec.nullable ? Prisma.raw(" NULLS LAST") : Prisma.empty;
  return Prisma.sql`${spec.expression(viewer)} ${direction}${nulls}, t.id ${direction}`;
}

/** The cursor key of a row in this ordering. */
export function thingCursorKey(order: ThingOrder, row: ThingRow): CursorKey {
  if (order.field === "ID") return [tagOf(order), row.id];
  const value = row.sortValue ?? null;
  return [tagOf(order), value instanceof Date ? value.toISOString() : value, row.id];
}

function badCursor(): InvalidArgumentError {
  return new InvalidArgumentError(`Argument "after" is not a cursor of this list and ordering`, { argument: "after" });
}

/** The condition "after the edge with this key" in this ordering. */
export function keysetSql(order: ThingOrder, key: CursorKey, viewer: Viewer): Prisma.Sql {
  const id = key.at(-1);
  if (key[0] !== tagOf(order) || typeof id !== "number" || !Number.isSafeInteger(id)) throw badCursor();
  const beyond = Prisma.raw(order.direction === "ASC" ? ">" : "<");
  if (order.field === "ID") {
    if (key.length !== 2) throw badCursor();
    return Prisma.sql`t.id ${beyond} ${id}`;
  }
  if (key.length !== 3) throw badCursor();
  const spec = FIELDS[order.field];
  const expression = spec.expression(viewer);
  const value = key[1] ?? null;
  if (value === null) {
    // Only a nullable field has a null tail; it is last in both directions.
    if (!spec.nullable) throw badCursor();
    return Prisma.sql`(${expression} IS NULL AND t.id ${beyond} ${id})`;
  }
  const parameter = parameterOf(spec.kind, value);
  if (parameter === undefined) throw badCursor();
  const after = Prisma.sql`${expression} ${beyond} ${parameter} OR (${expression} = ${parameter} AND t.id ${beyond} ${id})`;
  return spec.nullable ? Prisma.sql`(${after} OR ${expression} IS NULL)` : Prisma.sql`(${after})`;
}
