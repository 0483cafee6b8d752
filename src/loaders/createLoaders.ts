/**
 * The one factory of DataLoaders. Called once per request (in the GraphQL context), never at
 * module scope: a loader's cache is per-request memoisation, not an application cache.
 */
import type { PrismaClient } from "../generated/prisma/client.js";
import { createAssetLoaders } from "./assetLoaders.js";
import { createContactLoaders } from "./contactLoaders.js";
import { createGeochronologyLoaders } from "./geochronologyLoaders.js";
import { createGroupLoaders } from "./groupLoaders.js";
import { createLexiconLoaders } from "./lexiconLoaders.js";
import { createLocationLoaders } from "./locationLoaders.js";
import { createPublicationLoaders } from "./publicationLoaders.js";
import { createSampleLoaders } from "./sampleLoaders.js";
import { createSensorLoaders } from "./sensorLoaders.js";
import { createSeriesLoaders } from "./seriesLoaders.js";
import { createThingLoaders } from "./thingLoaders.js";
import { createWellLoaders } from "./wellLoaders.js";

export function createLoaders(prisma: PrismaClient) {
  return {
    ...createThingLoaders(prisma),
    ...createLocationLoaders(prisma),
    ...createContactLoaders(prisma),
    ...createLexiconLoaders(prisma),
    ...createGroupLoaders(prisma),
    ...createAssetLoaders(prisma),
    ...createPublicationLoaders(prisma),
    ...createGeochronologyLoaders(prisma),
    ...createSeriesLoaders(prisma),
    ...createSampleLoaders(prisma),
    ...createSensorLoaders(prisma),
    ...createWellLoaders(prisma),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
