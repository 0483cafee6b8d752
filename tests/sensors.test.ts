/** Sensors and their deployments. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createThing, uniqueName } from "./support/factories.js";
import { createDeployment, createSensor } from "./support/seriesFactories.js";
import { createTestApi, runAsJson, type GraphQLResult, type TestApi } from "./support/testApi.js";

let api: TestApi;

/** Runs an operation and returns its data as a client receives it over HTTP (JSON-serialised). */
function run<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> {
  return runAsJson<T>(api, query, variables);
}

beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("Retrieve sensor notes", () => {
  it("Request sensor notes by sensor ID", async () => {
    const sensor = await createSensor(api.db.prisma, {
      notes: "Vented pressure transducer; factory calibrated 2023-11, 30 m range.",
    });
    const result = await run<{ sensor: { id: string; notes: unknown } }>(`query($id: ID!) { sensor(id: $id) { id notes } }`, {
      id: String(sensor.id),
    });
    expect(result.errors).toBeUndefined();
    expect(typeof result.data?.sensor.notes).toBe("string");
    expect(result.data?.sensor).toEqual({
      id: String(sensor.id),
      notes: "Vented pressure transducer; factory calibrated 2023-11, 30 m range.",
    });
  });

  it("Request sensor notes for a non-existing sensor ID", async () => {
    const result = await run(`{ sensor(id: "9999") { id notes } }`);
    expect(result.data).toEqual({ sensor: null });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.message).toBe("Sensor 9999 not found");
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("sensor(id) with deployments", () => {
  it("returns the sensor's fields and deployments, newest installation first, intervals in minutes", async () => {
    const sensor = await createSensor(api.db.prisma, {
      name: "PT-0001",
      model: "Solinst Levelogger 5",
      serialNo: uniqueName("SN"),
      sensorStatus: "In Service",
      ownerAgency: "NMBGMR",
    });
    const well = await createThing(api.db.prisma);
    const spring = await createThing(api.db.prisma, { thingType: "spring" });
    const unknownDate = await createDeployment(api.db.prisma, well.id, sensor.id, { recordingInterval: 15, recordingIntervalUnits: "ft" });
    const old = await createDeployment(api.db.prisma, spring.id, sensor.id, {
      installationDate: day("2019-03-01"),
      removalDate: day("2022-08-15"),
      recordingInterval: 90,
      recordingIntervalUnits: "second",
      notes: "Removed after a cable failure.",
    });
    const current = await createDeployment(api.db.prisma, well.id, sensor.id, {
      installationDate: day("2024-01-15"),
      recordingInterval: 2,
      recordingIntervalUnits: "hour",
    });
    const noInterval = await createDeployment(api.db.prisma, well.id, sensor.id, { installationDate: day("2023-05-01") });

    const result = await run(
      `query($id: ID!) { sensor(id: $id) {
        id name sensorType model serialNumber sensorStatus ownerAgency
        deployments { id installedOn removedOn recordingIntervalMinutes notes sensor { id } thing { __typename id name } }
      } }`,
      { id: String(sensor.id) },
    );
    expect(result.errors).toBeUndefined();
    const thing = (t: { id: number; name: string }, typename: string) => ({ __typename: typename, id: String(t.id), name: t.name });
    const sensorRef = { id: String(sensor.id) };
    expect(result.data).toEqual({
      sensor: {
        id: String(sensor.id),
        name: "PT-0001",
        sensorType: "Pressure Transducer",
        model: "Solinst Levelogger 5",
        serialNumber: sensor.serialNo,
        sensorStatus: "In Service",
        ownerAgency: "NMBGMR",
        deployments: [
          { id: String(current.id), installedOn: "2024-01-15", removedOn: null, recordingIntervalMinutes: 120, notes: null, sensor: sensorRef, thing: thing(well, "Well") },
          { id: String(noInterval.id), installedOn: "2023-05-01", removedOn: null, recordingIntervalMinutes: null, notes: null, sensor: sensorRef, thing: thing(well, "Well") },
          {
            id: String(old.id),
            installedOn: "2019-03-01",
            removedOn: "2022-08-15",
            recordingIntervalMinutes: 2,
            notes: "Removed after a cable failure.",
            sensor: sensorRef,
            thing: thing(spring, "Spring"),
          },
          // An interval in a unit that is not a time unit has no minutes.
          { id: String(unknownDate.id), installedOn: null, removedOn: null, recordingIntervalMinutes: null, notes: null, sensor: sensorRef, thing: thing(well, "Well") },
        ],
      },
    });
  });
});

describe("sensors(filter)", () => {
  const SENSORS = `query($filter: SensorFilter, $first: Int, $after: String) {
    sensors(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id sensorType } }
    }
  }`;
  interface SensorsPage {
    sensors: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; sensorType: string } }[] };
  }

  it("filters by sensor type (any case) and pages through all matches with no duplicates or gaps", async () => {
    const barometers = [];
    for (let i = 0; i < 5; i += 1) barometers.push(await createSensor(api.db.prisma, { sensorType: "Barometer" }));
    await createSensor(api.db.prisma, { sensorType: "Acoustic Sounder" });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: GraphQLResult<SensorsPage> = await run<SensorsPage>(SENSORS, { filter: { sensorType: "barometer" }, first: 2, after });
      expect(result.errors).toBeUndefined();
      expect(result.data?.sensors.totalCount).toBe(5);
      expect(result.data?.sensors.edges.every((e) => e.node.sensorType === "Barometer")).toBe(true);
      seen.push(...(result.data?.sensors.edges.map((e) => e.node.id) ?? []));
      after = result.data?.sensors.pageInfo.hasNextPage ? result.data.sensors.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(barometers.map((s) => String(s.id)));
  });

  it("sends the same number of statements for 5 and for 50 sensors with deployments, sensors and things", async () => {
    const well = await createThing(api.db.prisma);
    for (let i = 0; i < 50; i += 1) {
      const sensor = await createSensor(api.db.prisma, { sensorType: "Data Logger" });
      await createDeployment(api.db.prisma, well.id, sensor.id, { installationDate: day("2024-01-01") });
    }
    const query = `query($first: Int) { sensors(first: $first, filter: { sensorType: "Data Logger" }) { edges { node {
      name deployments { installedOn sensor { name } thing { name } } } } } }`;
    const five = await run<{ sensors: { edges: { node: { deployments: unknown[] } }[] } }>(query, { first: 5 });
    const fifty = await run<{ sensors: { edges: { node: { deployments: unknown[] } }[] } }>(query, { first: 50 });
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data?.sensors.edges).toHaveLength(50);
    expect(fifty.data?.sensors.edges.every((e) => e.node.deployments.length === 1)).toBe(true);
    // sensors page, deployments, their sensors, their things
    expect(five.statements).toBe(4);
    expect(fifty.statements).toBe(five.statements);
  });
});
