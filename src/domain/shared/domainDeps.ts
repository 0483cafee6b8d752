/**
 * What domain functions may depend on: the database, the caller, the vocabulary, the stores and a
 * logger. A domain function takes the narrowest `Pick` of it that it needs; the request
 * context of the GraphQL server (src/context.ts) and the command-line tools provide it.
 */
import type { Caller } from "../../auth/caller.js";
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { Logger } from "../../logger.js";
import type { AssetFiles } from "../../storage/assetFiles.js";
import type { Viewer } from "../visibility/viewer.js";
import type { LexiconCache } from "../vocabulary/lexiconCache.js";

/** The authenticated user a write is attributed to (audit columns): the token's `sub` and `name`. */
export interface Actor {
  /** Subject (`sub` claim) of the user. */
  id: string;
  /** Display name (`name` claim) of the user. */
  name: string;
}

export interface DomainDeps {
  /** The database this work reads and writes. */
  prisma: PrismaClient;
  /** The vocabulary; lexicon writes refresh it after they commit. */
  lexicon: LexiconCache;
  /** The authenticated user, or null/absent for an anonymous caller. */
  user?: Actor | null;
  /** What the caller may do (role, personal-data capability). */
  caller: Caller;
  /** What the caller may see; every read of records filters by it (src/domain/visibility). */
  viewer: Viewer;
  /** The store of asset files and its limits; null where none is configured. */
  assetFiles: AssetFiles | null;
  /** The logger of the work (per request in the server). */
  log: Logger;
}
