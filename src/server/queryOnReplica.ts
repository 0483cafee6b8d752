/**
 * Sends query operations to the read replica (DATABASE_READ_URL, ADR 33).
 *
 * Contract: once Apollo knows the operation, a `query` whose context has a `readPrisma` runs
 * entirely on it (the context's `prisma` and a fresh set of loaders over it); a mutation, and so
 * everything it reads (its own answer included), stays on the primary the context was built with.
 * Nothing has been read by then, so no loader cache is lost.
 */
import type { ApolloServerPlugin } from "@apollo/server";

import type { Context } from "../context.js";
import { createLoaders } from "../loaders/createLoaders.js";

export function queryOnReplica(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const replica = contextValue.readPrisma;
          if (operation?.operation !== "query" || !replica || contextValue.prisma === replica) return;
          contextValue.prisma = replica;
          contextValue.loaders = createLoaders(replica, contextValue.viewer);
        },
      };
    },
  };
}
