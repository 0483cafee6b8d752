/**
 * What each GraphQL object type resolves from (codegen `mappers`): a resolver of a field of
 * type X receives, and a resolver returning X must return, the model named here. Grouped by
 * aggregate (src/domain/<aggregate>).
 */
import type { LimitComparison } from "../domain/chemistry/compareWithLimit.js";
import type { ChemistryResultRow } from "../domain/chemistry/findChemistryResultsPage.js";
import type { GroundwaterLevelRow } from "../domain/waterLevels/groundwaterLevelSql.js";
import type { TransducerReadingRow } from "../domain/transducerSeries/transducerReadingSql.js";
import type { Connection } from "../domain/shared/pagination/connection.js";
import type {
  AnalysisMethod,
  Asset,
  Contact,
  FieldEvent,
  Group,
  Location,
  Parameter,
  Publication,
  RegulatoryLimit,
  Sample,
  Sensor,
  Thing,
} from "../generated/prisma/client.js";

// ---- things: every site (Thing, Well, Spring, Station) and its alternate ids
export type { Thing as ThingModel, ThingIdLink as AlternateIdModel } from "../generated/prisma/client.js";
export type ThingConnectionModel = Connection<Thing>;

// ---- wells: the parts of the well page (well.graphql)
export type {
  DataProvenance as FieldProvenanceModel,
  FieldAccessConsent as PermissionModel,
  MonitoringFrequencyHistory as MonitoringFrequencyPeriodModel,
} from "../generated/prisma/client.js";
export type { FormationIntervalModel, WellAquiferModel, WellScreenModel } from "../loaders/wellLoaders.js";
export type { ImportedWellModel } from "../domain/imports/importResult.js";

// ---- locations
export type { Location as LocationModel } from "../generated/prisma/client.js";
export type LocationConnectionModel = Connection<Location>;

// ---- groups
export type { Group as GroupModel } from "../generated/prisma/client.js";
export type GroupConnectionModel = Connection<Group>;

// ---- contacts
export type {
  Address as AddressModel,
  Contact as ContactModel,
  Email as EmailModel,
  Phone as PhoneModel,
} from "../generated/prisma/client.js";
export type ContactConnectionModel = Connection<Contact>;

// ---- notes
export type { Note as NoteModel } from "../generated/prisma/client.js";

// ---- vocabulary: lexicon categories, terms and triples
export type { LexiconCategory as LexiconCategoryModel, LexiconTriple as LexiconTripleModel } from "../generated/prisma/client.js";
export type { LexiconTermModel } from "../domain/vocabulary/lexiconTermRows.js";

// ---- search
export type { SearchHitModel } from "../domain/search/searchHit.js";

// ---- publications
export type { PubAuthor as AuthorModel, Publication as PublicationModel } from "../generated/prisma/client.js";
export type PublicationConnectionModel = Connection<Publication>;

// ---- assets
export type { Asset as AssetModel } from "../generated/prisma/client.js";
export type AssetConnectionModel = Connection<Asset>;

// ---- geochronology
export type { GeochronologyAge as GeochronologyAgeModel } from "../generated/prisma/client.js";

// ---- sensors and their deployments
export type { Deployment as DeploymentModel, Sensor as SensorModel } from "../generated/prisma/client.js";
export type SensorConnectionModel = Connection<Sensor>;

// ---- field work: visits, participants, activities
export type {
  FieldActivity as FieldActivityModel,
  FieldEvent as FieldEventModel,
  FieldEventParticipant as FieldEventParticipantModel,
} from "../generated/prisma/client.js";
export type FieldEventConnectionModel = Connection<FieldEvent>;

// ---- water levels: manual levels, statistics, hydrographs, imports
export type GroundwaterLevelModel = GroundwaterLevelRow;
export type GroundwaterLevelConnectionModel = Connection<GroundwaterLevelRow>;
export type { WaterLevelStatsRow as WaterLevelStatsModel } from "../domain/waterLevels/findWaterLevelStats.js";
export type {
  HydrographBlockModel,
  HydrographModel,
  HydrographSeriesModel,
} from "../domain/hydrographs/findHydrograph.js";
export type { ImportedWaterLevelModel } from "../domain/imports/importResult.js";

// ---- transducer series: readings and review blocks
export type TransducerReadingModel = TransducerReadingRow;
export type TransducerReadingConnectionModel = Connection<TransducerReadingRow>;
export type { TransducerBlockModel } from "../domain/transducerSeries/transducerBlockModel.js";

// ---- samples and chemistry: samples, observations, parameters, methods, limits, results
export type {
  AnalysisMethod as AnalysisMethodModel,
  Observation as ObservationModel,
  Parameter as ParameterModel,
  RegulatoryLimit as RegulatoryLimitModel,
  Sample as SampleModel,
} from "../generated/prisma/client.js";
export type SampleConnectionModel = Connection<Sample>;
export type ParameterConnectionModel = Connection<Parameter>;
export type AnalysisMethodConnectionModel = Connection<AnalysisMethod>;
export type RegulatoryLimitConnectionModel = Connection<RegulatoryLimit>;
export type ChemistryResultModel = ChemistryResultRow;
export type ChemistryResultConnectionModel = Connection<ChemistryResultRow>;
export type { ChemistrySummaryRow as ChemistrySummaryModel } from "../domain/chemistry/findChemistrySummaries.js";
export type { ImportedChemistryResultModel } from "../domain/chemistry/importChemistryResults.js";
export type LimitComparisonModel = { limit: RegulatoryLimit; comparison: LimitComparison };

// ---- API keys of machine clients (apiKeys.graphql, ADR 29)
export type { ApiKey as ApiKeyModel } from "../generated/prisma/client.js";
