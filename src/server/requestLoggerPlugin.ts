/**
 * Apollo plugin: one structured log line per GraphQL request (request id, operation name,
 * duration, SQL statement count, error codes), the original of every masked error logged at
 * error level, and the request id stamped into the extensions of every error sent.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";

import type { Context } from "../context.js";
import { classifyError } from "../errors/classifyError.js";

export function requestLoggerPlugin(statementCount: () => number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const statementsAtStart = statementCount();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const kind = classifyError(error.extensions?.code, original);
            if (kind !== "public") {
              contextValue.log.error({ err: original, path: error.path, kind }, "request error");
            }
          }
        },
        async willSendResponse({ response, operationName, errors }) {
          if (response.body.kind === "single") {
            for (const error of response.body.singleResult.errors ?? []) {
              (error.extensions as Record<string, unknown> | undefined) ??= {};
              Object.assign(error.extensions ?? {}, { requestId: contextValue.requestId });
            }
          }
          contextValue.log.info(
            {
              operationName: operationName ?? null,
              durationMs: Math.round((performance.now() - started) * 100) / 100,
              sqlStatements: statementCount() - statementsAtStart,
              errorCodes: (errors ?? []).map((e) => e.extensions?.code ?? "INTERNAL_SERVER_ERROR"),
            },
            "graphql request",
          );
        },
      };
    },
  };
}
