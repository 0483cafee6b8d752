/** Resolvers of src/schema/sensorMutations.graphql: sensors and deployments. */
import { parseId } from "../domain/shared/ids.js";
import { createSensor } from "../domain/sensors/createSensor.js";
import { deleteDeployment } from "../domain/sensors/deleteDeployment.js";
import { deleteSensor } from "../domain/sensors/deleteSensor.js";
import { deploySensor } from "../domain/sensors/deploySensor.js";
import { endDeployment } from "../domain/sensors/endDeployment.js";
import { updateSensor } from "../domain/sensors/updateSensor.js";
import type { MutationResolvers } from "../generated/graphql.js";
import { mutate } from "./mutate.js";

export const sensorMutationResolvers: {
  Mutation: Pick<MutationResolvers, "createSensor" | "updateSensor" | "deleteSensor" | "deploySensor" | "endDeployment" | "deleteDeployment">;
} = {
  Mutation: {
    createSensor: (_, { input }, ctx, info) =>
      mutate<"CreateSensorResult">(ctx, info, async () => ({ __typename: "CreateSensorSuccess" as const, sensor: await createSensor(ctx, input) })),
    updateSensor: (_, { id, input }, ctx, info) =>
      mutate<"UpdateSensorResult">(ctx, info, async () => ({ __typename: "UpdateSensorSuccess" as const, sensor: await updateSensor(ctx, parseId(id), input) })),
    deleteSensor: (_, { id }, ctx, info) =>
      mutate<"DeleteSensorResult">(ctx, info, async () => ({ __typename: "DeleteSensorSuccess" as const, deletedId: String(await deleteSensor(ctx.prisma, parseId(id))) })),
    deploySensor: (_, { input }, ctx, info) =>
      mutate<"DeploySensorResult">(ctx, info, async () => ({ __typename: "DeploySensorSuccess" as const, deployment: await deploySensor(ctx, input) })),
    endDeployment: (_, { id, input }, ctx, info) =>
      mutate<"EndDeploymentResult">(ctx, info, async () => ({ __typename: "EndDeploymentSuccess" as const, deployment: await endDeployment(ctx, parseId(id), input) })),
    deleteDeployment: (_, { id }, ctx, info) =>
      mutate<"DeleteDeploymentResult">(ctx, info, async () => ({
        __typename: "DeleteDeploymentSuccess" as const,
        deletedId: String(await deleteDeployment(ctx.prisma, parseId(id))),
      })),
  },
};
