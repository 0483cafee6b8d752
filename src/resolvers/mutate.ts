/**
 * How the resolvers of this API's write mutations run their domain function.
 *
 * Contract: returns the success payload, or the typed error the work ended with (see runMutation)
 * when its `__typename` is one of `expected`, the members of the mutation's result union. A typed
 * error outside that list is not a failure the schema promises, so it is thrown as an unexpected
 * error (masked as INTERNAL_SERVER_ERROR and logged) instead of breaking union resolution.
 * Unknown errors propagate unchanged. Afterwards the request's loaders are replaced by fresh ones,
 * so that the payload (and any later mutation field of the same operation) reads the data as the
 * write left it, not a cached copy.
 */
import type { Context } from "../context.js";
import { isMutationError, runMutation, type MutationErrorModel } from "../domain/mutations/mutationResult.js";
import { createLoaders } from "../loaders/createLoaders.js";

export type ErrorTypename = MutationErrorModel["__typename"];

export async function mutate<T, E extends ErrorTypename>(
  ctx: Context,
  expected: readonly E[],
  work: () => Promise<T>,
): Promise<T | Extract<MutationErrorModel, { __typename: E }>> {
  try {
    const result = await runMutation(work);
    if (!isMutationError(result)) return result;
    if ((expected as readonly string[]).includes(result.__typename)) {
      return result as Extract<MutationErrorModel, { __typename: E }>;
    }
    throw new Error(`Mutation ended with an undeclared ${result.__typename}: ${result.message}`);
  } finally {
    ctx.loaders = createLoaders(ctx.prisma, ctx.viewer);
  }
}

/** The three typed errors, for mutations whose union has them all. */
export const ALL_ERRORS = ["ValidationError", "ConflictError", "NotFoundError"] as const;
