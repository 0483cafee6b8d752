/**
 * What each GraphQL object type resolves from (codegen `mappers`): a resolver of a field of
 * type X receives, and a resolver returning X must return, the model named here.
 */
import type { Connection } from "../domain/shared/pagination/connection.js";
import type { Thing } from "../generated/prisma/client.js";
import type { Asset, Contact, Group, Location, Publication } from "../generated/prisma/client.js";

export type {
  Address as AddressModel,
  Contact as ContactModel,
  Email as EmailModel,
  Group as GroupModel,
  Location as LocationModel,
  Note as NoteModel,
  Phone as PhoneModel,
  Thing as ThingModel,
  ThingIdLink as AlternateIdModel,
} from "../generated/prisma/client.js";

export type ThingConnectionModel = Connection<Thing>;

// ---- read API part C: search, entities (contacts, groups, locations, lexicon, publications, assets, geochronology)
export type {
  Asset as AssetModel,
  GeochronologyAge as GeochronologyAgeModel,
  LexiconCategory as LexiconCategoryModel,
  LexiconTriple as LexiconTripleModel,
  PubAuthor as AuthorModel,
  Publication as PublicationModel,
} from "../generated/prisma/client.js";
export type { LexiconTermModel } from "../domain/lexicon/lexiconTermRows.js";
export type { SearchHitModel } from "../domain/search/searchHit.js";
export type ContactConnectionModel = Connection<Contact>;
export type GroupConnectionModel = Connection<Group>;
export type LocationConnectionModel = Connection<Location>;
export type AssetConnectionModel = Connection<Asset>;
export type PublicationConnectionModel = Connection<Publication>;

// ---- read API part A: the well page (well.graphql, spring.graphql) and sensor.graphql
export type {
  DataProvenance as FieldProvenanceModel,
  Deployment as DeploymentModel,
  FieldAccessConsent as PermissionModel,
  MonitoringFrequencyHistory as MonitoringFrequencyPeriodModel,
  Sensor as SensorModel,
} from "../generated/prisma/client.js";
export type {
  FormationIntervalModel,
  WellAquiferModel,
  WellScreenModel,
} from "../loaders/wellLoaders.js";

// ---- read API part B: series, samples, sensors (series.graphql, sample.graphql, sensor.graphql)
import type { GroundwaterLevelRow } from "../domain/waterLevels/groundwaterLevelSql.js";
import type { TransducerReadingRow } from "../domain/transducerSeries/transducerReadingSql.js";
import type { AnalysisMethod, Parameter, RegulatoryLimit, Sample, Sensor } from "../generated/prisma/client.js";
export type {
  AnalysisMethod as AnalysisMethodModel,
  Observation as ObservationModel,
  Parameter as ParameterModel,
  RegulatoryLimit as RegulatoryLimitModel,
  Sample as SampleModel,
} from "../generated/prisma/client.js";
export type { WaterLevelStatsRow as WaterLevelStatsModel } from "../domain/waterLevels/findWaterLevelStats.js";
export type GroundwaterLevelModel = GroundwaterLevelRow;
export type TransducerReadingModel = TransducerReadingRow;
export type GroundwaterLevelConnectionModel = Connection<GroundwaterLevelRow>;
export type TransducerReadingConnectionModel = Connection<TransducerReadingRow>;
export type SampleConnectionModel = Connection<Sample>;
export type ParameterConnectionModel = Connection<Parameter>;
export type AnalysisMethodConnectionModel = Connection<AnalysisMethod>;
export type RegulatoryLimitConnectionModel = Connection<RegulatoryLimit>;
export type SensorConnectionModel = Connection<Sensor>;

// ---- time series at scale: hydrograph, transducer review blocks, bulk imports
export type {
  HydrographBlockModel,
  HydrographModel,
  HydrographSeriesModel,
} from "../domain/hydrographs/findHydrograph.js";
export type { TransducerBlockModel } from "../domain/transducerSeries/transducerBlockModel.js";
export type { ImportedWaterLevelModel, ImportedWellModel } from "../domain/imports/importResult.js";

// ---- API keys of machine clients (apiKeys.graphql, ADR 29)
export type { ApiKey as ApiKeyModel } from "../generated/prisma/client.js";
// ---- field visits and chemistry results (fieldEvent.graphql, fieldEventMutations.graphql, chemistry.graphql)
import type { ChemistryResultRow } from "../domain/chemistry/findChemistryResultsPage.js";
import type { LimitComparison } from "../domain/chemistry/compareWithLimit.js";
import type { FieldEvent, RegulatoryLimit as RegulatoryLimitRow } from "../generated/prisma/client.js";
export type {
  FieldActivity as FieldActivityModel,
  FieldEvent as FieldEventModel,
  FieldEventParticipant as FieldEventParticipantModel,
} from "../generated/prisma/client.js";
export type { ChemistrySummaryRow as ChemistrySummaryModel } from "../domain/chemistry/findChemistrySummaries.js";
export type { ImportedChemistryResultModel } from "../domain/chemistry/importChemistryResults.js";
export type FieldEventConnectionModel = Connection<FieldEvent>;
export type ChemistryResultModel = ChemistryResultRow;
export type ChemistryResultConnectionModel = Connection<ChemistryResultRow>;
export type LimitComparisonModel = { limit: RegulatoryLimitRow; comparison: LimitComparison };
