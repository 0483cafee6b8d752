import { findThingsPage } from "../domain/things/findThingsPage.js";
import { parsePageRequest } from "../domain/pagination/pageArgs.js";
import type { GroupResolvers } from "../generated/graphql.js";

export const groupResolvers: { Group: GroupResolvers } = {
  Group: {
    things: (group, args, ctx) =>
      findThingsPage(ctx.prisma, { groupAssociations: { some: { groupId: group.id } } }, parsePageRequest(args)),
  },
};
