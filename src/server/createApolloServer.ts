/**
 * The GraphQL server (schema, resolvers, error masking, request logging), independent of HTTP
 * so that tests can run operations in-process with `executeOperation`.
 */
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";

import type { Context } from "../context.js";
import type { LexiconCache } from "../domain/vocabulary/lexiconCache.js";
import { formatError } from "../errors/formatError.js";
import { resolvers } from "../resolvers/resolvers.js";
import { vocabularyResolvers } from "../resolvers/vocabulary.js";
import { loadTypeDefs } from "../schema/loadTypeDefs.js";
import { requestLoggerPlugin } from "./requestLoggerPlugin.js";

export interface ApolloOptions {
  introspection: boolean;
  statementCount: () => number;
  /** The lexicon the vocabulary scalars validate against (one per server; never shared implicitly). */
  lexicon: LexiconCache;
  plugins?: ApolloServerPlugin<Context>[];
  /** Operations slower than this are logged at warn level (default 500 ms). */
  slowOperationMs?: number;
}

export async function createApolloServer(options: ApolloOptions): Promise<ApolloServer<Context>> {
  return new ApolloServer<Context>({
    typeDefs: await loadTypeDefs(),
    resolvers: { ...resolvers, ...vocabularyResolvers(options.lexicon) },
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection,
    plugins: [requestLoggerPlugin(options.statementCount, options.slowOperationMs), ...(options.plugins ?? [])],
  });
}
