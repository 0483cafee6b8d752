/**
 * Apollo plugin: one structured log line per GraphQL request (request id, operation name,
 * duration, SQL statement count, error codes, HTTP status), at warn level ("slow graphql
 * request") when the request took longer than `slowOperationMs`; the original of every masked
 * error logged at error level, and the request id stamped into the extensions of every error sent.
 *
 * The statement count is the request's own (its counting scope, `statementCounter.ts`), exact
 * under concurrency. Outside a scope (in-process `executeOperation`) it falls back to the
 * difference of the process-wide `statementCount`, which is exact only when operations do not
 * overlap.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";

import type { Context } from "../context.js";
import { currentStatementTally } from "../db/statementCounter.js";
import { classifyError } from "../errors/classifyError.js";
import { operationErrorCode, requestErrorCode } from "../errors/formatError.js";

/** Default threshold of a slow operation (SLOW_OPERATION_MS). */
export const DEFAULT_SLOW_OPERATION_MS = 500;

export function requestLoggerPlugin(
  statementCount: () => number,
  slowOperationMs = DEFAULT_SLOW_OPERATION_MS,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const tally = currentStatementTally();
      const counted = (): number => tally?.count ?? statementCount();
      const statementsAtStart = counted();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const kind = classifyError(requestErrorCode(error, error.extensions?.code), original);
            if (kind === "internal" || kind === "unavailable") {
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
          const durationMs = Math.round((performance.now() - started) * 100) / 100;
          const fields = {
            operationName: operationName ?? null,
            durationMs,
            sqlStatements: counted() - statementsAtStart,
            errorCodes: (errors ?? []).map(operationErrorCode),
            httpStatus: response.http.status ?? 200,
          };
          if (durationMs > slowOperationMs) {
            contextValue.log.warn({ ...fields, slowOperationMs }, "slow graphql request");
          } else {
            contextValue.log.info(fields, "graphql request");
          }
        },
      };
    },
  };
}
