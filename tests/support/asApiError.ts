/**
 * For tests that call a domain function directly: its rejection as a caller would read it, i.e. a
 * domain failure turned into `{ message, extensions: { code, ...details } }` by apiErrorOf (the
 * translation formatError applies). Other rejections and results pass through unchanged.
 */
import { apiErrorOf } from "../../src/errors/apiErrorOf.js";

export async function asApiError<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    const api = apiErrorOf(error);
    if (api === null) throw error;
    throw { message: (error as Error).message, extensions: { code: api.code, ...api.extensions } };
  }
}
