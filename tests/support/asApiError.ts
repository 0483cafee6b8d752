/**
 * A domain call's failure as the API reports it, for tests that call a domain function directly
 * and compare its failure with what a client sees.
 *
 * Contract: resolves as `promise` does; when `promise` rejects with a domain failure
 * (src/domain/shared/domainErrors.ts), rejects with an Error whose `message` is the failure's and
 * whose `extensions` are `{ code, ...extensions }` from `apiErrorOf` (src/errors/apiErrorOf.ts), the
 * shape of a top-level GraphQL error; any other rejection passes through unchanged.
 */
import { apiErrorOf } from "../../src/errors/apiErrorOf.js";

/** A rejection in the shape of a top-level API error. */
export class ApiErrorShape extends Error {
  constructor(
    message: string,
    readonly extensions: Record<string, unknown>,
  ) {
    super(message);
    this.name = "ApiErrorShape";
  }
}

export async function asApiError<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    const api = apiErrorOf(error);
    if (api === null || !(error instanceof Error)) throw error;
    throw new ApiErrorShape(error.message, { code: api.code, ...api.extensions });
  }
}
