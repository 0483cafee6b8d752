/**
 * The server's GraphQL offload (src/server/graphqlOffload.ts) filled by an executor pool: queries
 * of weight `minWeight` (EXECUTOR_MIN_COST) or more run on the pool's threads
 * (offloadHeavyOperations.ts), and every lexicon change of the server reaches every thread.
 */
import type { GraphqlOffload } from "../../server/graphqlOffload.js";
import type { ExecutorPool } from "./executorPool.js";
import { offloadHeavyOperations } from "./offloadHeavyOperations.js";

export function executorOffload(pool: ExecutorPool, minWeight: number): GraphqlOffload {
  return {
    handler: (served) =>
      offloadHeavyOperations({
        executor: pool,
        schema: served.schema,
        minWeight,
        authenticator: served.authenticator,
        maxTokens: served.maxTokens,
        logger: served.logger,
        onTelemetry: (telemetry) => served.observe(telemetry),
      }),
    lexiconChanged: () => pool.notifyLexiconChanged(),
  };
}
