/** Resolvers of src/schema/sampleMutations.graphql: samples and their chemistry results. */
import { parseId } from "../domain/shared/ids.js";
import { deleteObservation } from "../domain/chemistry/deleteObservation.js";
import { recordWaterChemistry } from "../domain/chemistry/recordWaterChemistry.js";
import { updateObservation } from "../domain/chemistry/updateObservation.js";
import { createSample } from "../domain/samples/createSample.js";
import { deleteSample } from "../domain/samples/deleteSample.js";
import { updateSample } from "../domain/samples/updateSample.js";
import type { MutationResolvers } from "../generated/graphql.js";
import { mutate } from "./mutate.js";

export const sampleMutationResolvers: {
  Mutation: Pick<
    MutationResolvers,
    "createSample" | "updateSample" | "deleteSample" | "recordWaterChemistry" | "updateObservation" | "deleteObservation"
  >;
} = {
  Mutation: {
    createSample: (_, { input }, ctx, info) =>
      mutate<"CreateSampleResult">(ctx, info, async () => {
        const created = await createSample(ctx, input);
        return {
          __typename: "CreateSampleSuccess" as const,
          sample: created.sample,
          thing: created.thing,
          fieldEventId: String(created.fieldEventId),
          fieldActivityId: String(created.fieldActivityId),
        };
      }),
    updateSample: (_, { id, input }, ctx, info) =>
      mutate<"UpdateSampleResult">(ctx, info, async () => ({ __typename: "UpdateSampleSuccess" as const, sample: await updateSample(ctx, parseId(id), input) })),
    deleteSample: (_, { id }, ctx, info) =>
      mutate<"DeleteSampleResult">(ctx, info, async () => {
        const deleted = await deleteSample(ctx.prisma, parseId(id));
        return { __typename: "DeleteSampleSuccess" as const, deletedId: String(deleted.deletedId), deletedObservationCount: deleted.deletedObservationCount };
      }),
    recordWaterChemistry: (_, { input }, ctx, info) =>
      mutate<"RecordWaterChemistryResult">(ctx, info, async () => ({
        __typename: "RecordWaterChemistrySuccess" as const,
        ...(await recordWaterChemistry(ctx, input)),
      })),
    updateObservation: (_, { id, input }, ctx, info) =>
      mutate<"UpdateObservationResult">(ctx, info, async () => ({
        __typename: "UpdateObservationSuccess" as const,
        observation: await updateObservation(ctx, parseId(id), input),
      })),
    deleteObservation: (_, { id }, ctx, info) =>
      mutate<"DeleteObservationResult">(ctx, info, async () => {
        const deleted = await deleteObservation(ctx.prisma, parseId(id));
        return { __typename: "DeleteObservationSuccess" as const, deletedId: String(deleted.deletedId), sampleId: String(deleted.sampleId) };
      }),
  },
};
