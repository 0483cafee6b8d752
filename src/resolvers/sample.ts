import { parseId } from "../domain/shared/ids.js";
import { feet } from "../domain/shared/length.js";
import { parsePageRequest } from "../domain/shared/pagination/pageArgs.js";
import { findPageById } from "../domain/shared/pagination/pageById.js";
import { findSamplesPage } from "../domain/samples/findSamplesPage.js";
import { NotFoundError } from "../domain/shared/domainErrors.js";
import type {
  AnalysisMethodConnectionResolvers,
  AnalysisMethodResolvers,
  ObservationResolvers,
  ParameterConnectionResolvers,
  ParameterResolvers,
  QueryResolvers,
  RegulatoryLimitConnectionResolvers,
  RegulatoryLimitResolvers,
  SampleConnectionResolvers,
  SampleResolvers,
} from "../generated/graphql.js";

export const sampleResolvers: {
  Query: Pick<QueryResolvers, "sample" | "samples" | "parameter" | "parameters" | "analysisMethods" | "regulatoryLimits">;
  Sample: SampleResolvers;
  SampleConnection: Pick<SampleConnectionResolvers, "totalCount">;
  Observation: ObservationResolvers;
  Parameter: ParameterResolvers;
  AnalysisMethod: AnalysisMethodResolvers;
  AnalysisMethodConnection: Pick<AnalysisMethodConnectionResolvers, "totalCount">;
  ParameterConnection: Pick<ParameterConnectionResolvers, "totalCount">;
  RegulatoryLimit: RegulatoryLimitResolvers;
  RegulatoryLimitConnection: Pick<RegulatoryLimitConnectionResolvers, "totalCount">;
} = {
  Query: {
    sample: async (_, { id }, ctx) => {
      const sample = await ctx.loaders.sampleById.load(parseId(id));
      if (!sample) throw new NotFoundError("Sample", id);
      return sample;
    },
    samples: (_, args, ctx) =>
      findSamplesPage(ctx.prisma, ctx.viewer, args.wellId ? parseId(args.wellId, "wellId") : null, parsePageRequest(args)),
    parameter: async (_, { id }, ctx) => {
      const parameter = await ctx.loaders.parameterById.load(parseId(id));
      if (!parameter) throw new NotFoundError("Parameter", id);
      return parameter;
    },
    parameters: (_, args, ctx) =>
      findPageById(
        parsePageRequest(args),
        (afterId, take, skip) =>
          ctx.prisma.parameter.findMany({ where: afterId === null ? {} : { id: { gt: afterId } }, orderBy: { id: "asc" }, skip, take }),
        () => ctx.prisma.parameter.count(),
      ),
    analysisMethods: (_, args, ctx) =>
      findPageById(
        parsePageRequest(args),
        (afterId, take, skip) =>
          ctx.prisma.analysisMethod.findMany({ where: afterId === null ? {} : { id: { gt: afterId } }, orderBy: { id: "asc" }, skip, take }),
        () => ctx.prisma.analysisMethod.count(),
      ),
    regulatoryLimits: (_, args, ctx) =>
      findPageById(
        parsePageRequest(args),
        (afterId, take, skip) =>
          ctx.prisma.regulatoryLimit.findMany({ where: afterId === null ? {} : { id: { gt: afterId } }, orderBy: { id: "asc" }, skip, take }),
        () => ctx.prisma.regulatoryLimit.count(),
      ),
  },
  Sample: {
    name: (s) => s.sampleName,
    matrix: (s) => s.sampleMatrix,
    method: (s) => s.sampleMethod,
    depthTop: (s) => feet(s.depthTop),
    depthBottom: (s) => feet(s.depthBottom),
    observations: (s, _, ctx) => ctx.loaders.observationsBySampleId.load(s.id),
    site: async (s, _, ctx) => {
      const thingId = await ctx.loaders.siteIdBySampleId.load(s.id);
      const thing = thingId === null ? null : await ctx.loaders.thingById.load(thingId);
      // A visible sample is at a visible site, through NOT NULL foreign keys: a miss is a broken invariant.
      if (!thing) throw new Error(`Sample ${s.id} has no visible site`);
      return thing;
    },
    sampler: async (s, _, ctx) => {
      if (s.fieldEventParticipantId === null) return null;
      const contactId = await ctx.loaders.contactIdByParticipantId.load(s.fieldEventParticipantId);
      return contactId === null ? null : ctx.loaders.contactById.load(contactId);
    },
  },
  SampleConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Observation: {
    observedAt: (o) => o.observationDatetime,
    parameter: async (o, _, ctx) => {
      const parameter = await ctx.loaders.parameterById.load(o.parameterId);
      // observation.parameter_id is a NOT NULL foreign key: a miss is a broken invariant.
      if (!parameter) throw new Error(`Observation ${o.id} refers to missing parameter ${o.parameterId}`);
      return parameter;
    },
    reason: (o) => o.groundwaterLevelReason,
    measuringPointHeight: (o) => feet(o.measuringPointHeight),
    analysisMethod: (o, _, ctx) => (o.analysisMethodId === null ? null : ctx.loaders.analysisMethodById.load(o.analysisMethodId)),
  },
  AnalysisMethod: {
    code: (m) => m.analysisMethodCode,
    name: (m) => m.analysisMethodName,
    methodType: (m) => m.analysisMethodType,
  },
  AnalysisMethodConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Parameter: {
    name: (p) => p.parameterName,
    regulatoryLimits: (p, _, ctx) => ctx.loaders.regulatoryLimitsByParameterId.load(p.id),
  },
  ParameterConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  RegulatoryLimit: {
    source: (l) => l.limitSource,
    value: (l) => l.limitValue,
    unit: (l) => l.limitUnit,
    parameter: async (l, _, ctx) => {
      const parameter = await ctx.loaders.parameterById.load(l.parameterId);
      // regulatory_limit.parameter_id is a NOT NULL foreign key: a miss is a broken invariant.
      if (!parameter) throw new Error(`Regulatory limit ${l.id} refers to missing parameter ${l.parameterId}`);
      return parameter;
    },
  },
  RegulatoryLimitConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
};
