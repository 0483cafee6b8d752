/**
 * The one factory of DataLoaders. Called once per request (in the GraphQL context), never at
 * module scope: a loader's cache is per-request memoisation, not an application cache.
 */
import type { Viewer } from "../domain/visibility/viewer.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { createAssetLoaders } from "./assetLoaders.js";
import { createChemistryLoaders } from "./chemistryLoaders.js";
import { createContactLoaders } from "./contactLoaders.js";
import { createFieldEventLoaders } from "./fieldEventLoaders.js";
import { createGeochronologyLoaders } from "./geochronologyLoaders.js";
import { createGroupLoaders } from "./groupLoaders.js";
import { createLexiconLoaders } from "./lexiconLoaders.js";
import { createLocationLoaders } from "./locationLoaders.js";
import { createPublicationLoaders } from "./publicationLoaders.js";
import { createSampleLoaders } from "./sampleLoaders.js";
import { createSensorLoaders } from "./sensorLoaders.js";
import { createSeriesLoaders } from "./seriesLoaders.js";
import { createThingLoaders } from "./thingLoaders.js";
import { lazyLoaders } from "./lazyLoaders.js";
import { createWellLoaders } from "./wellLoaders.js";
import { createWellPageLoaders } from "./wellPageLoaders.js";

/** Loaders that read records do so as `viewer` sees them (src/domain/visibility). */
export function createLoaders(prisma: PrismaClient, viewer: Viewer) {
  // Each group is created when one of its loaders is first read (lazyLoaders.ts): a request pays
  // only for the groups it uses.
  return lazyLoaders({
    thing: () => createThingLoaders(prisma, viewer),
    location: () => createLocationLoaders(prisma, viewer),
    contact: () => createContactLoaders(prisma, viewer),
    lexicon: () => createLexiconLoaders(prisma),
    group: () => createGroupLoaders(prisma),
    asset: () => createAssetLoaders(prisma, viewer),
    publication: () => createPublicationLoaders(prisma, viewer),
    geochronology: () => createGeochronologyLoaders(prisma, viewer),
    series: () => createSeriesLoaders(prisma, viewer),
    sample: () => createSampleLoaders(prisma, viewer),
    sensor: () => createSensorLoaders(prisma, viewer),
    well: () => createWellLoaders(prisma),
    wellPage: () => createWellPageLoaders(prisma, viewer),
    fieldEvent: () => createFieldEventLoaders(prisma, viewer),
    chemistry: () => createChemistryLoaders(prisma, viewer),
  });
}

export type Loaders = ReturnType<typeof createLoaders>;
