/** Resolvers of src/schema/chemistry.graphql: chemistry results, their limits, well summaries and the CSV import. */
import type { Context } from "../context.js";
import { compareWithLimits } from "../domain/chemistry/compareWithLimit.js";
import { findChemistryResultsPage, parseChemistryCursor, type ChemistryResultRow } from "../domain/chemistry/findChemistryResultsPage.js";
import { importChemistryResults } from "../domain/chemistry/importChemistryResults.js";
import { parseId } from "../domain/shared/ids.js";
import { parsePageRequest } from "../domain/shared/pagination/pageArgs.js";
import { parseTimeRange } from "../domain/shared/series/seriesWindow.js";
import { BadUserInputError } from "../errors/BadUserInputError.js";
import type {
  ChemistryResultConnectionResolvers,
  ChemistryResultResolvers,
  ChemistrySummaryResolvers,
  ImportedChemistryResultResolvers,
  LimitComparisonResolvers,
  MutationResolvers,
  QueryResolvers,
  WellResolvers,
} from "../generated/graphql.js";
import { createLoaders } from "../loaders/createLoaders.js";

/** The result compared with every regulatory limit of its parameter. */
async function verdict(r: ChemistryResultRow, ctx: Context) {
  const limits = await ctx.loaders.regulatoryLimitsByParameterId.load(r.parameterId);
  return compareWithLimits(
    r,
    limits.map((limit) => ({ ...limit, value: limit.limitValue, unit: limit.limitUnit })),
  );
}

async function loaded<T>(promise: Promise<T | null>, what: string): Promise<T> {
  const value = await promise;
  // Foreign keys of a visible result (sample, parameter, site): a miss is a broken invariant.
  if (value === null) throw new Error(`${what} of a chemistry result is missing`);
  return value;
}

export const chemistryResolvers: {
  Query: Pick<QueryResolvers, "chemistryResults">;
  Mutation: Pick<MutationResolvers, "importChemistryResults">;
  Well: Pick<WellResolvers<Context>, "chemistrySummary">;
  ChemistryResult: ChemistryResultResolvers;
  ChemistryResultConnection: Pick<ChemistryResultConnectionResolvers, "totalCount">;
  ChemistrySummary: ChemistrySummaryResolvers;
  LimitComparison: LimitComparisonResolvers;
  ImportedChemistryResult: ImportedChemistryResultResolvers;
} = {
  Query: {
    chemistryResults: (_, { filter, orderBy, first, after }, ctx) => {
      const order = { field: orderBy?.field ?? "OBSERVED_AT", direction: orderBy?.direction ?? "DESC" } as const;
      const page = parsePageRequest({ first, after });
      let cursor = null;
      if (page.after !== null) {
        const parsed = parseChemistryCursor(order.field, page.after);
        if (!parsed.ok) throw new BadUserInputError(parsed.message, { argument: "after" });
        cursor = parsed.key;
      }
      const ids = (list: readonly string[] | null | undefined, argument: string) => (list ? list.map((id) => parseId(id, argument)) : null);
      return findChemistryResultsPage(
        ctx.prisma,
        ctx.viewer,
        {
          thingIds: ids(filter?.wellIds, "filter.wellIds"),
          parameterIds: ids(filter?.parameterIds, "filter.parameterIds"),
          parameterNames: filter?.parameterNames ? [...filter.parameterNames] : null,
          range: parseTimeRange({ from: filter?.from, to: filter?.to }),
          releaseStatuses: filter?.releaseStatuses ? [...filter.releaseStatuses] : null,
        },
        order,
        { take: page.take, after: cursor },
      );
    },
  },
  Mutation: {
    importChemistryResults: async (_, { csv }, ctx) => {
      const result = await importChemistryResults(ctx, csv);
      ctx.loaders = createLoaders(ctx.prisma, ctx.viewer);
      return { __typename: "ChemistryImportResult" as const, ...result };
    },
  },
  Well: {
    chemistrySummary: (t, _, ctx) => ctx.loaders.chemistrySummaryByThingId.load(t.id),
  },
  ChemistryResult: {
    observation: (r) => r,
    sample: (r, _, ctx) => loaded(ctx.loaders.sampleById.load(r.sampleId), "The sample"),
    thing: (r, _, ctx) => loaded(ctx.loaders.thingById.load(r.thingId), "The site"),
    parameter: (r, _, ctx) => loaded(ctx.loaders.parameterById.load(r.parameterId), "The parameter"),
    analysisMethod: (r, _, ctx) => (r.analysisMethodId === null ? null : ctx.loaders.analysisMethodById.load(r.analysisMethodId)),
    observedAt: (r) => r.observationDatetime,
    exceeds: async (r, _, ctx) => (await verdict(r, ctx)).exceeds,
    exceededLimit: async (r, _, ctx) => (await verdict(r, ctx)).exceededLimit,
    limitComparisons: async (r, _, ctx) => (await verdict(r, ctx)).comparisons,
  },
  ChemistryResultConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  ChemistrySummary: {
    parameter: (s, _, ctx) => loaded(ctx.loaders.parameterById.load(s.parameterId), "The parameter"),
    latestValue: (s) => s.latest.value,
    latestUnit: (s) => s.latest.unit,
    latestDetectionFlag: (s) => s.latest.detectionFlag,
    latestObservedAt: (s) => s.latest.observedAt,
  },
  LimitComparison: {
    exceeds: (c) => c.comparison.exceeds,
    valueInLimitUnit: (c) => c.comparison.valueInLimitUnit,
    reason: (c) => c.comparison.reason,
  },
  ImportedChemistryResult: {
    sampleId: (r) => String(r.sampleId),
    observationId: (r) => String(r.observationId),
    parameterId: (r) => String(r.parameterId),
  },
};
