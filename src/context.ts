/** The per-request GraphQL context. Built by `createContext`, one per request. */
import type { LexiconCache } from "./domain/vocabulary/lexiconCache.js";
import type { PrismaClient } from "./generated/prisma/client.js";
import type { Loaders } from "./loaders/createLoaders.js";
import { createLoaders } from "./loaders/createLoaders.js";
import type { Logger } from "./logger.js";

/** The authenticated caller (filled by the auth issue); audit columns are written from it. */
export interface ContextUser {
  /** Subject (`sub` claim) of the user. */
  id: string;
  /** Display name (`name` claim) of the user. */
  name: string;
}

export interface Context {
  prisma: PrismaClient;
  loaders: Loaders;
  requestId: string;
  log: Logger;
  /** The server's lexicon cache; lexicon mutations refresh it after they commit. */
  lexicon: LexiconCache;
  /** The authenticated user, or null/absent for an anonymous request. */
  user?: ContextUser | null;
}

export interface ContextOptions {
  lexicon: LexiconCache;
  user?: ContextUser | null;
}

export function createContext(prisma: PrismaClient, log: Logger, requestId: string, options: ContextOptions): Context {
  return {
    prisma,
    loaders: createLoaders(prisma),
    requestId,
    log: log.child({ requestId }),
    lexicon: options.lexicon,
    user: options.user ?? null,
  };
}
