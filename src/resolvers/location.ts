import { locationFeature } from "../domain/maps/locationFeature.js";
import { toUtmNad83 } from "../domain/locations/utm.js";
import { parseId } from "../domain/shared/ids.js";
import { findLocationsPage } from "../domain/locations/findLocationsPage.js";
import { parsePageRequest } from "../domain/shared/pagination/pageArgs.js";
import { feet, metersToFeet } from "../domain/shared/length.js";
import { NotFoundError } from "../domain/shared/domainErrors.js";
import type { LocationConnectionResolvers, LocationResolvers, QueryResolvers } from "../generated/graphql.js";

export const locationResolvers: {
  Query: Pick<QueryResolvers, "location" | "locations">;
  Location: LocationResolvers;
  LocationConnection: Pick<LocationConnectionResolvers, "totalCount">;
} = {
  Query: {
    location: async (_, { id }, ctx) => {
      const location = await ctx.loaders.locationById.load(parseId(id));
      if (!location) throw new NotFoundError("Location", id);
      return location;
    },
    locations: (_, { filter, ...page }, ctx) => findLocationsPage(ctx.prisma, ctx.viewer, filter, parsePageRequest(page)),
  },
  LocationConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Location: {
    elevation: (l) => feet(l.elevation === null ? null : metersToFeet(l.elevation)),
    verticalDatum: (l) => (l.elevation === null ? null : "NAVD88"),
    utm: (l) => toUtmNad83(l.latitude, l.longitude),
    notes: (l, _, ctx) => ctx.loaders.notesByLocationId.load(l.id),
    feature: async (l, _, ctx) => {
      const notes = await ctx.loaders.notesByLocationId.load(l.id);
      return locationFeature(l, {
        notes: notes.map((n) => ({ id: n.id, note_type: n.noteType, content: n.content })),
      });
    },
  },
};
