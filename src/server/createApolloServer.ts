/**
 * The GraphQL server (schema, resolvers, error masking, request logging), independent of HTTP
 * so that tests can run operations in-process with `executeOperation`. Every server built here
 * enforces the mutation authorization table and the query limits (depth, aliases, tokens, cost)
 * and keeps Apollo's CSRF prevention on; none of them can be left out by a caller.
 */
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import type { Tracer } from "@opentelemetry/api";

import type { Context } from "../context.js";
import type { Resolvers } from "../generated/graphql.js";
import type { LexiconCache } from "../domain/vocabulary/lexiconCache.js";
import { formatError } from "../errors/formatError.js";
import { mergeResolvers } from "../resolvers/mergeResolvers.js";
import { resolvers } from "../resolvers/resolvers.js";
import { vocabularyResolvers } from "../resolvers/vocabulary.js";
import { loadTypeDefs } from "../schema/loadTypeDefs.js";
import { graphqlTracingPlugin } from "../tracing/graphqlTracingPlugin.js";
import { mutationAuthorizationPlugin } from "../authz/mutationAuthorizationPlugin.js";
import { createAliasLimitRule } from "./limits/aliasLimitRule.js";
import { costLimitPlugin } from "./limits/costLimitPlugin.js";
import { createDepthLimitRule } from "./limits/depthLimitRule.js";
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from "../defaultQueryLimits.js";
import { inputPolicyPlugin } from "./inputPolicyPlugin.js";
import { queryOnReplica } from "./queryOnReplica.js";
import { requestLoggerPlugin } from "./requestLoggerPlugin.js";
import { uncachedResponses } from "./uncachedResponses.js";

export interface ApolloOptions {
  introspection: boolean;
  statementCount: () => number;
  /** The lexicon the vocabulary scalars validate against (one per server; never shared implicitly). */
  lexicon: LexiconCache;
  plugins?: ApolloServerPlugin<Context>[];
  /** Operations slower than this are logged at warn level (default 500 ms). */
  slowOperationMs?: number;
  /** Query limits (default DEFAULT_QUERY_LIMITS; the server takes them from the configuration). */
  limits?: QueryLimits;
  /** Spans of every operation (src/tracing) when tracing is on; absent, no tracing code runs. */
  tracer?: Tracer;
}

export async function createApolloServer(options: ApolloOptions): Promise<ApolloServer<Context>> {
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  return new ApolloServer<Context>({
    typeDefs: await loadTypeDefs(),
    resolvers: mergeResolvers<Resolvers>({ resolvers, vocabulary: vocabularyResolvers(options.lexicon) }),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection,
    csrfPrevention: true,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [createDepthLimitRule(limits.maxDepth), createAliasLimitRule(limits.maxAliases)],
    // The process runtime owns SIGTERM/SIGINT (src/runtime/onShutdownSignal.ts): one shutdown, one exit (Apollo's own handlers would stop twice).
    stopOnTerminationSignals: false,
    plugins: [
      inputPolicyPlugin<Context>(),
      requestLoggerPlugin(options.statementCount, options.slowOperationMs),
      mutationAuthorizationPlugin<Context>(),
      costLimitPlugin<Context>(limits.maxCost),
      queryOnReplica(),
      ...uncachedResponses<Context>(),
      ...(options.tracer ? [graphqlTracingPlugin(options.tracer)] : []),
      ...(options.plugins ?? []),
    ],
  });
}
