/** Resolvers of src/schema/sampleMutations.graphql: samples and their chemistry results. */
import { parseId } from "../domain/ids.js";
import { deleteObservation } from "../domain/observations/deleteObservation.js";
import { recordWaterChemistry } from "../domain/observations/recordWaterChemistry.js";
import { updateObservation } from "../domain/observations/updateObservation.js";
import { createSample } from "../domain/samples/createSample.js";
import { deleteSample } from "../domain/samples/deleteSample.js";
import { updateSample } from "../domain/samples/updateSample.js";
import type { MutationResolvers } from "../generated/graphql.js";
import { ALL_ERRORS, mutate } from "./mutate.js";

export const sampleMutationResolvers: {
  Mutation: Pick<
    MutationResolvers,
    "createSample" | "updateSample" | "deleteSample" | "recordWaterChemistry" | "updateObservation" | "deleteObservation"
  >;
} = {
  Mutation: {
    createSample: (_, { input }, ctx) =>
      mutate(ctx, ALL_ERRORS, async () => {
        const created = await createSample(ctx, input);
        return {
          __typename: "CreateSampleSuccess" as const,
          sample: created.sample,
          thing: created.thing,
          fieldEventId: String(created.fieldEventId),
          fieldActivityId: String(created.fieldActivityId),
        };
      }),
    updateSample: (_, { id, input }, ctx) =>
      mutate(ctx, ALL_ERRORS, async () => ({ __typename: "UpdateSampleSuccess" as const, sample: await updateSample(ctx, parseId(id), input) })),
    deleteSample: (_, { id }, ctx) =>
      mutate(ctx, ["NotFoundError"], async () => {
        const deleted = await deleteSample(ctx.prisma, parseId(id));
        return { __typename: "DeleteSampleSuccess" as const, deletedId: String(deleted.deletedId), deletedObservationCount: deleted.deletedObservationCount };
      }),
    recordWaterChemistry: (_, { input }, ctx) =>
      mutate(ctx, ["ValidationError", "NotFoundError"], async () => ({
        __typename: "RecordWaterChemistrySuccess" as const,
        ...(await recordWaterChemistry(ctx, input)),
      })),
    updateObservation: (_, { id, input }, ctx) =>
      mutate(ctx, ["ValidationError", "NotFoundError"], async () => ({
        __typename: "UpdateObservationSuccess" as const,
        observation: await updateObservation(ctx, parseId(id), input),
      })),
    deleteObservation: (_, { id }, ctx) =>
      mutate(ctx, ["NotFoundError"], async () => {
        const deleted = await deleteObservation(ctx.prisma, parseId(id));
        return { __typename: "DeleteObservationSuccess" as const, deletedId: String(deleted.deletedId), sampleId: String(deleted.sampleId) };
      }),
  },
};
