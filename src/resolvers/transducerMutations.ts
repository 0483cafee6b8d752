/** Resolvers of src/schema/transducerMutations.graphql. */
import { parseId } from "../domain/shared/ids.js";
import { deleteTransducerReadings } from "../domain/transducerSeries/deleteTransducerReadings.js";
import { publishTransducerBlock } from "../domain/transducerSeries/publishTransducerBlock.js";
import { setTransducerBlockReview } from "../domain/transducerSeries/setTransducerBlockReview.js";
import type { TransducerRangeChanges } from "../domain/transducerSeries/transducerBlockRules.js";
import type { MutationResolvers, TransducerBlockResolvers } from "../generated/graphql.js";
import { mutate } from "./mutate.js";

function changesOut(changes: TransducerRangeChanges) {
  return {
    deletedReadingCount: changes.deletedReadingCount,
    deletedBlockIds: changes.deletedBlockIds.map(String),
    updatedBlockIds: changes.updatedBlockIds.map(String),
    createdBlockIds: changes.createdBlockIds.map(String),
  };
}

export const transducerMutationResolvers: {
  Mutation: Pick<MutationResolvers, "publishTransducerBlock" | "deleteTransducerReadings" | "setTransducerBlockReview">;
  TransducerBlock: TransducerBlockResolvers;
} = {
  Mutation: {
    publishTransducerBlock: (_, { input }, ctx, info) =>
      mutate<"PublishTransducerBlockResult">(ctx, info, async () => {
        const published = await publishTransducerBlock(ctx, input);
        return {
          __typename: "PublishTransducerBlockSuccess" as const,
          block: published.block,
          readingCount: published.readingCount,
          deploymentId: String(published.deploymentId),
          replaced: changesOut(published.replaced),
        };
      }),
    deleteTransducerReadings: (_, args, ctx, info) =>
      mutate<"DeleteTransducerReadingsResult">(ctx, info, async () => ({
        __typename: "DeleteTransducerReadingsSuccess" as const,
        ...changesOut(await deleteTransducerReadings(ctx, args)),
      })),
    setTransducerBlockReview: (_, { blockId, status }, ctx, info) =>
      mutate<"SetTransducerBlockReviewResult">(ctx, info, async () => ({
        __typename: "SetTransducerBlockReviewSuccess" as const,
        block: await setTransducerBlockReview(ctx, parseId(blockId, "blockId"), status),
      })),
  },
  TransducerBlock: {
    id: (b) => String(b.id),
    wellId: (b) => String(b.thingId),
    well: (b, _, ctx) => ctx.loaders.thingById.load(b.thingId),
    parameter: (b) => b.parameterName,
    start: (b) => b.startDatetime,
    end: (b) => b.endDatetime,
  },
};
