/**
 * The hook through which the process that runs the server takes some GraphQL operations off the
 * serving thread (src/runtime/executor), without the server knowing how or where they run.
 *
 * Contract: the server calls `handler(served)` once, after Apollo has started, and mounts the
 * handler on /graphql after the JSON body parser and before Apollo. The handler answers the
 * requests it takes with the same status, headers and body Apollo on this thread would produce,
 * and passes every other request on (`next()`) unchanged. The server calls `lexiconChanged()`
 * whenever its lexicon cache changes.
 */
import type { RequestHandler } from "express";
import type { GraphQLSchema } from "graphql";

import type { Authenticator } from "../auth/createAuthenticator.js";
import type { Logger } from "../logger.js";
import type { GraphqlObservation } from "./metrics.js";

/** What the server gives its offload: the GraphQL set-up the offloaded operations must share. */
export interface ServedGraphql {
  /** The schema Apollo serves (null until it has started). */
  schema: () => GraphQLSchema | null;
  /** Who is calling, exactly as for the context of operations run on this thread. */
  authenticator: Authenticator;
  /** The token limit of parsing (the query limits' maxTokens). */
  maxTokens: number;
  logger: Logger;
  /** Records an operation run elsewhere in this server's metrics. */
  observe(observation: GraphqlObservation): void;
}

export interface GraphqlOffload {
  handler(served: ServedGraphql): RequestHandler;
  lexiconChanged(): void;
}
