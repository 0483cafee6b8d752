/** Resolvers of src/schema/assetMutations.graphql: asset records and their site links. */
import { deleteAsset } from "../domain/assets/deleteAsset.js";
import { recordAsset } from "../domain/assets/recordAsset.js";
import { setAssetThing } from "../domain/assets/setAssetThing.js";
import { updateAsset } from "../domain/assets/updateAsset.js";
import { parseId } from "../domain/shared/ids.js";
import type { MutationResolvers } from "../generated/graphql.js";
import { mutate } from "./mutate.js";

export const assetMutationResolvers: {
  Mutation: Pick<MutationResolvers, "recordAsset" | "updateAsset" | "setAssetThing" | "deleteAsset">;
} = {
  Mutation: {
    recordAsset: (_, { input }, ctx, info) =>
      mutate<"RecordAssetResult">(ctx, info, async () => ({ __typename: "RecordAssetSuccess" as const, ...(await recordAsset(ctx, input)) })),
    updateAsset: (_, { id, input }, ctx, info) =>
      mutate<"UpdateAssetResult">(ctx, info, async () => ({ __typename: "UpdateAssetSuccess" as const, asset: await updateAsset(ctx, parseId(id), input) })),
    setAssetThing: (_, { id, thingId }, ctx, info) =>
      mutate<"SetAssetThingResult">(ctx, info, async () => ({
        __typename: "SetAssetThingSuccess" as const,
        asset: await setAssetThing(ctx, parseId(id), thingId === null || thingId === undefined ? null : parseId(thingId, "thingId")),
      })),
    deleteAsset: (_, { id }, ctx, info) =>
      mutate<"DeleteAssetResult">(ctx, info, async () => ({
        __typename: "DeleteAssetSuccess" as const,
        deletedId: String(await deleteAsset({ prisma: ctx.prisma, store: ctx.assetFiles?.store ?? null, log: ctx.log }, parseId(id))),
      })),
  },
};
