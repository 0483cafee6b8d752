/**
 * The resolver map of the whole schema but the vocabulary scalars (built per server from its
 * lexicon: vocabulary.ts), merged by `mergeResolvers` from one module per SDL file, so that two
 * modules defining the same field fail at start-up instead of one replacing the other.
 */
import type { Resolvers } from "../generated/graphql.js";
import { apiKeyResolvers } from "./apiKeys.js";
import { assetResolvers } from "./asset.js";
import { assetMutationResolvers } from "./assetMutations.js";
import { baseResolvers } from "./base.js";
import { chemistryResolvers } from "./chemistry.js";
import { contactResolvers } from "./contact.js";
import { contactMutationResolvers } from "./contactMutations.js";
import { errorResolvers } from "./errors.js";
import { fieldEventResolvers } from "./fieldEvent.js";
import { fieldEventMutationResolvers } from "./fieldEventMutations.js";
import { geochronologyResolvers } from "./geochronology.js";
import { geojsonResolvers } from "./geojson.js";
import { groundwaterLevelMutationResolvers } from "./groundwaterLevelMutations.js";
import { groupResolvers } from "./group.js";
import { groupMutationResolvers } from "./groupMutations.js";
import { hydrographResolvers } from "./hydrograph.js";
import { importMutationResolvers } from "./importMutations.js";
import { lexiconResolvers } from "./lexicon.js";
import { lexiconMutationResolvers } from "./lexiconMutations.js";
import { locationResolvers } from "./location.js";
import { locationMutationResolvers } from "./locationMutations.js";
import { mergeResolvers } from "./mergeResolvers.js";
import { noteMutationResolvers } from "./noteMutations.js";
import { permissionMutationResolvers } from "./permissionMutations.js";
import { publicationResolvers } from "./publication.js";
import { sampleResolvers } from "./sample.js";
import { sampleMutationResolvers } from "./sampleMutations.js";
import { scalarResolvers } from "./scalars.js";
import { searchResolvers } from "./search.js";
import { sensorResolvers } from "./sensor.js";
import { sensorMutationResolvers } from "./sensorMutations.js";
import { seriesResolvers } from "./series.js";
import { springResolvers } from "./spring.js";
import { thingResolvers } from "./thing.js";
import { thingMutationResolvers } from "./thingMutations.js";
import { transducerMutationResolvers } from "./transducerMutations.js";
import { wellResolvers } from "./well.js";
import { wellScreenMutationResolvers } from "./wellScreenMutations.js";

/** Every resolver module, by the name its duplicate-field error reports (its file). */
export const resolverModules = {
  scalars: scalarResolvers,
  base: baseResolvers,
  errors: errorResolvers,
  thing: thingResolvers,
  well: wellResolvers,
  spring: springResolvers,
  location: locationResolvers,
  group: groupResolvers,
  contact: contactResolvers,
  lexicon: lexiconResolvers,
  search: searchResolvers,
  geojson: geojsonResolvers,
  publication: publicationResolvers,
  asset: assetResolvers,
  geochronology: geochronologyResolvers,
  series: seriesResolvers,
  sample: sampleResolvers,
  sensor: sensorResolvers,
  hydrograph: hydrographResolvers,
  apiKeys: apiKeyResolvers,
  fieldEvent: fieldEventResolvers,
  chemistry: chemistryResolvers,
  lexiconMutations: lexiconMutationResolvers,
  thingMutations: thingMutationResolvers,
  locationMutations: locationMutationResolvers,
  noteMutations: noteMutationResolvers,
  contactMutations: contactMutationResolvers,
  groupMutations: groupMutationResolvers,
  sensorMutations: sensorMutationResolvers,
  wellScreenMutations: wellScreenMutationResolvers,
  groundwaterLevelMutations: groundwaterLevelMutationResolvers,
  sampleMutations: sampleMutationResolvers,
  transducerMutations: transducerMutationResolvers,
  importMutations: importMutationResolvers,
  assetMutations: assetMutationResolvers,
  permissionMutations: permissionMutationResolvers,
  fieldEventMutations: fieldEventMutationResolvers,
} satisfies Record<string, Resolvers>;

export const resolvers: Resolvers = mergeResolvers<Resolvers>(resolverModules);
