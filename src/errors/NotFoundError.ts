import { GraphQLError } from "graphql";

import { ErrorCode } from "./errorCodes.js";

/**
 * A single-entity query named an id that does not exist (or that the caller may not see).
 * Message form: "Well 9999 not found"; extensions: `{ code: "NOT_FOUND", entity, id }`.
 */
export class EntityNotFoundError extends GraphQLError {
  constructor(entity: string, id: string | number) {
    super(`${entity} ${id} not found`, {
      extensions: { code: ErrorCode.NOT_FOUND, entity, id: String(id) },
    });
    this.name = "EntityNotFoundError";
  }
}
