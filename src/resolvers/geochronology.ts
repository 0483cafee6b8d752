import { parseId } from "../domain/shared/ids.js";
import type { GeochronologyAgeResolvers, QueryResolvers } from "../generated/graphql.js";

export const geochronologyResolvers: {
  Query: Pick<QueryResolvers, "geochronologyAges">;
  GeochronologyAge: GeochronologyAgeResolvers;
} = {
  Query: {
    geochronologyAges: (_, { locationId }, ctx) =>
      ctx.loaders.geochronologyAgesByLocationId.load(parseId(locationId, "locationId")),
  },
  GeochronologyAge: {
    location: async (age, _, ctx) => {
      const location = await ctx.loaders.locationById.load(age.locationId);
      // geochronology_age.location_id is a NOT NULL foreign key, so the location exists.
      if (!location) throw new Error(`Location ${age.locationId} of geochronology age ${age.id} is missing`);
      return location;
    },
  },
};
