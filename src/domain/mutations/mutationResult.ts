/**
 * Results of mutations: a success payload or one of the typed errors of the schema
 * (`ValidationError`, `ConflictError`, `NotFoundError`, see src/schema/errors.graphql).
 *
 * Contract: `runMutation` returns the typed error of a `MutationFailure` or of a database error
 * that `mapDatabaseError` recognises; any other error is rethrown unchanged, so that `formatError`
 * masks it as INTERNAL_SERVER_ERROR and the request logger logs the original. It never swallows an
 * unknown error and never throws one of its own.
 */
import { mapDatabaseError } from "../../db/mapDatabaseError.js";

/** One failing field: its path in the mutation input and why it failed. */
export interface FieldErrorModel {
  path: string[];
  message: string;
}

export type ValidationErrorModel = {
  __typename: "ValidationError";
  message: string;
  fieldErrors: FieldErrorModel[];
};
export type ConflictErrorModel = {
  __typename: "ConflictError";
  message: string;
  constraint: string;
  fields: string[];
};
export type NotFoundErrorModel = {
  __typename: "NotFoundError";
  message: string;
  entity: string;
  id: string;
};
export type MutationErrorModel = ValidationErrorModel | ConflictErrorModel | NotFoundErrorModel;

/** Thrown inside a mutation (also inside prisma.$transaction, which it rolls back) to end it with a typed error. */
export class MutationFailure extends Error {
  constructor(readonly result: MutationErrorModel) {
    super(result.message);
    this.name = "MutationFailure";
  }
}

/** The `NotFoundError` "<entity> <id> not found". */
export function notFound(entity: string, id: string | number): NotFoundErrorModel {
  return { __typename: "NotFoundError", message: `${entity} ${id} not found`, entity, id: String(id) };
}

/** A `ValidationError` for one field. */
export function invalidField(path: string[], message: string): ValidationErrorModel {
  return { __typename: "ValidationError", message, fieldErrors: [{ path, message }] };
}

/** True when `value` is one of the typed mutation errors (by `__typename`). */
export function isMutationError(value: unknown): value is MutationErrorModel {
  if (value === null || typeof value !== "object") return false;
  const typename = (value as { __typename?: unknown }).__typename;
  return typename === "ValidationError" || typename === "ConflictError" || typename === "NotFoundError";
}

/**
 * Runs a mutation: returns its result, or the typed error of a MutationFailure or of a database error
 * that src/db/mapDatabaseError.ts recognises (unique → ConflictError naming constraint + fields; FK to a
 * missing row → ValidationError naming the field; deleting a row still referred to (RESTRICT) →
 * ConflictError naming the FK; CHECK / NOT NULL / too long → ValidationError; P2025 → NotFoundError).
 * Anything else is rethrown (formatError masks it as INTERNAL_SERVER_ERROR and the request logger logs
 * the original). Since a database rule can surface as any of the three error types, the result type
 * includes all three: a mutation's result union should list ValidationError, ConflictError and
 * NotFoundError (or the resolver must narrow the result).
 */
export async function runMutation<T>(work: () => Promise<T>): Promise<T | MutationErrorModel> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof MutationFailure) return error.result;
    const mapped = mapDatabaseError(error);
    if (mapped !== null) return mapped;
    throw error;
  }
}
