import { GraphQLError } from "graphql";

import { ErrorCode } from "./errorCodes.js";

/** An argument is malformed or out of range; the message names the argument and the problem. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...extensions } });
    this.name = "BadUserInputError";
  }
}
