/**
 * Transducer review blocks: publishing (validation of timestamps, one transaction, constant
 * statements, deployment choice), overlap conflicts and replaceOverlapping, deleting a range with
 * blocks deleted / narrowed / split, approving / un-approving a block, and the COPY-based ingest
 * of reading files (library, HTTP route, command line).
 */
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ANONYMOUS_CALLER, callerFromGroups } from "../src/auth/caller.js";
import { ingestTransducerCsv } from "../src/domain/transducerSeries/ingestTransducerCsv.js";

import { createThing } from "./support/factories.js";
import { createDeployment, createReadings, createReviewBlock, createSensor } from "./support/seriesFactories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";
import { readingCount } from "./support/transducerFactories.js";
import { startImportServer } from "./support/importServer.js";

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const HOUR = 3_600_000;
const T0 = Date.parse("2025-03-01T00:00:00Z");
const at = (hours: number) => new Date(T0 + hours * HOUR).toISOString();

const PUBLISH = `
  mutation Publish($input: PublishTransducerBlockInput!) {
    publishTransducerBlock(input: $input) {
      __typename
      ... on PublishTransducerBlockSuccess {
        readingCount deploymentId
        block { id wellId well { id name } parameter start end reviewStatus releaseStatus comment sourceFile sourceKind corrections }
        replaced { deletedReadingCount deletedBlockIds updatedBlockIds createdBlockIds }
      }
      ... on ValidationError { message fieldErrors { path message } }
      ... on ConflictError { message constraint fields }
      ... on NotFoundError { message entity id }
    }
  }`;

const DELETE = `
  mutation Delete($wellId: ID!, $parameter: ParameterName!, $from: DateTime!, $to: DateTime!) {
    deleteTransducerReadings(wellId: $wellId, parameter: $parameter, from: $from, to: $to) {
      __typename
      ... on DeleteTransducerReadingsSuccess { deletedReadingCount deletedBlockIds updatedBlockIds createdBlockIds }
      ... on ValidationError { message fieldErrors { path message } }
      ... on NotFoundError { message entity id }
    }
  }`;

const REVIEW = `
  mutation Review($blockId: ID!, $status: ReviewStatus!) {
    setTransducerBlockReview(blockId: $blockId, status: $status) {
      __typename
      ... on SetTransducerBlockReviewSuccess { block { id reviewStatus start end } }
      ... on NotFoundError { message entity id }
    }
  }`;

interface Block {
  id: string;
  start: string;
  end: string;
  reviewStatus: string;
}
type Result = Record<string, unknown> & { __typename: string };

async function publish(input: Record<string, unknown>) {
  const result = await api.run<{ publishTransducerBlock: Result }>(PUBLISH, { input });
  return { ...result, payload: JSON.parse(JSON.stringify(result.data?.publishTransducerBlock ?? null)) as Result };
}

async function wellWithDeployment() {
  const well = await createThing(api.db.prisma);
  const sensor = await createSensor(api.db.prisma);
  const deployment = await createDeployment(api.db.prisma, well.id, sensor.id, { installationDate: new Date("2024-01-01") });
  return { well, deployment };
}

function readings(hours: number[], value = (h: number) => 100 + h / 10) {
  return hours.map((h) => ({ timestamp: at(h), value: value(h) }));
}

/** Blocks of the well as stored, by start. */
async function blocksOf(thingId: number) {
  const rows = await api.db.prisma.transducerObservationBlock.findMany({ where: { thingId }, orderBy: [{ startDatetime: "asc" }, { id: "asc" }] });
  return rows.map((b) => ({ id: b.id, start: b.startDatetime.toISOString(), end: b.endDatetime.toISOString(), reviewStatus: b.reviewStatus }));
}

async function storedTimes(deploymentId: number) {
  const rows = await api.db.prisma.transducerObservation.findMany({ where: { deploymentId }, orderBy: { observationDatetime: "asc" } });
  return rows.map((r) => r.observationDatetime.toISOString());
}

describe("publishTransducerBlock", () => {
  it("writes the readings and a block spanning them, in one transaction", async () => {
    const { well, deployment } = await wellWithDeployment();
    const result = await publish({
      wellId: String(well.id),
      parameter: "Groundwater Level",
      reviewStatus: "APPROVED",
      releaseStatus: "PROVISIONAL",
      comment: " shifted to manual ",
      sourceFile: "NM-1_2025-03.csv",
      sourceKind: "logger download",
      corrections: [{ kind: "offset", feet: -0.12, operator: "jd" }],
      readings: [
        { timestamp: "2025-03-01T00:00:00-07:00", value: 101.5, note: "shifted -0.12 ft" },
        { timestamp: "2025-03-01T08:00:00Z", value: 101.25 },
        { timestamp: "2025-03-01T09:30:00Z", value: 101 },
      ],
    });
    expect(result.errors).toBeUndefined();
    const block = (result.payload.block ?? {}) as Record<string, unknown>;
    expect(result.payload).toEqual({
      __typename: "PublishTransducerBlockSuccess",
      readingCount: 3,
      deploymentId: String(deployment.id),
      block: {
        id: block.id,
        wellId: String(well.id),
        well: { id: String(well.id), name: well.name },
        parameter: "groundwater level",
        start: "2025-03-01T07:00:00.000Z",
        end: "2025-03-01T09:30:00.000Z",
        reviewStatus: "APPROVED",
        releaseStatus: "PROVISIONAL",
        comment: "shifted to manual",
        sourceFile: "NM-1_2025-03.csv",
        sourceKind: "logger download",
        corrections: [{ kind: "offset", feet: -0.12, operator: "jd" }],
      },
      replaced: { deletedReadingCount: 0, deletedBlockIds: [], updatedBlockIds: [], createdBlockIds: [] },
    });
    const stored = await api.db.prisma.transducerObservation.findMany({ where: { deploymentId: deployment.id }, orderBy: { observationDatetime: "asc" } });
    expect(stored.map((r) => [r.observationDatetime.toISOString(), r.value, r.note, r.releaseStatus])).toEqual([
      ["2025-03-01T07:00:00.000Z", 101.5, "shifted -0.12 ft", "provisional"],
      ["2025-03-01T08:00:00.000Z", 101.25, null, "provisional"],
      ["2025-03-01T09:30:00.000Z", 101, null, "provisional"],
    ]);
    // The readings read back as approved through the series of engineer B's API.
    const series = await api.run<{ transducerLevels: { edges: { node: { status: string } }[] } }>(
      `query($w: ID!) { transducerLevels(wellId: $w, first: 10) { edges { node { status } } } }`,
      { w: String(well.id) },
    );
    expect(series.data?.transducerLevels.edges.map((e) => e.node.status)).toEqual(["APPROVED", "APPROVED", "APPROVED"]);
  });

  it("lists every reading whose timestamp does not strictly increase, and writes nothing", async () => {
    const { well, deployment } = await wellWithDeployment();
    const before = await readingCount(api.db.prisma);
    const result = await publish({
      wellId: String(well.id),
      parameter: "groundwater level",
      reviewStatus: "NOT_REVIEWED",
      readings: readings([0, 1, 1, 3, 2, 4, 5, 4]),
    });
    expect(result.payload).toEqual({
      __typename: "ValidationError",
      message: "Timestamps must strictly increase; 3 readings do not: 2, 4, 7",
      fieldErrors: [
        {
          path: ["input", "readings", "2", "timestamp"],
          message: `Timestamp ${at(1)} of reading 2 is not after that of reading 1 (${at(1)}); timestamps must strictly increase`,
        },
        {
          path: ["input", "readings", "4", "timestamp"],
          message: `Timestamp ${at(2)} of reading 4 is not after that of reading 3 (${at(3)}); timestamps must strictly increase`,
        },
        {
          path: ["input", "readings", "7", "timestamp"],
          message: `Timestamp ${at(4)} of reading 7 is not after that of reading 6 (${at(5)}); timestamps must strictly increase`,
        },
      ],
    });
    expect(result.statements).toBe(0);
    expect(await readingCount(api.db.prisma)).toBe(before);
    expect(await blocksOf(well.id)).toEqual([]);
    expect(await storedTimes(deployment.id)).toEqual([]);
  });

  it("rejects an empty block, over-long lineage and timestamps without a UTC offset", async () => {
    const { well } = await wellWithDeployment();
    const empty = await publish({
      wellId: String(well.id),
      parameter: "groundwater level",
      reviewStatus: "NOT_REVIEWED",
      sourceKind: "x".repeat(51),
      readings: [],
    });
    expect(empty.payload).toEqual({
      __typename: "ValidationError",
      message: "2 fields are invalid: input.readings, input.sourceKind",
      fieldErrors: [
        { path: ["input", "readings"], message: "A block needs at least one reading" },
        { path: ["input", "sourceKind"], message: "Source kind must be at most 50 characters" },
      ],
    });
    const naive = await api.run(PUBLISH, {
      input: { wellId: String(well.id), parameter: "groundwater level", reviewStatus: "APPROVED", readings: [{ timestamp: "2025-03-01T00:00:00", value: 1 }] },
    });
    expect(naive.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(naive.errors?.[0]?.message).toContain("DateTime");
    expect(await blocksOf(well.id)).toEqual([]);
  });

  it("rejects more than 100,000 readings", async () => {
    const { well } = await wellWithDeployment();
    const many = Array.from({ length: 100_001 }, (_, i) => ({ timestamp: new Date(T0 + i * 60_000).toISOString(), value: 1 }));
    const result = await publish({ wellId: String(well.id), parameter: "groundwater level", reviewStatus: "APPROVED", readings: many });
    expect(result.payload).toEqual({
      __typename: "ValidationError",
      message: "A block holds at most 100000 readings (got 100001)",
      fieldErrors: [{ path: ["input", "readings"], message: "A block holds at most 100000 readings (got 100001)" }],
    });
    expect(await blocksOf(well.id)).toEqual([]);
  });

  it("publishes 100,000 readings with the same number of statements as 3", async () => {
    const small = await wellWithDeployment();
    const large = await wellWithDeployment();
    const three = await publish({ wellId: String(small.well.id), parameter: "groundwater level", reviewStatus: "APPROVED", readings: readings([0, 1, 2]) });
    const many = Array.from({ length: 100_000 }, (_, i) => ({ timestamp: new Date(T0 + i * 60_000).toISOString(), value: 100 + (i % 97) / 100 }));
    const started = performance.now();
    const hundredThousand = await publish({ wellId: String(large.well.id), parameter: "groundwater level", reviewStatus: "NOT_REVIEWED", readings: many });
    const elapsed = performance.now() - started;
    expect(three.payload.readingCount).toBe(3);
    expect(hundredThousand.payload.readingCount).toBe(100_000);
    expect(hundredThousand.statements).toBe(three.statements);
    expect(await readingCount(api.db.prisma, large.deployment.id)).toBe(100_000);
    expect(elapsed).toBeLessThan(30_000);
  }, 60_000);

  it("chooses the only deployment covering the span, else asks for one", async () => {
    const well = await createThing(api.db.prisma);
    const none = await publish({ wellId: String(well.id), parameter: "groundwater level", reviewStatus: "APPROVED", readings: readings([0, 1]) });
    expect(none.payload).toEqual({
      __typename: "ValidationError",
      message: `No deployment of well ${well.name} covers ${at(0)} to ${at(1)}; give the deployment id`,
      fieldErrors: [{ path: ["input", "deploymentId"], message: `No deployment of well ${well.name} covers ${at(0)} to ${at(1)}; give the deployment id` }],
    });
    const old = await createDeployment(api.db.prisma, well.id, (await createSensor(api.db.prisma)).id, {
      installationDate: new Date("2020-01-01"),
      removalDate: new Date("2024-12-31"),
    });
    const current = await createDeployment(api.db.prisma, well.id, (await createSensor(api.db.prisma)).id, { installationDate: new Date("2025-01-01") });
    const chosen = await publish({ wellId: String(well.id), parameter: "groundwater level", reviewStatus: "APPROVED", readings: readings([0, 1]) });
    expect(chosen.payload.deploymentId).toBe(String(current.id));
    const second = await createDeployment(api.db.prisma, well.id, (await createSensor(api.db.prisma)).id);
    const ambiguous = await publish({ wellId: String(well.id), parameter: "groundwater level", reviewStatus: "APPROVED", readings: readings([5, 6]) });
    expect(ambiguous.payload).toMatchObject({
      __typename: "ValidationError",
      message: `Deployments ${current.id}, ${second.id} of well ${well.name} all cover ${at(5)} to ${at(6)}; give the deployment id`,
    });
    const explicit = await publish({
      wellId: String(well.id),
      parameter: "groundwater level",
      deploymentId: String(old.id),
      reviewStatus: "APPROVED",
      readings: readings([-1000, -999]),
    });
    expect(explicit.payload).toMatchObject({ __typename: "PublishTransducerBlockSuccess", deploymentId: String(old.id) });

    const elsewhere = await wellWithDeployment();
    const foreign = await publish({
      wellId: String(well.id),
      parameter: "groundwater level",
      deploymentId: String(elsewhere.deployment.id),
      reviewStatus: "APPROVED",
      readings: readings([10]),
    });
    expect(foreign.payload).toEqual({
      __typename: "ValidationError",
      message: `Deployment ${elsewhere.deployment.id} is not at well ${well.name} (id ${well.id})`,
      fieldErrors: [{ path: ["input", "deploymentId"], message: `Deployment ${elsewhere.deployment.id} is not at well ${well.name} (id ${well.id})` }],
    });
    const unknown = await publish({ wellId: String(well.id), parameter: "groundwater level", deploymentId: "999999", reviewStatus: "APPROVED", readings: readings([10]) });
    expect(unknown.payload).toEqual({ __typename: "NotFoundError", message: "Deployment 999999 not found", entity: "Deployment", id: "999999" });
    const noWell = await publish({ wellId: "999999", parameter: "groundwater level", reviewStatus: "APPROVED", readings: readings([10]) });
    expect(noWell.payload).toEqual({ __typename: "NotFoundError", message: "Well 999999 not found", entity: "Well", id: "999999" });
  });

  it("gives a ConflictError listing the overlapping blocks, and writes nothing", async () => {
    const { well, deployment } = await wellWithDeployment();
    const first = await publish({ wellId: String(well.id), parameter: "groundwater level", reviewStatus: "APPROVED", readings: readings([0, 1, 2]) });
    const second = await publish({ wellId: String(well.id), parameter: "groundwater level", reviewStatus: "NOT_REVIEWED", readings: readings([5, 6]) });
    const firstId = String((first.payload.block as Block).id);
    const secondId = String((second.payload.block as Block).id);
    const before = await storedTimes(deployment.id);

    const overlapping = await publish({ wellId: String(well.id), parameter: "groundwater level", reviewStatus: "APPROVED", readings: readings([2, 3, 4, 5]) });
    expect(overlapping.payload).toEqual({
      __typename: "ConflictError",
      message: `The span ${at(2)} to ${at(5)} overlaps existing blocks ${firstId}, ${secondId} of the same well and parameter; set replaceOverlapping to replace them`,
      constraint: "transducer_block_overlap",
      fields: [firstId, secondId],
    });
    expect(await storedTimes(deployment.id)).toEqual(before);
    expect((await blocksOf(well.id)).map((b) => String(b.id))).toEqual([firstId, secondId]);

    // Another parameter of the same well does not overlap.
    const other = await publish({ wellId: String(well.id), parameter: "pH", reviewStatus: "APPROVED", readings: readings([2, 3]) });
    expect(other.payload.__typename).toBe("PublishTransducerBlockSuccess");
  });

  it("lets exactly one of two concurrent overlapping publishes through", async () => {
    const { well } = await wellWithDeployment();
    const [a, b] = await Promise.all([
      publish({ wellId: String(well.id), parameter: "groundwater level", reviewStatus: "APPROVED", readings: readings([0, 1, 2]) }),
      publish({ wellId: String(well.id), parameter: "groundwater level", reviewStatus: "APPROVED", readings: readings([2, 3, 4]) }),
    ]);
    expect([a.payload.__typename, b.payload.__typename].sort()).toEqual(["ConflictError", "PublishTransducerBlockSuccess"]);
    expect(await blocksOf(well.id)).toHaveLength(1);
  });

  it("gives a ConflictError for a reading at an instant already stored outside any block", async () => {
    const { well, deployment } = await wellWithDeployment();
    await createReadings(api.db.prisma, deployment.id, [{ at: new Date(at(3)), value: 5 }]);
    const result = await publish({ wellId: String(well.id), parameter: "groundwater level", reviewStatus: "APPROVED", readings: readings([2, 3]) });
    expect(result.payload).toMatchObject({
      __typename: "ConflictError",
      constraint: "uq_transducer_observation_deployment_parameter_datetime",
      fields: ["deploymentId", "parameterId", "observationDatetime"],
    });
    expect(await storedTimes(deployment.id)).toEqual([at(3)]);
    expect(await blocksOf(well.id)).toEqual([]);
  });

  it("replaceOverlapping deletes and narrows the overlapped blocks in the same transaction", async () => {
    const { well, deployment } = await wellWithDeployment();
    // Readings every hour 0..20; blocks A [0,4] (narrowed to [0,3]), B [5,7] (deleted), C [8,20] (narrowed to [10,20]).
    await createReadings(api.db.prisma, deployment.id, Array.from({ length: 21 }, (_, h) => ({ at: new Date(at(h)), value: h })));
    const a = await createReviewBlock(api.db.prisma, well.id, { reviewStatus: "approved", start: new Date(at(0)), end: new Date(at(4)) });
    const b = await createReviewBlock(api.db.prisma, well.id, { reviewStatus: "approved", start: new Date(at(5)), end: new Date(at(7)) });
    const c = await createReviewBlock(api.db.prisma, well.id, { reviewStatus: "approved", start: new Date(at(8)), end: new Date(at(20)) });
    await api.db.prisma.transducerObservationBlock.update({ where: { id: c.id }, data: { comment: "C", sourceFile: "c.csv" } });

    // New block: 3:30 .. 9:30 (one reading every 30 minutes)
    const fresh = Array.from({ length: 13 }, (_, i) => ({ timestamp: at(3.5 + i / 2), value: 50 + i }));
    const result = await publish({
      wellId: String(well.id),
      parameter: "groundwater level",
      reviewStatus: "NOT_REVIEWED",
      readings: fresh,
      replaceOverlapping: true,
    });
    expect(result.errors).toBeUndefined();
    const replaced = result.payload.replaced as Record<string, unknown>;
    // readings 4,5,6,7,8,9 were inside [3:30, 9:30]
    expect(replaced.deletedReadingCount).toBe(6);
    expect(replaced.deletedBlockIds).toEqual([String(b.id)]);
    expect(replaced.updatedBlockIds).toEqual([String(a.id), String(c.id)]);
    const createdIds = replaced.createdBlockIds as string[];
    expect(createdIds).toHaveLength(0);
    const newId = Number((result.payload.block as Block).id);
    expect(await blocksOf(well.id)).toEqual([
      { id: a.id, start: at(0), end: at(3), reviewStatus: "approved" },
      { id: newId, start: at(3.5), end: at(9.5), reviewStatus: "not reviewed" },
      { id: c.id, start: at(10), end: at(20), reviewStatus: "approved" },
    ]);
    const times = await storedTimes(deployment.id);
    expect(times).toHaveLength(21 - 6 + 13);
    expect(times.filter((t) => t >= at(3.5) && t <= at(9.5))).toEqual(fresh.map((r) => r.timestamp));
  });
});

describe("deleteTransducerReadings", () => {
  it("deletes the range and deletes, narrows or splits the blocks it touches", async () => {
    const { well, deployment } = await wellWithDeployment();
    const sensor2 = await createSensor(api.db.prisma);
    const second = await createDeployment(api.db.prisma, well.id, sensor2.id);
    await createReadings(api.db.prisma, deployment.id, Array.from({ length: 24 }, (_, h) => ({ at: new Date(at(h)), value: h })));
    await createReadings(api.db.prisma, second.id, [{ at: new Date(at(12.5)), value: 1 }, { at: new Date(at(30)), value: 1 }]);
    const inside = await createReviewBlock(api.db.prisma, well.id, { reviewStatus: "approved", start: new Date(at(11)), end: new Date(at(13)) });
    const spanning = await createReviewBlock(api.db.prisma, well.id, { reviewStatus: "approved", start: new Date(at(0)), end: new Date(at(23)) });
    await api.db.prisma.transducerObservationBlock.update({ where: { id: spanning.id }, data: { comment: "reviewed by jd", sourceFile: "a.csv" } });
    const leftOnly = await createReviewBlock(api.db.prisma, well.id, { reviewStatus: null, start: new Date(at(-5)), end: new Date(at(10.5)) });
    const untouched = await createReviewBlock(api.db.prisma, well.id, { reviewStatus: "approved", start: new Date(at(25)), end: new Date(at(30)) });

    const result = await api.run<{ deleteTransducerReadings: Result }>(DELETE, {
      wellId: String(well.id),
      parameter: "groundwater level",
      from: at(10.25),
      to: at(14),
    });
    expect(result.errors).toBeUndefined();
    const payload = result.data?.deleteTransducerReadings as Record<string, unknown>;
    // hourly readings 11, 12, 13 of the first deployment and 12:30 of the second
    expect(payload.deletedReadingCount).toBe(4);
    expect(payload.deletedBlockIds).toEqual([String(inside.id)]);
    expect(payload.updatedBlockIds).toEqual([String(spanning.id), String(leftOnly.id)]);
    const created = payload.createdBlockIds as string[];
    expect(created).toHaveLength(1);
    expect(await blocksOf(well.id)).toEqual([
      { id: leftOnly.id, start: at(-5), end: at(10), reviewStatus: null },
      { id: spanning.id, start: at(0), end: at(10), reviewStatus: "approved" },
      { id: Number(created[0]), start: at(14), end: at(23), reviewStatus: "approved" },
      { id: untouched.id, start: at(25), end: at(30), reviewStatus: "approved" },
    ]);
    const copy = await api.db.prisma.transducerObservationBlock.findUniqueOrThrow({ where: { id: Number(created[0]) } });
    expect([copy.comment, copy.sourceFile]).toEqual(["reviewed by jd", "a.csv"]);
    expect(await storedTimes(second.id)).toEqual([at(30)]);
    expect((await storedTimes(deployment.id)).filter((t) => t >= at(10.25) && t < at(14))).toEqual([]);
    expect(await readingCount(api.db.prisma, deployment.id)).toBe(21);
  });

  it("rejects an empty or reversed range and an unknown well", async () => {
    const { well } = await wellWithDeployment();
    const reversed = await api.run<{ deleteTransducerReadings: Result }>(DELETE, { wellId: String(well.id), parameter: "groundwater level", from: at(2), to: at(2) });
    expect(reversed.data?.deleteTransducerReadings).toEqual({
      __typename: "ValidationError",
      message: `"to" (${at(2)}) must be after "from" (${at(2)})`,
      fieldErrors: [{ path: ["to"], message: `"to" (${at(2)}) must be after "from" (${at(2)})` }],
    });
    const unknown = await api.run<{ deleteTransducerReadings: Result }>(DELETE, { wellId: "999999", parameter: "groundwater level", from: at(0), to: at(2) });
    expect(unknown.data?.deleteTransducerReadings).toEqual({ __typename: "NotFoundError", message: "Well 999999 not found", entity: "Well", id: "999999" });
  });
});

describe("setTransducerBlockReview", () => {
  it("approves and un-approves a block, which changes the status of its readings", async () => {
    const { well } = await wellWithDeployment();
    const published = await publish({ wellId: String(well.id), parameter: "groundwater level", reviewStatus: "NOT_REVIEWED", readings: readings([0, 1]) });
    const blockId = (published.payload.block as Block).id;
    const statuses = async () =>
      (
        await api.run<{ transducerLevels: { edges: { node: { status: string } }[] } }>(
          `query($w: ID!) { transducerLevels(wellId: $w, first: 10) { edges { node { status } } } }`,
          { w: String(well.id) },
        )
      ).data?.transducerLevels.edges.map((e) => e.node.status);
    expect(await statuses()).toEqual(["NOT_REVIEWED", "NOT_REVIEWED"]);

    const approved = await api.run<{ setTransducerBlockReview: Result }>(REVIEW, { blockId, status: "APPROVED" });
    expect(JSON.parse(JSON.stringify(approved.data?.setTransducerBlockReview))).toEqual({
      __typename: "SetTransducerBlockReviewSuccess",
      block: { id: blockId, reviewStatus: "APPROVED", start: at(0), end: at(1) },
    });
    expect(await statuses()).toEqual(["APPROVED", "APPROVED"]);
    const hydrograph = await api.run<{ hydrograph: { blocks: { id: string; status: string }[] } }>(
      `query($w: ID!) { hydrograph(wellId: $w) { blocks { id status } } }`,
      { w: String(well.id) },
    );
    expect(hydrograph.data?.hydrograph.blocks).toEqual([{ id: blockId, status: "APPROVED" }]);

    const unapproved = await api.run<{ setTransducerBlockReview: Result }>(REVIEW, { blockId, status: "NOT_REVIEWED" });
    expect((unapproved.data?.setTransducerBlockReview.block as Block).reviewStatus).toBe("NOT_REVIEWED");
    expect(await statuses()).toEqual(["NOT_REVIEWED", "NOT_REVIEWED"]);
    expect((await api.db.prisma.transducerObservationBlock.findUniqueOrThrow({ where: { id: Number(blockId) } })).reviewStatus).toBe("not reviewed");

    const unknown = await api.run<{ setTransducerBlockReview: Result }>(REVIEW, { blockId: "999999", status: "APPROVED" });
    expect(unknown.data?.setTransducerBlockReview).toEqual({
      __typename: "NotFoundError",
      message: "TransducerBlock 999999 not found",
      entity: "TransducerBlock",
      id: "999999",
    });
  });
});

describe("ingestTransducerCsv (COPY into staging, validated in SQL)", () => {
  const csvOf = (lines: string[]) => Readable.from([`${lines.join("\n")}\n`]);
  const minutes = (n: number, start = T0) =>
    Array.from({ length: n }, (_, i) => `${new Date(start + i * 60_000).toISOString()},${(100 + i / 100).toFixed(2)}`);

  async function ingest(wellName: string, lines: string[] | Readable, extra: Partial<Parameters<typeof ingestTransducerCsv>[0]> = {}) {
    return ingestTransducerCsv({
      pool: api.db.pool,
      well: { name: wellName },
      parameter: "groundwater level",
      source: Array.isArray(lines) ? csvOf(lines) : lines,
      sourceFile: "logger.csv",
      ...extra,
    });
  }

  it("loads the readings and a not-reviewed block with the file's lineage, in one transaction", async () => {
    const { well, deployment } = await wellWithDeployment();
    const result = await ingest(well.name, ["observation_datetime,value,note,ignored", `${at(0)},101.5,raw,x`, "2025-02-28 18:00:00-07:00,101.25,,y", `${at(2)},101,,z`]);
    expect(result.status).toBe("IMPORTED");
    expect(result.summary).toEqual({ totalRowsProcessed: 3, totalRowsImported: 3, validationErrors: 0 });
    expect(result.readingCount).toBe(3);
    expect(result.deploymentId).toBe(deployment.id);
    expect(await storedTimes(deployment.id)).toEqual([at(0), at(1), at(2)]);
    const notes = await api.db.prisma.transducerObservation.findMany({ where: { deploymentId: deployment.id }, orderBy: { observationDatetime: "asc" } });
    expect(notes.map((r) => [r.value, r.note])).toEqual([
      [101.5, "raw"],
      [101.25, null],
      [101, null],
    ]);
    const block = await api.db.prisma.transducerObservationBlock.findUniqueOrThrow({ where: { id: result.blockId ?? 0 } });
    expect([block.reviewStatus, block.sourceFile, block.sourceKind, block.startDatetime.toISOString(), block.endDatetime.toISOString()]).toEqual([
      "not reviewed",
      "logger.csv",
      "csv import",
      at(0),
      at(2),
    ]);
  });

  it("compares instants, not text: 01:00-07:00 is 08:00Z, after the next row", async () => {
    const { well } = await wellWithDeployment();
    const result = await ingest(well.name, ["timestamp,value", `${at(0)},1`, "2025-03-01T01:00:00-07:00,2", `${at(2)},3`]);
    expect(result.status).toBe("REJECTED_ROWS");
    expect(result.problems).toEqual([
      {
        kind: "INVALID_VALUE",
        row: 3,
        field: "timestamp",
        value: at(2),
        message: `timestamp ${at(2)} is not after the previous row's (${at(8)}); timestamps must strictly increase`,
      },
    ]);
  });

  it("lists every bad row (up to the limit, then a count) and writes nothing", async () => {
    const { well, deployment } = await wellWithDeployment();
    const result = await ingest(
      well.name,
      ["timestamp,value", `${at(0)},1`, "2025-03-01T01:00:00,2", "2025-02-30T00:00:00Z,3", `${at(3)},abc`, `${at(4)},`, `${at(3)},6`, `${at(6)},7`, ",8", "yesterday,9"],
      { maxProblems: 3 },
    );
    expect(result.status).toBe("REJECTED_ROWS");
    expect(result.problems).toEqual([
      { kind: "INVALID_VALUE", row: 2, field: "timestamp", value: "2025-03-01T01:00:00", message: "timestamp must be an ISO 8601 date-time with a UTC offset, e.g. 2025-02-15T10:30:00-07:00" },
      { kind: "INVALID_VALUE", row: 3, field: "timestamp", value: "2025-02-30T00:00:00Z", message: "timestamp 2025-02-30T00:00:00Z is not a real date-time" },
      { kind: "MISSING_VALUE", row: 8, field: "timestamp", value: null, message: "timestamp is required" },
      { kind: "INVALID_VALUE", row: null, field: null, value: null, message: "... and 1 more rows with invalid timestamps" },
      { kind: "INVALID_VALUE", row: 4, field: "value", value: "abc", message: "value must be a number" },
      { kind: "MISSING_VALUE", row: 5, field: "value", value: null, message: "value is required" },
      { kind: "DUPLICATE_VALUE", row: 6, field: "timestamp", value: at(3), message: `timestamp ${at(3)} appears in rows 4, 6` },
      { kind: "INVALID_VALUE", row: 6, field: "timestamp", value: at(3), message: `timestamp ${at(3)} is not after the previous row's (${at(4)}); timestamps must strictly increase` },
    ]);
    expect(await storedTimes(deployment.id)).toEqual([]);
    expect(await blocksOf(well.id)).toEqual([]);
  });

  it("rejects structurally unusable files", async () => {
    const { well } = await wellWithDeployment();
    const cases: [string[] | Readable, string][] = [
      [Readable.from([]), "EMPTY_FILE"],
      [["timestamp;value", `${at(0)};1`], "WRONG_DELIMITER"],
      [["timestamp,reading", `${at(0)},1`], "MISSING_COLUMNS"],
      [["timestamp,value,value", `${at(0)},1,2`], "DUPLICATE_COLUMN"],
      [["timestamp,value", `${at(0)},1,surplus`], "MALFORMED_CSV"],
      [["timestamp,value"], "NO_DATA_ROWS"],
    ];
    for (const [lines, kind] of cases) {
      const result = await ingest(well.name, lines);
      expect(result.status).toBe("REJECTED_FILE");
      expect(result.problems.map((p) => p.kind)).toEqual([kind]);
    }
    expect(await blocksOf(well.id)).toEqual([]);
  });

  it("conflicts with overlapping blocks and stored readings unless replaceOverlapping", async () => {
    const { well, deployment } = await wellWithDeployment();
    const first = await ingest(well.name, ["timestamp,value", ...minutes(10)]);
    expect(first.status).toBe("IMPORTED");
    const overlap = await ingest(well.name, ["timestamp,value", ...minutes(10, T0 + 5 * 60_000)]);
    expect(overlap.status).toBe("REJECTED_ROWS");
    expect(overlap.problems).toEqual([
      {
        kind: "CONFLICT",
        row: null,
        field: null,
        value: String(first.blockId),
        message: `The span ${new Date(T0 + 5 * 60_000).toISOString()} to ${new Date(T0 + 14 * 60_000).toISOString()} overlaps existing block ${first.blockId} of the same well and parameter; set replaceOverlapping to replace it`,
      },
    ]);
    const replaced = await ingest(well.name, ["timestamp,value", ...minutes(10, T0 + 5 * 60_000)], { replaceOverlapping: true });
    expect(replaced.status).toBe("IMPORTED");
    expect(replaced.replaced).toEqual({ deletedReadingCount: 5, deletedBlockIds: [], updatedBlockIds: [first.blockId], createdBlockIds: [] });
    expect(await storedTimes(deployment.id)).toHaveLength(15);
    expect((await blocksOf(well.id)).map((b) => [b.start, b.end])).toEqual([
      [new Date(T0).toISOString(), new Date(T0 + 4 * 60_000).toISOString()],
      [new Date(T0 + 5 * 60_000).toISOString(), new Date(T0 + 14 * 60_000).toISOString()],
    ]);
    // A stored reading outside any block at an instant of the file is a duplicate.
    await createReadings(api.db.prisma, deployment.id, [{ at: new Date(T0 + 60 * 60_000), value: 1 }]);
    const duplicate = await ingest(well.name, ["timestamp,value", ...minutes(3, T0 + 59 * 60_000)]);
    expect(duplicate.problems).toEqual([
      { kind: "DUPLICATE_VALUE", row: 2, field: "timestamp", value: at(1), message: `A reading at ${at(1)} is already stored for deployment ${deployment.id}` },
    ]);
    const unknown = await ingest("NO-SUCH-WELL", ["timestamp,value", ...minutes(2)]);
    expect(unknown.problems).toEqual([{ kind: "UNKNOWN_REFERENCE", row: null, field: null, value: null, message: "Well NO-SUCH-WELL not found" }]);
  });

  it("keeps the event loop responsive while 300,000 rows stream in", async () => {
    const { well } = await wellWithDeployment();
    async function* rows(): AsyncGenerator<string> {
      yield "timestamp,value\n";
      for (let chunk = 0; chunk < 300; chunk += 1) {
        yield minutes(1_000, T0 + chunk * 1_000 * 60_000).join("\n") + "\n";
      }
    }
    let longest = 0;
    let last = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 5);
    const result = await ingest(well.name, Readable.from(rows()));
    clearInterval(timer);
    expect(result.status).toBe("IMPORTED");
    expect(result.readingCount).toBe(300_000);
    expect(longest).toBeLessThan(250);
  }, 120_000);
});

describe("POST /imports/transducer-readings and npm run import -- transducer", () => {
  it("streams a text/csv body into the ingest; the CLI loads a file", async () => {
    const { well, deployment } = await wellWithDeployment();
    const importServer = await startImportServer(api, async (h) => ({ caller: h === "Bearer editor" ? callerFromGroups(["Editor"]) : ANONYMOUS_CALLER, user: { id: "e1", name: "Editor One" } }));
    const base = `${importServer.url}/imports/transducer-readings`;
    try {
      const body = ["timestamp,value", `${at(0)},1`, `${at(1)},2`].join("\n");
      const ok = await fetch(`${base}?well=${encodeURIComponent(well.name)}&parameter=groundwater%20level&reviewStatus=APPROVED&sourceFile=a.csv`, {
        method: "POST",
        headers: { "content-type": "text/csv", authorization: "Bearer editor" },
        body,
      });
      expect(ok.status).toBe(201);
      expect(await ok.json()).toMatchObject({ status: "IMPORTED", readingCount: 2, deploymentId: deployment.id });
      const again = await fetch(`${base}?wellId=${well.id}&parameter=groundwater%20level`, {
        method: "POST",
        headers: { "content-type": "text/csv", authorization: "Bearer editor" },
        body,
      });
      expect(again.status).toBe(422);
      expect(await again.json()).toMatchObject({ status: "REJECTED_ROWS", problems: [{ kind: "CONFLICT" }] });
      const badParameter = await fetch(`${base}?wellId=${well.id}&parameter=nonsense`, {
        method: "POST",
        headers: { "content-type": "text/csv", authorization: "Bearer editor" },
        body,
      });
      expect(badParameter.status).toBe(400);
      const anonymous = await fetch(`${base}?wellId=${well.id}&parameter=groundwater%20level`, { method: "POST", headers: { "content-type": "text/csv" }, body });
      expect(anonymous.status).toBe(401);
      const block = (await blocksOf(well.id))[0];
      expect(block?.reviewStatus).toBe("approved");
    } finally {
      await importServer.close();
    }

    const file = join(tmpdir(), `readings-${process.pid}.csv`);
    await writeFile(file, ["timestamp,value", `${at(10)},1`, `${at(11)},2`, `${at(12)},3`].join("\n"));
    const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/import.ts", "transducer", "--well", well.name, "--parameter", "Groundwater Level", file], {
      env: { ...process.env, DATABASE_URL: api.db.url },
      cwd: new URL("..", import.meta.url).pathname,
    });
    expect(stdout).toContain("IMPORTED: 3 of 3 rows imported, 0 problem(s)");
    expect(await storedTimes(deployment.id)).toEqual([at(0), at(1), at(10), at(11), at(12)]);
  }, 60_000);
});
