/** The per-request GraphQL context. Built by `createContext`, one per request. */
import type { Caller } from "./auth/caller.js";
import { viewerOf, type Viewer } from "./domain/visibility/viewer.js";
import type { LexiconCache } from "./domain/vocabulary/lexiconCache.js";
import type { PrismaClient } from "./generated/prisma/client.js";
import type { Loaders } from "./loaders/createLoaders.js";
import { createLoaders } from "./loaders/createLoaders.js";
import type { Logger } from "./logger.js";
import type { AssetFiles } from "./storage/assetFiles.js";

/** Who the authenticated caller is (from the token's `sub`/`name`); audit columns are written from it. */
export interface ContextUser {
  /** Subject (`sub` claim) of the user. */
  id: string;
  /** Display name (`name` claim) of the user. */
  name: string;
}

export interface Context {
  /**
   * The database this operation reads and writes: the primary, switched to `readPrisma` for a query
   * operation (queryOnReplica.ts). Everything a mutation runs, its answer included, uses the primary.
   */
  prisma: PrismaClient;
  /** The read replica's client (DATABASE_READ_URL), or null when queries read from the primary. */
  readPrisma: PrismaClient | null;
  loaders: Loaders;
  requestId: string;
  log: Logger;
  /** The server's lexicon cache; lexicon mutations refresh it after they commit. */
  lexicon: LexiconCache;
  /** The authenticated user, or null/absent for an anonymous request. */
  user?: ContextUser | null;
  /** What the caller may do (role, personal-data capability); mutations are authorized from it. */
  caller: Caller;
  /** What the caller may see; every read of records filters by it (src/domain/visibility). */
  viewer: Viewer;
  /** The store of asset files and its limits; null where none is configured (assets then have no URL). */
  assetFiles: AssetFiles | null;
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
