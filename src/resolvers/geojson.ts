import { findThingsFeatureCollection } from "../domain/geojson/thingsFeatureCollection.js";
import type { QueryResolvers } from "../generated/graphql.js";

export const geojsonResolvers: { Query: Pick<QueryResolvers, "thingsGeoJSON"> } = {
  Query: {
    thingsGeoJSON: (_, { filter }, ctx) => findThingsFeatureCollection(ctx.prisma, ctx.viewer, filter),
  },
};
