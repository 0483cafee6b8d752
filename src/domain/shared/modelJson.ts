/**
 * Prisma model rows read as JSON inside another statement, and turned back into the model.
 *
 * Contract: `jsonModel(columns)` takes one entry per model field (the mapped type makes a missing
 * or extra field, or a DateTime or number field not marked as such, a compile error): the column
 * name, `{ date: column }` for DateTime fields, `{ number: column }` for number fields.
 * `sql(alias, related)` builds a `json_build_object` with one key per field (the field's name)
 * plus one per `related` entry; `revive(json)` gives the object Prisma's `findMany` returns for
 * that row: fields in model order, DateTime fields as `Date` (JSON carries timestamptz with its
 * offset and dates as YYYY-MM-DD, both read as the instant Prisma gives), numbers that JSON can
 * only carry as text (NaN, ±Infinity) as numbers. Related keys are left to the caller.
 */
import { Prisma } from "../../generated/prisma/client.js";

interface DateColumn {
  readonly date: string;
}
interface NumberColumn {
  readonly number: string;
}
type ColumnOf<V> = [NonNullable<V>] extends [Date] ? DateColumn : [NonNullable<V>] extends [number] ? NumberColumn : string;

/** One column per field of model `M`. */
export type ModelColumns<M> = { readonly [K in keyof M]-?: ColumnOf<M[K]> };

export type Json = Record<string, unknown>;

/** The audit columns every model has, for spreading into a model's columns. */
export const AUDIT_COLUMNS = {
  createdAt: { date: "created_at" },
  createdByName: "created_by_name",
  createdById: "created_by_id",
  updatedAt: { date: "updated_at" },
  updatedByName: "updated_by_name",
  updatedById: "updated_by_id",
} as const;

export interface JsonModel<M> {
  sql(alias: string, related?: readonly (readonly [string, Prisma.Sql])[]): Prisma.Sql;
  revive(json: Json): M;
}

const TEXT = 0;
const DATE = 1;
const NUMBER = 2;

export function jsonModel<M>(columns: ModelColumns<M>): JsonModel<M> {
  const fields = Object.entries(columns as Record<string, string | DateColumn | NumberColumn>).map(([field, spec]) =>
    typeof spec === "string"
      ? { field, column: spec, kind: TEXT }
      : "date" in spec
        ? { field, column: spec.date, kind: DATE }
        : { field, column: spec.number, kind: NUMBER },
  );
  const pairs = (alias: string) => fields.map(({ field, column }) => `'${field}', ${alias}."${column}"`).join(", ");
  return {
    sql(alias, related = []) {
      const own = Prisma.raw(pairs(alias));
      if (related.length === 0) return Prisma.sql`json_build_object(${own})`;
      const more = Prisma.join(related.map(([key, value]) => Prisma.sql`${Prisma.raw(`'${key}'`)}, ${value}`));
      return Prisma.sql`json_build_object(${own}, ${more})`;
    },
    revive(json) {
      const model: Json = {};
      for (const { field, kind } of fields) {
        const value = json[field];
        if (kind === DATE) model[field] = value === null || value === undefined ? null : new Date(value as string);
        else if (kind === NUMBER && typeof value === "string") model[field] = Number(value);
        else model[field] = value;
      }
      return model as M;
    },
  };
}
