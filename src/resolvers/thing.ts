import { findThingsPage } from "../domain/things/findThingsPage.js";
import { parseThingListArgs } from "../domain/things/thingListArgs.js";
import { parseId } from "../domain/shared/ids.js";
import { thingTypeValues } from "../domain/vocabulary/enumValues.js";
import { NotFoundError } from "../domain/shared/domainErrors.js";
import type {
  AlternateIdResolvers,
  QueryResolvers,
  ResolversTypes,
  ThingConnectionResolvers,
  ThingResolvers,
  ThingTypeResolvers,
  ReleaseStatusResolvers,
} from "../generated/graphql.js";
import type { ThingModel } from "../schema/mappers.js";
import type { Context } from "../context.js";
import { releaseStatusValues } from "../domain/vocabulary/enumValues.js";
import { thingPageInclude } from "./thingPageInclude.js";

/** Resolvers of the fields every `Thing` implementation shares. */
export const thingFields = {
  currentLocation: (t: ThingModel, _: unknown, ctx: Context) => ctx.loaders.currentLocationByThingId.load(t.id),
  groups: (t: ThingModel, _: unknown, ctx: Context) => ctx.loaders.groupsByThingId.load(t.id),
  alternateIds: (t: ThingModel, _: unknown, ctx: Context) => ctx.loaders.alternateIdsByThingId.load(t.id),
  contacts: (t: ThingModel, _: unknown, ctx: Context) => ctx.loaders.contactsByThingId.load(t.id),
};

/** The GraphQL object type that represents a stored thing type. */
export function thingTypeName(thing: ThingModel): "Well" | "Spring" | "Station" {
  if (thing.thingType === thingTypeValues.WATER_WELL) return "Well";
  if (thing.thingType === thingTypeValues.SPRING) return "Spring";
  return "Station";
}

export const thingResolvers: {
  Query: Pick<QueryResolvers, "thing" | "things">;
  Thing: ThingResolvers;
  ThingConnection: Pick<ThingConnectionResolvers, "totalCount">;
  AlternateId: AlternateIdResolvers;
  ThingType: ThingTypeResolvers;
  ReleaseStatus: ReleaseStatusResolvers;
} = {
  Query: {
    thing: async (_, { id }, ctx) => {
      const thing = await ctx.loaders.thingById.load(parseId(id));
      if (!thing) throw new NotFoundError("Thing", id);
      return thing;
    },
    things: (_, args, ctx, info) => {
      const { filter, page, order } = parseThingListArgs(args);
      return findThingsPage(ctx.prisma, ctx.viewer, filter, page, order, thingPageInclude(info, ctx));
    },
  },
  Thing: {
    __resolveType: (thing) => thingTypeName(thing),
  },
  ThingConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  AlternateId: {
    organization: (link) => link.alternateOrganization,
  },
  ThingType: thingTypeValues,
  ReleaseStatus: releaseStatusValues,
};

export type { ResolversTypes };
