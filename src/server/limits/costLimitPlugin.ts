/**
 * Apollo plugin: refuses an operation whose estimated cost (queryCost.ts) exceeds `maxCost`.
 *
 * Contract: runs when the operation is resolved, after validation and before execution, with the
 * request's variables (so `first: $n` counts as the value sent); an operation over the limit gets
 * one GRAPHQL_VALIDATION_FAILED error (HTTP 400) naming the limit, its value and the cost, and
 * nothing is executed.
 */
import type { ApolloServerPlugin } from "@apollo/server";

import { operationCost } from "./queryCost.js";
import { queryLimitError } from "./queryLimits.js";

export function costLimitPlugin<TContext extends object>(maxCost: number): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables ?? {});
          if (cost > maxCost) {
            throw queryLimitError(
              "maxCost",
              `The operation's estimated cost is ${cost}; the maximum cost (maxCost) is ${maxCost}. ` +
                `Ask for smaller pages (first/last) or fewer nested lists`,
              maxCost,
              cost,
              [operation],
            );
          }
        },
      };
    },
  };
}
