/**
 * Sensors and deployments: unique identifiers, a deployed sensor cannot be deleted, a sensor is
 * at one site at a time (also under concurrency), removal not before installation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createThing, uniqueName } from "./support/factories.js";
import { ERROR_FIELDS, errorFields, isoDay, utcDay } from "./support/mutationFactories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const CREATE = `mutation($input: CreateSensorInput!) { createSensor(input: $input) {
  ${errorFields("ValidationError", "ConflictError")} ... on CreateSensorSuccess { sensor { id name sensorType model serialNumber notes } } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateSensorInput!) { updateSensor(id: $id, input: $input) {
  ${ERROR_FIELDS} ... on UpdateSensorSuccess { sensor { id name model serialNumber } } } }`;
const DELETE = `mutation($id: ID!) { deleteSensor(id: $id) { ${errorFields("ConflictError", "NotFoundError")} ... on DeleteSensorSuccess { deletedId } } }`;
const DEPLOY = `mutation($input: DeploySensorInput!) { deploySensor(input: $input) {
  ${ERROR_FIELDS} ... on DeploySensorSuccess { deployment { id installedOn removedOn recordingIntervalMinutes sensor { id } } } } }`;
const END = `mutation($id: ID!, $input: EndDeploymentInput!) { endDeployment(id: $id, input: $input) {
  ${errorFields("ValidationError", "NotFoundError")} ... on EndDeploymentSuccess { deployment { id installedOn removedOn } } } }`;
const DELETE_DEPLOYMENT = `mutation($id: ID!) { deleteDeployment(id: $id) {
  ${errorFields("ConflictError", "NotFoundError")} ... on DeleteDeploymentSuccess { deletedId } } }`;

type Payload = { __typename: string } & Record<string, unknown>;

async function newSensorId(extra: Record<string, unknown> = {}): Promise<string> {
  const result = await api.run<{ createSensor: Payload & { sensor: { id: string } } }>(CREATE, {
    input: { name: uniqueName("Transducer"), sensorType: "Pressure Transducer", ...extra },
  });
  expect(result.data?.createSensor.__typename).toBe("CreateSensorSuccess");
  return String(result.data?.createSensor.sensor.id);
}

async function deploy(input: Record<string, unknown>): Promise<Payload & { deployment?: { id: string } }> {
  const result = await api.run<{ deploySensor: Payload & { deployment?: { id: string } } }>(DEPLOY, { input });
  expect(result.errors).toBeUndefined();
  const payload = result.data?.deploySensor;
  if (!payload) throw new Error("no payload");
  return payload;
}

describe("sensors", () => {
  it("creates, updates partially and deletes an undeployed sensor", async () => {
    const serial = uniqueName("SN");
    const created = await api.run<{ createSensor: Payload & { sensor: { id: string } } }>(CREATE, {
      input: { name: " Level logger ", sensorType: "pressure transducer", model: "Solinst 3001", serialNumber: serial, notes: "Vented" },
    });
    const id = created.data?.createSensor.sensor.id;
    expect(created.data?.createSensor).toEqual({
      __typename: "CreateSensorSuccess",
      sensor: { id, name: "Level logger", sensorType: "Pressure Transducer", model: "Solinst 3001", serialNumber: serial, notes: "Vented" },
    });
    expect((await api.run(UPDATE, { id, input: { model: null } })).data).toEqual({
      updateSensor: { __typename: "UpdateSensorSuccess", sensor: { id, name: "Level logger", model: null, serialNumber: serial } },
    });
    expect((await api.run(UPDATE, { id, input: { name: null, sensorType: null } })).data?.updateSensor).toMatchObject({
      __typename: "ValidationError",
      fieldErrors: [
        { path: ["input", "name"], message: "Name cannot be null" },
        { path: ["input", "sensorType"], message: "Sensor type cannot be null" },
      ],
    });
    expect((await api.run(DELETE, { id })).data).toEqual({ deleteSensor: { __typename: "DeleteSensorSuccess", deletedId: id } });
    expect((await api.run(DELETE, { id })).data?.deleteSensor).toEqual({
      __typename: "NotFoundError",
      message: `Sensor ${id} not found`,
      entity: "Sensor",
      id,
    });
    expect((await api.run(UPDATE, { id, input: { notes: "x" } })).data?.updateSensor).toMatchObject({ __typename: "NotFoundError" });
  });

  it("gives ConflictError naming the field and the holder for a serial number in use", async () => {
    const serial = uniqueName("SN");
    const holder = await newSensorId({ serialNumber: serial });
    const result = await api.run(CREATE, { input: { name: "Other", sensorType: "Barometer", serialNumber: serial } });
    expect(result.data?.createSensor).toEqual({
      __typename: "ConflictError",
      message: `Serial number "${serial}" is already used by sensor ${holder}`,
      constraint: "sensor_serial_no_key",
      fields: ["serialNumber"],
    });
    const other = await newSensorId();
    expect((await api.run(UPDATE, { id: other, input: { serialNumber: serial } })).data?.updateSensor).toMatchObject({
      __typename: "ConflictError",
      constraint: "sensor_serial_no_key",
    });
    // Its own serial number is not a conflict.
    expect((await api.run(UPDATE, { id: holder, input: { serialNumber: serial } })).data?.updateSensor).toMatchObject({
      __typename: "UpdateSensorSuccess",
    });
  });

  it("refuses to delete a deployed sensor with a ConflictError naming the deployment", async () => {
    const sensorId = await newSensorId();
    const thing = await createThing(api.db.prisma);
    const deployed = await deploy({ sensorId, thingId: String(thing.id), installedOn: "2024-01-10" });
    const result = await api.run(DELETE, { id: sensorId });
    expect(result.errors).toBeUndefined();
    expect(result.data?.deleteSensor).toEqual({
      __typename: "ConflictError",
      message: `Sensor ${sensorId} has 1 deployment(s) (${deployed.deployment?.id}); delete them before deleting the sensor`,
      constraint: "deployment_sensor_id_fkey",
      fields: ["sensorId"],
    });
    expect(await api.db.prisma.sensor.count({ where: { id: Number(sensorId) } })).toBe(1);
  });
});

describe("deploySensor", () => {
  it("deploys a sensor with its recording interval", async () => {
    const sensorId = await newSensorId();
    const thing = await createThing(api.db.prisma);
    const payload = await deploy({
      sensorId,
      thingId: String(thing.id),
      installedOn: "2024-02-01",
      recordingInterval: 2,
      recordingIntervalUnit: "hour",
      hangingCableLength: { value: 30, unit: "METER" },
    });
    expect(payload).toEqual({
      __typename: "DeploySensorSuccess",
      deployment: { id: payload.deployment?.id, installedOn: "2024-02-01", removedOn: null, recordingIntervalMinutes: 120, sensor: { id: sensorId } },
    });
    const row = await api.db.prisma.deployment.findUniqueOrThrow({ where: { id: Number(payload.deployment?.id) } });
    expect(row.hangingCableLength).toBeCloseTo(98.4251969, 6);
  });

  it("refuses an open or overlapping deployment of the same sensor, naming the one it clashes with", async () => {
    const sensorId = await newSensorId();
    const [wellA, wellB] = [await createThing(api.db.prisma), await createThing(api.db.prisma)];
    const past = await deploy({ sensorId, thingId: String(wellA.id), installedOn: "2023-01-01", removedOn: "2023-06-30" });
    const open = await deploy({ sensorId, thingId: String(wellA.id), installedOn: "2024-01-01" });
    expect([past.__typename, open.__typename]).toEqual(["DeploySensorSuccess", "DeploySensorSuccess"]);

    const clashOpen = await deploy({ sensorId, thingId: String(wellB.id), installedOn: "2024-03-01" });
    expect(clashOpen).toEqual({
      __typename: "ConflictError",
      message: `Sensor ${sensorId} is already deployed at thing ${wellA.id} in deployment ${open.deployment?.id} (installed 2024-01-01, not removed)`,
      constraint: "deployment_sensor_no_overlap",
      fields: ["sensorId", "installedOn", "removedOn"],
    });
    const clashPast = await deploy({ sensorId, thingId: String(wellB.id), installedOn: "2023-06-01", removedOn: "2023-08-01" });
    expect(clashPast).toMatchObject({
      __typename: "ConflictError",
      message: `Sensor ${sensorId} is already deployed at thing ${wellA.id} in deployment ${past.deployment?.id} (installed 2023-01-01, removed 2023-06-30)`,
    });
    // The removal day of one deployment may be the installation day of the next.
    const sameDay = await deploy({ sensorId, thingId: String(wellB.id), installedOn: "2023-06-30", removedOn: "2023-12-31" });
    expect(sameDay.__typename).toBe("DeploySensorSuccess");
    expect(await api.db.prisma.deployment.count({ where: { sensorId: Number(sensorId) } })).toBe(3);
  });

  it("lets exactly one of two concurrent deployments of one sensor succeed", async () => {
    const sensorId = await newSensorId();
    const wells = await Promise.all([1, 2, 3].map(() => createThing(api.db.prisma)));
    const results = await Promise.all(wells.map((w) => deploy({ sensorId, thingId: String(w.id), installedOn: "2024-04-01" })));
    expect(results.map((r) => r.__typename).sort()).toEqual(["ConflictError", "ConflictError", "DeploySensorSuccess"]);
    expect(await api.db.prisma.deployment.count({ where: { sensorId: Number(sensorId) } })).toBe(1);
  });

  it("lists every invalid field and reports a missing sensor or thing", async () => {
    const sensorId = await newSensorId();
    const thing = await createThing(api.db.prisma);
    const invalid = await deploy({
      sensorId,
      thingId: String(thing.id),
      installedOn: isoDay(1),
      removedOn: "2020-01-01",
      recordingInterval: 0,
      hangingCableLength: { value: -1, unit: "FOOT" },
    });
    expect(invalid).toEqual({
      __typename: "ValidationError",
      message: expect.any(String),
      fieldErrors: [
        { path: ["input", "installedOn"], message: "Installation date cannot be in the future" },
        { path: ["input", "removedOn"], message: `Removal date must not be before installation date (${isoDay(1)})` },
        { path: ["input", "recordingInterval"], message: "Recording interval must be greater than 0" },
        { path: ["input", "recordingIntervalUnit"], message: "Recording interval unit is required with a recording interval" },
        { path: ["input", "hangingCableLength"], message: "Hanging cable length must be greater than 0" },
      ],
    });
    expect(await deploy({ sensorId, thingId: String(thing.id), installedOn: "2024-01-01", recordingInterval: 15, recordingIntervalUnit: "ft" })).toEqual({
      __typename: "ValidationError",
      message: "Recording interval unit must be one of second, minute, hour",
      fieldErrors: [{ path: ["input", "recordingIntervalUnit"], message: "Recording interval unit must be one of second, minute, hour" }],
    });
    expect(await deploy({ sensorId: "999999", thingId: String(thing.id), installedOn: "2024-01-01" })).toMatchObject({
      __typename: "NotFoundError",
      message: "Sensor 999999 not found",
    });
    expect(await deploy({ sensorId, thingId: "999999", installedOn: "2024-01-01" })).toMatchObject({
      __typename: "NotFoundError",
      message: "Thing 999999 not found",
    });
  });
});

describe("endDeployment and deleteDeployment", () => {
  it("ends a deployment on a date not before installation, once", async () => {
    const sensorId = await newSensorId();
    const thing = await createThing(api.db.prisma);
    const { deployment } = await deploy({ sensorId, thingId: String(thing.id), installedOn: "2024-01-15" });
    const id = deployment?.id;
    expect((await api.run(END, { id, input: { removedOn: "2024-01-14" } })).data?.endDeployment).toEqual({
      __typename: "ValidationError",
      message: "Removal date must not be before installation date (2024-01-15)",
      fieldErrors: [{ path: ["input", "removedOn"], message: "Removal date must not be before installation date (2024-01-15)" }],
    });
    expect((await api.run(END, { id, input: { removedOn: "2024-03-01" } })).data).toEqual({
      endDeployment: { __typename: "EndDeploymentSuccess", deployment: { id, installedOn: "2024-01-15", removedOn: "2024-03-01" } },
    });
    expect((await api.run(END, { id, input: { removedOn: "2024-04-01" } })).data?.endDeployment).toMatchObject({
      __typename: "ValidationError",
      fieldErrors: [{ path: ["input", "removedOn"], message: `Deployment ${id} was removed on 2024-03-01 already` }],
    });
    expect((await api.db.prisma.deployment.findUniqueOrThrow({ where: { id: Number(id) } })).removalDate).toEqual(utcDay("2024-03-01"));
    expect((await api.run(END, { id: "999999", input: { removedOn: "2024-04-01" } })).data?.endDeployment).toMatchObject({
      __typename: "NotFoundError",
      entity: "Deployment",
    });
  });

  it("deletes a deployment without readings and refuses one with readings", async () => {
    const sensorId = await newSensorId();
    const thing = await createThing(api.db.prisma);
    const empty = await deploy({ sensorId, thingId: String(thing.id), installedOn: "2022-01-01", removedOn: "2022-02-01" });
    const withData = await deploy({ sensorId, thingId: String(thing.id), installedOn: "2022-03-01", removedOn: "2022-04-01" });
    const parameter = await api.db.prisma.parameter.findFirstOrThrow({ where: { parameterName: "groundwater level" } });
    await api.db.prisma.transducerObservation.create({
      data: { deploymentId: Number(withData.deployment?.id), parameterId: parameter.id, observationDatetime: new Date("2022-03-02T00:00:00Z"), value: 42 },
    });
    expect((await api.run(DELETE_DEPLOYMENT, { id: withData.deployment?.id })).data?.deleteDeployment).toEqual({
      __typename: "ConflictError",
      message: `Deployment ${withData.deployment?.id} has 1 transducer reading(s); deleting it would delete them`,
      constraint: "transducer_observation_deployment_id_fkey",
      fields: ["deploymentId"],
    });
    expect((await api.run(DELETE_DEPLOYMENT, { id: empty.deployment?.id })).data).toEqual({
      deleteDeployment: { __typename: "DeleteDeploymentSuccess", deletedId: empty.deployment?.id },
    });
    expect((await api.run(DELETE_DEPLOYMENT, { id: empty.deployment?.id })).data?.deleteDeployment).toMatchObject({ __typename: "NotFoundError" });
  });
});
