import type { Context } from "../context.js";
import { assetDownloadUrl, assetThumbnailUrl, type DownloadUrlDeps } from "../domain/assets/assetDownloadUrl.js";
import { findAssetsPage } from "../domain/assets/findAssetsPage.js";
import { parseId } from "../domain/shared/ids.js";
import { parsePageRequest } from "../domain/shared/pagination/pageArgs.js";
import { NotFoundError } from "../domain/shared/domainErrors.js";
import type {
  AssetConnectionResolvers,
  AssetResolvers,
  QueryResolvers,
  SpringResolvers,
  WellResolvers,
} from "../generated/graphql.js";

function downloadDeps(ctx: Context): DownloadUrlDeps {
  return { store: ctx.assetFiles?.store ?? null, viewer: ctx.viewer, ttlSeconds: ctx.assetFiles?.urlTtlSeconds ?? 0 };
}

export const assetResolvers: {
  Query: Pick<QueryResolvers, "asset" | "assets">;
  Asset: AssetResolvers;
  AssetConnection: Pick<AssetConnectionResolvers, "totalCount">;
  Well: Pick<WellResolvers, "assets">;
  Spring: Pick<SpringResolvers, "assets">;
} = {
  Query: {
    asset: async (_, { id }, ctx) => {
      const asset = await ctx.loaders.assetById.load(parseId(id));
      if (!asset) throw new NotFoundError("Asset", id);
      return asset;
    },
    assets: (_, { thingId, ...page }, ctx) =>
      findAssetsPage(ctx.prisma, ctx.viewer, thingId === null || thingId === undefined ? null : parseId(thingId, "thingId"), parsePageRequest(page)),
  },
  Asset: {
    things: (a, _, ctx) => ctx.loaders.thingsByAssetId.load(a.id),
    url: (a, _, ctx) => assetDownloadUrl(downloadDeps(ctx), a),
    thumbnailUrl: (a, _, ctx) => assetThumbnailUrl(downloadDeps(ctx), a),
  },
  AssetConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Well: {
    assets: (t, _, ctx) => ctx.loaders.assetsByThingId.load(t.id),
  },
  Spring: {
    assets: (t, _, ctx) => ctx.loaders.assetsByThingId.load(t.id),
  },
};
