import { findThingsFeatureCollection } from "../domain/maps/thingsFeatureCollection.js";
import type { QueryResolvers } from "../generated/graphql.js";

export const geojsonResolvers: { Query: Pick<QueryResolvers, "thingsGeoJSON"> } = {
  Query: {
    thingsGeoJSON: (_, { filter, latestLevel }, ctx) =>
      findThingsFeatureCollection(ctx.prisma, ctx.viewer, filter, { latestLevel: latestLevel ?? false }),
  },
};
