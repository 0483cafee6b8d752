/**
 * The typed errors of mutation results (`ValidationError`, `ConflictError`, `NotFoundError` of
 * src/schema/errors.graphql), made from domain failures.
 *
 * Contract: `toMutationErrorPayload` gives the union member for a NotFoundError, ValidationFailedError
 * or ConflictError of the domain (a database error is first read by mapDatabaseError) and null for
 * anything else; `runMutation` returns the work's result or that payload, and rethrows every other
 * error unchanged (formatError then shows or masks it).
 */
import { ConflictError, DomainError, NotFoundError, ValidationFailedError, type FieldError } from "../domain/shared/domainErrors.js";
import { mapDatabaseError } from "../domain/shared/mapDatabaseError.js";

export type ValidationErrorPayload = { __typename: "ValidationError"; message: string; fieldErrors: FieldError[] };
export type ConflictErrorPayload = { __typename: "ConflictError"; message: string; constraint: string; fields: string[] };
export type NotFoundErrorPayload = { __typename: "NotFoundError"; message: string; entity: string; id: string };
export type MutationErrorPayload = ValidationErrorPayload | ConflictErrorPayload | NotFoundErrorPayload;
export type ErrorTypename = MutationErrorPayload["__typename"];

/** The mutation-result member of a domain failure (or of a database error it maps), else null. */
export function toMutationErrorPayload(error: unknown): MutationErrorPayload | null {
  const failure = error instanceof DomainError ? error : mapDatabaseError(error);
  if (failure instanceof NotFoundError) return { __typename: "NotFoundError", message: failure.message, entity: failure.entity, id: failure.id };
  if (failure instanceof ValidationFailedError) return { __typename: "ValidationError", message: failure.message, fieldErrors: failure.fieldErrors };
  if (failure instanceof ConflictError) {
    return { __typename: "ConflictError", message: failure.message, constraint: failure.constraint, fields: failure.fields };
  }
  return null;
}

/** Runs a write: its result, or the typed error payload it failed with; other errors propagate unchanged. */
export async function runMutation<T>(work: () => Promise<T>): Promise<T | MutationErrorPayload> {
  try {
    return await work();
  } catch (error) {
    const payload = toMutationErrorPayload(error);
    if (payload !== null) return payload;
    throw error;
  }
}
