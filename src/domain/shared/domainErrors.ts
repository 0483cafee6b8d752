/**
 * The failures the domain reports, as one small hierarchy with a closed list of codes.
 *
 * Contract: domain functions throw only these (or let unknown errors through unchanged). They say
 * what went wrong in the domain's terms; how a failure reaches a caller is decided above the
 * domain: GraphQL reads turn them into top-level errors (src/errors/apiErrorOf.ts), mutations into
 * the typed members of their result union (src/resolvers/mutate.ts), HTTP routes into JSON bodies
 * (src/server/sendRouteError.ts). A failure thrown inside a transaction rolls it back.
 */

/** The closed list of domain failure codes. */
export const DomainErrorCode = {
  /** An argument is malformed (not an id, not a cursor, out of range); nothing was looked up. */
  INVALID_ARGUMENT: "INVALID_ARGUMENT",
  /** A record named by the caller does not exist, or the caller may not see it. */
  NOT_FOUND: "NOT_FOUND",
  /** Fields of a write break a rule; every failing field is listed. */
  VALIDATION_FAILED: "VALIDATION_FAILED",
  /** A write collides with existing data (a unique key, a row still referred to, an overlap). */
  CONFLICT: "CONFLICT",
} as const;

export type DomainErrorCode = (typeof DomainErrorCode)[keyof typeof DomainErrorCode];

/** Base of every failure the domain reports on purpose. */
export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
}

/** A value that can accompany an invalid argument, e.g. `{ argument: "after" }`. */
export type ArgumentDetails = Readonly<Record<string, string | number | boolean>>;

/** An argument is malformed; the message names the argument and the problem. */
export class InvalidArgumentError extends DomainError {
  readonly code = DomainErrorCode.INVALID_ARGUMENT;
  constructor(
    message: string,
    readonly details: ArgumentDetails = {},
  ) {
    super(message);
    this.name = "InvalidArgumentError";
  }
}

/** "<entity> <id> not found" ("<entity> not found" when the id is unknown, given as ""). */
export class NotFoundError extends DomainError {
  readonly code = DomainErrorCode.NOT_FOUND;
  readonly id: string;
  constructor(
    readonly entity: string,
    id: string | number,
    message: string = id === "" ? `${entity} not found` : `${entity} ${id} not found`,
  ) {
    super(message);
    this.id = String(id);
    this.name = "NotFoundError";
  }
}

/** One failing field: its path in the write's input and why it failed. */
export interface FieldError {
  path: string[];
  message: string;
}

/** Fields of a write break its rules; `fieldErrors` lists every one, in the order found. */
export class ValidationFailedError extends DomainError {
  readonly code = DomainErrorCode.VALIDATION_FAILED;
  constructor(
    message: string,
    readonly fieldErrors: FieldError[],
  ) {
    super(message);
    this.name = "ValidationFailedError";
  }

  /** The failure of one field, whose message is the failure's message. */
  static forField(path: string[], message: string): ValidationFailedError {
    return new ValidationFailedError(message, [{ path: [...path], message }]);
  }
}

/** A write collides with existing data: `constraint` names the rule, `fields` the input fields involved. */
export class ConflictError extends DomainError {
  readonly code = DomainErrorCode.CONFLICT;
  constructor(
    message: string,
    readonly constraint: string,
    readonly fields: string[],
  ) {
    super(message);
    this.name = "ConflictError";
  }
}
