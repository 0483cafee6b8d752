/** The resolver map of the whole schema, merged from one module per SDL file. */
import type { Resolvers } from "../generated/graphql.js";
import { assetResolvers } from "./asset.js";
import { baseResolvers } from "./base.js";
import { contactResolvers } from "./contact.js";
import { errorResolvers } from "./errors.js";
import { geochronologyResolvers } from "./geochronology.js";
import { geojsonResolvers } from "./geojson.js";
import { groupResolvers } from "./group.js";
import { lexiconResolvers } from "./lexicon.js";
import { lexiconMutationResolvers } from "./lexiconMutations.js";
import { locationResolvers } from "./location.js";
import { publicationResolvers } from "./publication.js";
import { sampleResolvers } from "./sample.js";
import { scalarResolvers } from "./scalars.js";
import { searchResolvers } from "./search.js";
import { sensorResolvers } from "./sensor.js";
import { springResolvers } from "./spring.js";
import { seriesResolvers } from "./series.js";
import { thingResolvers } from "./thing.js";
import { wellResolvers } from "./well.js";
import { contactMutationResolvers } from "./contactMutations.js";
import { groundwaterLevelMutationResolvers } from "./groundwaterLevelMutations.js";
import { sampleMutationResolvers } from "./sampleMutations.js";
import { groupMutationResolvers } from "./groupMutations.js";
import { locationMutationResolvers } from "./locationMutations.js";
import { noteMutationResolvers } from "./noteMutations.js";
import { sensorMutationResolvers } from "./sensorMutations.js";
import { thingMutationResolvers } from "./thingMutations.js";
import { wellScreenMutationResolvers } from "./wellScreenMutations.js";
import { hydrographResolvers } from "./hydrograph.js";
import { transducerMutationResolvers } from "./transducerMutations.js";
import { importMutationResolvers } from "./importMutations.js";
import { assetMutationResolvers } from "./assetMutations.js";
import { permissionMutationResolvers } from "./permissionMutations.js";
import { apiKeyResolvers } from "./apiKeys.js";
import { fieldEventResolvers } from "./fieldEvent.js";
import { fieldEventMutationResolvers } from "./fieldEventMutations.js";
import { chemistryResolvers } from "./chemistry.js";

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...thingResolvers,
  ...wellResolvers,
  ...springResolvers,
  ...locationResolvers,
  ...groupResolvers,
  ...contactResolvers,
  ...lexiconResolvers,
  ...searchResolvers,
  ...publicationResolvers,
  ...assetResolvers,
  ...geochronologyResolvers,
  ...seriesResolvers,
  ...sampleResolvers,
  ...sensorResolvers,
  ...errorResolvers,
  Hydrograph: hydrographResolvers.Hydrograph,
  HydrographSeries: hydrographResolvers.HydrographSeries,
  HydrographBlock: hydrographResolvers.HydrographBlock,
  TransducerBlock: transducerMutationResolvers.TransducerBlock,
  ImportResult: importMutationResolvers.ImportResult,
  ImportedWaterLevel: importMutationResolvers.ImportedWaterLevel,
  ImportedWell: importMutationResolvers.ImportedWell,
  ApiKey: apiKeyResolvers.ApiKey,
  FieldEvent: fieldEventResolvers.FieldEvent,
  FieldEventParticipant: fieldEventResolvers.FieldEventParticipant,
  FieldActivity: fieldEventResolvers.FieldActivity,
  FieldEventConnection: fieldEventResolvers.FieldEventConnection,
  ChemistryResult: chemistryResolvers.ChemistryResult,
  ChemistryResultConnection: chemistryResolvers.ChemistryResultConnection,
  ChemistrySummary: chemistryResolvers.ChemistrySummary,
  LimitComparison: chemistryResolvers.LimitComparison,
  ImportedChemistryResult: chemistryResolvers.ImportedChemistryResult,
  Well: { ...wellResolvers.Well, ...seriesResolvers.Well, ...assetResolvers.Well, ...fieldEventResolvers.Well, ...chemistryResolvers.Well },
  Spring: { ...springResolvers.Spring, ...assetResolvers.Spring },
  Query: {
    ...baseResolvers.Query,
    ...thingResolvers.Query,
    ...wellResolvers.Query,
    ...springResolvers.Query,
    ...locationResolvers.Query,
    ...lexiconResolvers.Query,
    ...contactResolvers.Query,
    ...groupResolvers.Query,
    ...searchResolvers.Query,
    ...geojsonResolvers.Query,
    ...publicationResolvers.Query,
    ...assetResolvers.Query,
    ...geochronologyResolvers.Query,
    ...seriesResolvers.Query,
    ...sampleResolvers.Query,
    ...sensorResolvers.Query,
    ...hydrographResolvers.Query,
    ...apiKeyResolvers.Query,
    ...fieldEventResolvers.Query,
    ...chemistryResolvers.Query,
  },
  Mutation: {
    ...lexiconMutationResolvers.Mutation,
    ...thingMutationResolvers.Mutation,
    ...locationMutationResolvers.Mutation,
    ...noteMutationResolvers.Mutation,
    ...contactMutationResolvers.Mutation,
    ...groupMutationResolvers.Mutation,
    ...sensorMutationResolvers.Mutation,
    ...wellScreenMutationResolvers.Mutation,
    ...groundwaterLevelMutationResolvers.Mutation,
    ...sampleMutationResolvers.Mutation,
    ...transducerMutationResolvers.Mutation,
    ...importMutationResolvers.Mutation,
    ...assetMutationResolvers.Mutation,
    ...permissionMutationResolvers.Mutation,
    ...apiKeyResolvers.Mutation,
    ...fieldEventMutationResolvers.Mutation,
    ...chemistryResolvers.Mutation,
  },
};
