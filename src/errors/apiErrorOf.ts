/**
 * How a domain failure (src/domain/shared/domainErrors.ts) reads outside a mutation's result union:
 * as a top-level GraphQL error or an HTTP route's error body.
 *
 * Contract: total; null for anything that is not a DomainError. An invalid argument or a failed
 * validation is BAD_USER_INPUT (with the argument's details, or the failing fields), a missing
 * record NOT_FOUND with `entity` and `id`, a conflict CONFLICT with `constraint` and `fields`.
 */
import {
  ConflictError,
  DomainError,
  InvalidArgumentError,
  NotFoundError,
  ValidationFailedError,
} from "../domain/shared/domainErrors.js";
import { ErrorCode } from "./errorCodes.js";

export interface ApiError {
  code: ErrorCode;
  /** Extensions after `code`, in the order callers have always seen them. */
  extensions: Record<string, unknown>;
}

export function apiErrorOf(error: unknown): ApiError | null {
  if (!(error instanceof DomainError)) return null;
  if (error instanceof InvalidArgumentError) return { code: ErrorCode.BAD_USER_INPUT, extensions: { ...error.details } };
  if (error instanceof ValidationFailedError) return { code: ErrorCode.BAD_USER_INPUT, extensions: { fieldErrors: error.fieldErrors } };
  if (error instanceof NotFoundError) return { code: ErrorCode.NOT_FOUND, extensions: { entity: error.entity, id: error.id } };
  if (error instanceof ConflictError) return { code: ErrorCode.CONFLICT, extensions: { constraint: error.constraint, fields: error.fields } };
  return null;
}
