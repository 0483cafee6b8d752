import { osePodId, usgsSiteId } from "../domain/wells/agencyIds.js";
import type { Context } from "../context.js";
import { parseId } from "../domain/shared/ids.js";
import { feet, inches } from "../domain/shared/length.js";
import { findThingsPage } from "../domain/things/findThingsPage.js";
import { parseThingListArgs } from "../domain/things/thingListArgs.js";
import { thingTypeValues } from "../domain/vocabulary/enumValues.js";
import { aquiferClassCode, aquiferTypesOf } from "../domain/wells/aquiferSummary.js";
import { isSuitableForDatalogger } from "../domain/wells/dataloggerSuitability.js";
import { provenanceSource } from "../domain/wells/provenanceSource.js";
import { provenanceFields, statusTypes, wellNoteTypes } from "../domain/wells/wellTerms.js";
import { NotFoundError } from "../domain/shared/domainErrors.js";
import type {
  FormationIntervalResolvers,
  PermissionResolvers,
  QueryResolvers,
  StationResolvers,
  WellAquiferResolvers,
  WellConnectionResolvers,
  WellResolvers,
  WellScreenResolvers,
} from "../generated/graphql.js";
import type { ThingModel } from "../schema/mappers.js";
import { thingFields } from "./thing.js";
import { findWellByNameWithParts, loadWell, wellListInclude } from "./wellPageInclude.js";

async function currentStatus(thing: ThingModel, ctx: Context, statusType: string): Promise<string | null> {
  const statuses = await ctx.loaders.currentStatusesByThingId.load(thing.id);
  return statuses.get(statusType)?.statusValue ?? null;
}

async function notesOfType(thing: ThingModel, ctx: Context, noteType: string) {
  return (await ctx.loaders.notesByThingId.load(thing.id)).filter((n) => n.noteType === noteType);
}

async function source(thing: ThingModel, ctx: Context, fieldName: string): Promise<string | null> {
  return provenanceSource(await ctx.loaders.provenanceByThingId.load(thing.id), fieldName);
}

export const wellResolvers: {
  Query: Pick<QueryResolvers, "well" | "wellByName" | "wells">;
  Well: WellResolvers<Context>;
  Station: StationResolvers<Context>;
  WellConnection: Pick<WellConnectionResolvers, "totalCount">;
  WellScreen: WellScreenResolvers<Context>;
  Permission: PermissionResolvers<Context>;
  WellAquifer: WellAquiferResolvers<Context>;
  FormationInterval: FormationIntervalResolvers<Context>;
} = {
  Query: {
    well: async (_, { id }, ctx, info) => {
      const thing = await loadWell(ctx, info, parseId(id));
      if (!thing || thing.thingType !== thingTypeValues.WATER_WELL) throw new NotFoundError("Well", id);
      return thing;
    },
    wellByName: async (_, { name }, ctx, info) => {
      const well = await findWellByNameWithParts(ctx, info, name);
      if (!well) throw new NotFoundError("Well", name);
      return well;
    },
    wells: (_, args, ctx, info) => {
      const { filter, page, order } = parseThingListArgs(args, thingTypeValues.WATER_WELL);
      return findThingsPage(ctx.prisma, ctx.viewer, filter, page, order, wellListInclude(info, ctx));
    },
  },
  Well: {
    ...thingFields,
    purposes: (t, _, ctx) => ctx.loaders.purposesByThingId.load(t.id),
    latestSample: (t, _, ctx) => ctx.loaders.latestSampleByThingId.load(t.id),
    usgsSiteId: async (t, _, ctx) => usgsSiteId(await ctx.loaders.alternateIdsByThingId.load(t.id)),
    osePodId: async (t, _, ctx) => osePodId(await ctx.loaders.alternateIdsByThingId.load(t.id)),
    wellStatus: (t, _, ctx) => currentStatus(t, ctx, statusTypes.WELL),
    monitoringStatus: (t, _, ctx) => currentStatus(t, ctx, statusTypes.MONITORING),
    openStatus: (t, _, ctx) => currentStatus(t, ctx, statusTypes.OPEN),
    isSuitableForDatalogger: async (t, _, ctx) =>
      isSuitableForDatalogger(await currentStatus(t, ctx, statusTypes.DATALOGGER_SUITABILITY)),
    monitoringFrequency: async (t, _, ctx) =>
      (await ctx.loaders.currentMonitoringFrequencyByThingId.load(t.id))?.monitoringFrequency ?? null,
    monitoringFrequencies: (t, _, ctx) => ctx.loaders.monitoringFrequenciesByThingId.load(t.id),
    holeDepth: (t) => feet(t.holeDepth),
    wellDepth: (t) => feet(t.wellDepth),
    wellDepthSource: (t, _, ctx) => source(t, ctx, provenanceFields.WELL_DEPTH),
    measuringPointDescription: async (t, _, ctx) =>
      (await ctx.loaders.currentMeasuringPointByThingId.load(t.id))?.measuringPointDescription ?? null,
    measuringPointHeight: async (t, _, ctx) =>
      feet((await ctx.loaders.currentMeasuringPointByThingId.load(t.id))?.measuringPointHeight),
    completionDate: (t) => t.wellCompletionDate,
    completionDateSource: (t, _, ctx) => source(t, ctx, provenanceFields.COMPLETION_DATE),
    drillerName: (t) => t.wellDrillerName,
    constructionMethod: (t) => t.wellConstructionMethod,
    constructionMethodSource: (t, _, ctx) => source(t, ctx, provenanceFields.CONSTRUCTION_METHOD),
    casingDiameter: (t) => inches(t.wellCasingDiameter),
    casingDepth: (t) => feet(t.wellCasingDepth),
    casingMaterials: (t, _, ctx) => ctx.loaders.casingMaterialsByThingId.load(t.id),
    pumpType: (t) => t.wellPumpType,
    pumpDepth: (t) => feet(t.wellPumpDepth),
    formation: (t) => t.formationCompletionCode,
    aquiferClassCode: async (t, _, ctx) => aquiferClassCode(await ctx.loaders.aquifersByThingId.load(t.id)),
    aquiferTypes: async (t, _, ctx) => aquiferTypesOf(await ctx.loaders.aquifersByThingId.load(t.id)),
    aquifers: (t, _, ctx) => ctx.loaders.aquifersByThingId.load(t.id),
    formationIntervals: (t, _, ctx) => ctx.loaders.formationIntervalsByThingId.load(t.id),
    permissions: (t, _, ctx) => ctx.loaders.currentPermissionsByThingId.load(t.id),
    constructionNotes: (t, _, ctx) => notesOfType(t, ctx, wellNoteTypes.CONSTRUCTION),
    generalNotes: (t, _, ctx) => notesOfType(t, ctx, wellNoteTypes.GENERAL),
    measuringNotes: (t, _, ctx) => notesOfType(t, ctx, wellNoteTypes.MEASURING),
    waterNotes: (t, _, ctx) => notesOfType(t, ctx, wellNoteTypes.WATER),
    notes: (t, _, ctx) => ctx.loaders.notesByThingId.load(t.id),
    provenance: (t, _, ctx) => ctx.loaders.provenanceByThingId.load(t.id),
    screens: (t, _, ctx) => ctx.loaders.screensByThingId.load(t.id),
    deployments: (t, _, ctx) => ctx.loaders.deploymentsByThingId.load(t.id),
  },
  Station: { ...thingFields },
  WellConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  WellScreen: {
    top: (s) => feet(s.screenDepthTop),
    bottom: (s) => feet(s.screenDepthBottom),
    description: (s) => s.screenDescription,
    aquiferSystem: (s) => s.aquiferSystem?.name ?? null,
    formation: (s) => s.geologicFormation?.formationCode ?? null,
  },
  Permission: {
    allowed: (p) => p.permissionAllowed,
  },
  WellAquifer: {
    aquiferSystem: (a) => a.aquiferSystem.name,
    aquiferTypes: (a) => a.aquiferTypes.map((t) => t.aquiferType),
  },
  FormationInterval: {
    formation: (f) => f.geologicFormation?.formationCode ?? null,
    description: (f) => f.geologicFormation?.description ?? null,
    lithology: (f) => f.geologicFormation?.lithology ?? null,
    top: (f) => ({ value: f.topDepth, unit: "FOOT" }),
    bottom: (f) => ({ value: f.bottomDepth, unit: "FOOT" }),
  },
};
