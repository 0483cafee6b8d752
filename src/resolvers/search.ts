import { parseSearchRequest } from "../domain/search/parseSearchRequest.js";
import { searchAll } from "../domain/search/searchAll.js";
import type { QueryResolvers, SearchHitResolvers } from "../generated/graphql.js";

export const searchResolvers: { Query: Pick<QueryResolvers, "search">; SearchHit: SearchHitResolvers } = {
  Query: {
    search: (_, args, ctx) => searchAll(ctx.prisma, ctx.viewer, parseSearchRequest(args)),
  },
  SearchHit: {
    thing: (hit, _, ctx) => (hit.thingId === null ? null : ctx.loaders.thingById.load(hit.thingId)),
    contact: (hit, _, ctx) => (hit.contactId === null ? null : ctx.loaders.contactById.load(hit.contactId)),
    asset: (hit, _, ctx) => (hit.assetId === null ? null : ctx.loaders.assetById.load(hit.assetId)),
  },
};
