/**
 * Orderings of lists of things, with keyset cursors.
 *
 * Contract: every ordering is total (ties broken by id, in the same direction); WELL_DEPTH puts
 * things without a depth last in both directions. A cursor key is `[tag, id]` for ID and
 * `[tag, value, id]` otherwise, where `tag` names field and direction ("NAME ASC"); a key of
 * another ordering, or of the wrong shape, is a BadUserInputError on `after`. `keysetSql` selects
 * exactly the rows after the key in the ordering, so that forward paging has no duplicates or gaps.
 */
import { BadUserInputError } from "../../errors/BadUserInputError.js";
import { Prisma, type Thing } from "../../generated/prisma/client.js";
import { cursorTime, type CursorKey } from "../pagination/pageArgs.js";

export type ThingOrderField = "ID" | "NAME" | "CREATED_AT" | "WELL_DEPTH";
export type SortDirection = "ASC" | "DESC";

export interface ThingOrder {
  field: ThingOrderField;
  direction: SortDirection;
}

export const DEFAULT_THING_ORDER: ThingOrder = { field: "ID", direction: "ASC" };

type SortValue = string | number | null;

interface FieldSpec {
  column: Prisma.Sql;
  nullable: boolean;
  valueOf(thing: Thing): SortValue;
  /** The SQL parameter for a cursor value, or undefined when the value has the wrong type. */
  parameter(value: SortValue): Prisma.Sql | undefined;
}

const FIELDS: Record<Exclude<ThingOrderField, "ID">, FieldSpec> = {
  NAME: {
    column: Prisma.sql`t.name`,
    nullable: false,
    valueOf: (t) => t.name,
    parameter: (v) => (typeof v === "string" ? Prisma.sql`${v}::text` : undefined),
  },
  CREATED_AT: {
    column: Prisma.sql`t.created_at`,
    nullable: false,
    valueOf: (t) => t.createdAt.toISOString(),
    parameter: (v) =>
      cursorTime(v) !== null ? Prisma.sql`${v}::timestamptz` : undefined,
  },
  WELL_DEPTH: {
    column: Prisma.sql`t.well_depth`,
    nullable: true,
    valueOf: (t) => t.wellDepth,
    parameter: (v) => (typeof v === "number" && Number.isFinite(v) ? Prisma.sql`${v}::float8` : undefined),
  },
};

function tagOf(order: ThingOrder): string {
  return `${order.field} ${order.direction}`;
}

/** The `ORDER BY` list (without the keywords). */
export function thingOrderSql(order: ThingOrder): Prisma.Sql {
  const direction = Prisma.raw(order.direction);
  if (order.field === "ID") return Prisma.sql`t.id ${direction}`;
  const spec = FIELDS[order.field];
  const nulls = spec.nullable ? Prisma.raw(" NULLS LAST") : Prisma.empty;
  return Prisma.sql`${spec.column} ${direction}${nulls}, t.id ${direction}`;
}

/** The cursor key of a thing in this ordering. */
export function thingCursorKey(order: ThingOrder, thing: Thing): CursorKey {
  return order.field === "ID" ? [tagOf(order), thing.id] : [tagOf(order), FIELDS[order.field].valueOf(thing), thing.id];
}

function badCursor(): BadUserInputError {
  return new BadUserInputError(`Argument "after" is not a cursor of this list and ordering`, { argument: "after" });
}

/** The condition "after the edge with this key" in this ordering. */
export function keysetSql(order: ThingOrder, key: CursorKey): Prisma.Sql {
  const id = key.at(-1);
  if (key[0] !== tagOf(order) || typeof id !== "number" || !Number.isSafeInteger(id)) throw badCursor();
  const beyond = Prisma.raw(order.direction === "ASC" ? ">" : "<");
  if (order.field === "ID") {
    if (key.length !== 2) throw badCursor();
    return Prisma.sql`t.id ${beyond} ${id}`;
  }
  if (key.length !== 3) throw badCursor();
  const spec = FIELDS[order.field];
  const value = key[1] ?? null;
  if (value === null) {
    // Only a nullable field has a null tail; it is last in both directions.
    if (!spec.nullable) throw badCursor();
    return Prisma.sql`(${spec.column} IS NULL AND t.id ${beyond} ${id})`;
  }
  const parameter = spec.parameter(value);
  if (parameter === undefined) throw badCursor();
  const after = Prisma.sql`${spec.column} ${beyond} ${parameter} OR (${spec.column} = ${parameter} AND t.id ${beyond} ${id})`;
  return spec.nullable ? Prisma.sql`(${after} OR ${spec.column} IS NULL)` : Prisma.sql`(${after})`;
}
