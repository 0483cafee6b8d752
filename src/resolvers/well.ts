import type { Context } from "../context.js";
import { findThingsPage } from "../domain/things/findThingsPage.js";
import { thingWhere } from "../domain/things/thingWhere.js";
import { parsePageRequest } from "../domain/pagination/pageArgs.js";
import { parseId } from "../domain/ids.js";
import { feet } from "../domain/length.js";
import { thingTypeValues } from "../domain/vocabulary/enumValues.js";
import { EntityNotFoundError } from "../errors/NotFoundError.js";
import type {
  QueryResolvers,
  SpringResolvers,
  StationResolvers,
  WellConnectionResolvers,
  WellResolvers,
} from "../generated/graphql.js";
import { thingFields } from "./thing.js";

export const wellResolvers: {
  Query: Pick<QueryResolvers, "well" | "wells">;
  Well: WellResolvers<Context>;
  Spring: SpringResolvers<Context>;
  Station: StationResolvers<Context>;
  WellConnection: Pick<WellConnectionResolvers, "totalCount">;
} = {
  Query: {
    well: async (_, { id }, ctx) => {
      const thing = await ctx.loaders.thingById.load(parseId(id));
      if (!thing || thing.thingType !== thingTypeValues.WATER_WELL) throw new EntityNotFoundError("Well", id);
      return thing;
    },
    wells: (_, args, ctx) =>
      findThingsPage(
        ctx.prisma,
        thingWhere({ ...args.filter, thingTypes: [thingTypeValues.WATER_WELL] }),
        parsePageRequest(args),
      ),
  },
  Well: {
    ...thingFields,
    holeDepth: (t) => feet(t.holeDepth),
    wellDepth: (t) => feet(t.wellDepth),
  },
  Spring: { ...thingFields },
  Station: { ...thingFields },
  WellConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
};
