/** Resolvers of src/schema/sensorMutations.graphql: sensors and deployments. */
import { parseId } from "../domain/ids.js";
import { createSensor } from "../domain/sensors/createSensor.js";
import { deleteDeployment } from "../domain/sensors/deleteDeployment.js";
import { deleteSensor } from "../domain/sensors/deleteSensor.js";
import { deploySensor } from "../domain/sensors/deploySensor.js";
import { endDeployment } from "../domain/sensors/endDeployment.js";
import { updateSensor } from "../domain/sensors/updateSensor.js";
import type { MutationResolvers } from "../generated/graphql.js";
import { ALL_ERRORS, mutate } from "./mutate.js";

export const sensorMutationResolvers: {
  Mutation: Pick<MutationResolvers, "createSensor" | "updateSensor" | "deleteSensor" | "deploySensor" | "endDeployment" | "deleteDeployment">;
} = {
  Mutation: {
    createSensor: (_, { input }, ctx) =>
      mutate(ctx, ["ValidationError", "ConflictError"], async () => ({ __typename: "CreateSensorSuccess" as const, sensor: await createSensor(ctx, input) })),
    updateSensor: (_, { id, input }, ctx) =>
      mutate(ctx, ALL_ERRORS, async () => ({ __typename: "UpdateSensorSuccess" as const, sensor: await updateSensor(ctx, parseId(id), input) })),
    deleteSensor: (_, { id }, ctx) =>
      mutate(ctx, ["ConflictError", "NotFoundError"], async () => ({ __typename: "DeleteSensorSuccess" as const, deletedId: String(await deleteSensor(ctx.prisma, parseId(id))) })),
    deploySensor: (_, { input }, ctx) =>
      mutate(ctx, ALL_ERRORS, async () => ({ __typename: "DeploySensorSuccess" as const, deployment: await deploySensor(ctx, input) })),
    endDeployment: (_, { id, input }, ctx) =>
      mutate(ctx, ["ValidationError", "NotFoundError"], async () => ({ __typename: "EndDeploymentSuccess" as const, deployment: await endDeployment(ctx, parseId(id), input) })),
    deleteDeployment: (_, { id }, ctx) =>
      mutate(ctx, ["ConflictError", "NotFoundError"], async () => ({
        __typename: "DeleteDeploymentSuccess" as const,
        deletedId: String(await deleteDeployment(ctx.prisma, parseId(id))),
      })),
  },
};
