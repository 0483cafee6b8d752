/**
 * The per-request GraphQL context. Built by `createContext`, one per request. It is the domain's
 * dependency object (DomainDeps) plus what only the API layer needs.
 */
import type { Caller } from "./auth/caller.js";
import type { Actor, DomainDeps } from "./domain/shared/domainDeps.js";
import { viewerOf } from "./domain/visibility/viewer.js";
import type { LexiconCache } from "./domain/vocabulary/lexiconCache.js";
import type { PrismaClient } from "./generated/prisma/client.js";
import { createLoaders, type Loaders } from "./loaders/createLoaders.js";
import type { Logger } from "./logger.js";
import type { AssetFiles } from "./storage/assetFiles.js";

/** Who the authenticated caller is (from the token's `sub`/`name`); audit columns are written from it. */
export type ContextUser = Actor;

export interface Context extends DomainDeps {
  /**
   * The database this operation reads and writes: the primary, switched to `readPrisma` for a query
   * operation (queryOnReplica.ts). Everything a mutation runs, its answer included, uses the primary.
   */
  prisma: PrismaClient;
  /** The read replica's client (DATABASE_READ_URL), or null when queries read from the primary. */
  readPrisma: PrismaClient | null;
  /** The request's DataLoaders over `prisma`, filtered by `viewer`; replaced after each mutation. */
  loaders: Loaders;
  requestId: string;
}

export interface ContextOptions {
  lexicon: LexiconCache;
  user?: ContextUser | null;
  /** Required: there is no default caller, so a forgotten one cannot fall back to more access. */
  caller: Caller;
  /** The read replica's client, for query operations (default none: everything uses `prisma`). */
  readPrisma?: PrismaClient | null;
  /** The store of asset files; default none. */
  assetFiles?: AssetFiles | null;
}

export function createContext(prisma: PrismaClient, log: Logger, requestId: string, options: ContextOptions): Context {
  const viewer = viewerOf(options.caller);
  return {
    prisma,
    readPrisma: options.readPrisma ?? null,
    loaders: createLoaders(prisma, viewer),
    requestId,
    log: log.child({ requestId }),
    lexicon: options.lexicon,
    user: options.user ?? null,
    caller: options.caller,
    viewer,
    assetFiles: options.assetFiles ?? null,
  };
}
