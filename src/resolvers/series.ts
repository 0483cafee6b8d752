import type { Context } from "../context.js";
import { parseId } from "../domain/shared/ids.js";
import { feet } from "../domain/shared/length.js";
import { parseSeriesWindow } from "../domain/shared/series/seriesWindow.js";
import { reviewStatusValues } from "../domain/vocabulary/enumValues.js";
import type {
  GroundwaterLevelConnectionResolvers,
  GroundwaterLevelResolvers,
  QueryResolvers,
  ReviewStatusResolvers,
  TransducerReadingConnectionResolvers,
  TransducerReadingResolvers,
  WellResolvers,
} from "../generated/graphql.js";

export const seriesResolvers: {
  Query: Pick<QueryResolvers, "groundwaterLevels" | "transducerLevels">;
  Well: Pick<WellResolvers<Context>, "groundwaterLevels" | "transducerLevels" | "waterLevelStats">;
  GroundwaterLevel: GroundwaterLevelResolvers;
  GroundwaterLevelConnection: Pick<GroundwaterLevelConnectionResolvers, "totalCount">;
  TransducerReading: TransducerReadingResolvers;
  TransducerReadingConnection: Pick<TransducerReadingConnectionResolvers, "totalCount">;
  ReviewStatus: ReviewStatusResolvers;
} = {
  Query: {
    groundwaterLevels: (_, { wellId, ...args }, ctx) =>
      ctx.loaders.groundwaterLevelPages(parseSeriesWindow(args)).load(parseId(wellId, "wellId")),
    transducerLevels: (_, { wellId, ...args }, ctx) =>
      ctx.loaders.transducerReadingPages(parseSeriesWindow(args)).load(parseId(wellId, "wellId")),
  },
  Well: {
    groundwaterLevels: (well, args, ctx) => ctx.loaders.groundwaterLevelPages(parseSeriesWindow(args)).load(well.id),
    transducerLevels: (well, args, ctx) => ctx.loaders.transducerReadingPages(parseSeriesWindow(args)).load(well.id),
    waterLevelStats: (well, _, ctx) => ctx.loaders.waterLevelStatsByThingId.load(well.id),
  },
  GroundwaterLevel: {
    depthToWater: (level) => feet(level.depthToWater),
    measuringPointHeight: (level) => feet(level.measuringPointHeight),
  },
  GroundwaterLevelConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  TransducerReading: {},
  TransducerReadingConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  ReviewStatus: reviewStatusValues,
};
