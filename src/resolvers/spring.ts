import type { Context } from "../context.js";
import { parseId } from "../domain/shared/ids.js";
import { findThingsPage } from "../domain/things/findThingsPage.js";
import { parseThingListArgs } from "../domain/things/thingListArgs.js";
import { thingTypeValues } from "../domain/vocabulary/enumValues.js";
import { NotFoundError } from "../domain/shared/domainErrors.js";
import type { QueryResolvers, SpringConnectionResolvers, SpringResolvers } from "../generated/graphql.js";
import { thingFields } from "./thing.js";
import { thingPageInclude } from "./thingPageInclude.js";

export const springResolvers: {
  Query: Pick<QueryResolvers, "spring" | "springs">;
  Spring: SpringResolvers<Context>;
  SpringConnection: Pick<SpringConnectionResolvers, "totalCount">;
} = {
  Query: {
    spring: async (_, { id }, ctx) => {
      const thing = await ctx.loaders.thingById.load(parseId(id));
      if (!thing || thing.thingType !== thingTypeValues.SPRING) throw new NotFoundError("Spring", id);
      return thing;
    },
    springs: (_, args, ctx, info) => {
      const { filter, page, order } = parseThingListArgs(args, thingTypeValues.SPRING);
      return findThingsPage(ctx.prisma, ctx.viewer, filter, page, order, thingPageInclude(info, ctx));
    },
  },
  Spring: {
    ...thingFields,
    notes: (t, _, ctx) => ctx.loaders.notesByThingId.load(t.id),
  },
  SpringConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
};
