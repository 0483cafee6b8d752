/** Resolvers of src/schema/hydrograph.graphql. */
import { findHydrograph } from "../domain/hydrographs/findHydrograph.js";
import { parseHydrographArgs } from "../domain/hydrographs/hydrographArgs.js";
import { parseId } from "../domain/shared/ids.js";
import type {
  HydrographBlockResolvers,
  HydrographResolvers,
  HydrographSeriesResolvers,
  QueryResolvers,
} from "../generated/graphql.js";

export const hydrographResolvers: {
  Query: Pick<QueryResolvers, "hydrograph">;
  Hydrograph: HydrographResolvers;
  HydrographSeries: HydrographSeriesResolvers;
  HydrographBlock: HydrographBlockResolvers;
} = {
  Query: {
    hydrograph: (_, { wellId, ...args }, ctx) => findHydrograph(ctx.prisma, ctx.viewer, parseId(wellId, "wellId"), parseHydrographArgs(args)),
  },
  Hydrograph: {
    wellId: (h) => String(h.wellId),
    from: (h) => h.range.from,
    to: (h) => h.range.to,
  },
  HydrographSeries: {
    times: (s) => s.times.map((ms) => new Date(ms)),
    count: (s) => s.times.length,
    columns: (s) => ({ t: s.times, v: s.values }),
  },
  HydrographBlock: {
    id: (b) => String(b.id),
  },
};
