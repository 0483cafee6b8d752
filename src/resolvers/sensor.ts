import { parseId } from "../domain/shared/ids.js";
import { parsePageRequest } from "../domain/shared/pagination/pageArgs.js";
import { findPageById } from "../domain/shared/pagination/pageById.js";
import { recordingIntervalMinutes } from "../domain/transducerSeries/recordingIntervalMinutes.js";
import { NotFoundError } from "../domain/shared/domainErrors.js";
import type {
  DeploymentResolvers,
  QueryResolvers,
  SensorConnectionResolvers,
  SensorResolvers,
} from "../generated/graphql.js";
import type { Prisma } from "../generated/prisma/client.js";

export const sensorResolvers: {
  Query: Pick<QueryResolvers, "sensor" | "sensors">;
  Sensor: SensorResolvers;
  SensorConnection: Pick<SensorConnectionResolvers, "totalCount">;
  Deployment: DeploymentResolvers;
} = {
  Query: {
    sensor: async (_, { id }, ctx) => {
      const sensor = await ctx.loaders.sensorById.load(parseId(id));
      if (!sensor) throw new NotFoundError("Sensor", id);
      return sensor;
    },
    sensors: (_, args, ctx) => {
      const where: Prisma.SensorWhereInput = args.filter?.sensorType
        ? { sensorType: { equals: args.filter.sensorType, mode: "insensitive" } }
        : {};
      return findPageById(
        parsePageRequest(args),
        (afterId, take, skip) =>
          ctx.prisma.sensor.findMany({
            where: afterId === null ? where : { AND: [where, { id: { gt: afterId } }] },
            orderBy: { id: "asc" },
            skip,
            take,
          }),
        () => ctx.prisma.sensor.count({ where }),
      );
    },
  },
  Sensor: {
    serialNumber: (s) => s.serialNo,
    deployments: (s, _, ctx) => ctx.loaders.deploymentsBySensorId.load(s.id),
  },
  SensorConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Deployment: {
    sensor: async (d, _, ctx) => {
      const sensor = await ctx.loaders.sensorById.load(d.sensorId);
      // deployment.sensor_id is a NOT NULL foreign key: a miss is a broken invariant.
      if (!sensor) throw new Error(`Deployment ${d.id} refers to missing sensor ${d.sensorId}`);
      return sensor;
    },
    installedOn: (d) => d.installationDate,
    removedOn: (d) => d.removalDate,
    recordingIntervalMinutes: (d) => recordingIntervalMinutes(d.recordingInterval, d.recordingIntervalUnits),
    thing: async (d, _, ctx) => {
      const thing = await ctx.loaders.thingById.load(d.thingId);
      // deployment.thing_id is a NOT NULL foreign key: a miss is a broken invariant.
      if (!thing) throw new Error(`Deployment ${d.id} refers to missing thing ${d.thingId}`);
      return thing;
    },
  },
};
