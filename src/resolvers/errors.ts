/**
 * Resolvers of src/schema/errors.graphql: the `Error` interface resolves by the `__typename` every
 * typed mutation error carries (see src/resolvers/mutationErrorPayload.ts). The object types need
 * no resolvers (their models have exactly the schema's fields).
 */
import type { ErrorResolvers } from "../generated/graphql.js";

export const errorResolvers: { Error: ErrorResolvers } = {
  Error: {
    __resolveType: (error) => error.__typename,
  },
};
