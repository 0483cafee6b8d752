import { findGroupsPage } from "../domain/groups/findGroupsPage.js";
import { parseId } from "../domain/shared/ids.js";
import { findThingsPage } from "../domain/things/findThingsPage.js";
import { parsePageRequest } from "../domain/shared/pagination/pageArgs.js";
import { NotFoundError } from "../domain/shared/domainErrors.js";
import type { GroupConnectionResolvers, GroupResolvers, QueryResolvers } from "../generated/graphql.js";

export const groupResolvers: {
  Query: Pick<QueryResolvers, "group" | "groupByName" | "groups">;
  Group: GroupResolvers;
  GroupConnection: Pick<GroupConnectionResolvers, "totalCount">;
} = {
  Query: {
    group: async (_, { id }, ctx) => {
      const group = await ctx.loaders.groupById.load(parseId(id));
      if (!group) throw new NotFoundError("Group", id);
      return group;
    },
    groupByName: async (_, { name }, ctx) => {
      const group = await ctx.loaders.groupByName.load(name);
      if (!group) throw new NotFoundError("Group", name);
      return group;
    },
    groups: (_, args, ctx) => findGroupsPage(ctx.prisma, parsePageRequest(args)),
  },
  Group: {
    things: (group, args, ctx) =>
      findThingsPage(ctx.prisma, ctx.viewer, { groupId: group.id }, parsePageRequest(args)),
  },
  GroupConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
};
