/**
 * The one factory of DataLoaders. Called once per request (in the GraphQL context), never at
 * module scope: a loader's cache is per-request memoisation, not an application cache.
 */
import type { PrismaClient } from "../generated/prisma/client.js";
import { createContactLoaders } from "./contactLoaders.js";
import { createLexiconLoaders } from "./lexiconLoaders.js";
import { createLocationLoaders } from "./locationLoaders.js";
import { createThingLoaders } from "./thingLoaders.js";

export function createLoaders(prisma: PrismaClient) {
  return {
    ...createThingLoaders(prisma),
    ...createLocationLoaders(prisma),
    ...createContactLoaders(prisma),
    ...createLexiconLoaders(prisma),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
