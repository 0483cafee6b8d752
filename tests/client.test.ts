/**
 * The typed client of clients/typescript: its example well-page script, run against a server
 * started in-process on a test database, both as a function and as a command; the result types
 * come from the schema (tsc checks the type assertions below, including fragment masking).
 */
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";

import type { LengthUnit, ReleaseStatus } from "../clients/typescript/src/gql/graphql.js";
import {
  fetchWellPage,
  formatWellPage,
  WellPageQuery,
  type WellPage,
  type WellSummary,
} from "../clients/typescript/src/examples/wellPage.js";
import { GraphQLRequestError, request } from "../clients/typescript/src/request.js";
import type { RunningServer } from "../src/server/createServer.js";
import { createThing, uniqueName } from "./support/factories.js";
import { createManualLevel } from "./support/seriesFactories.js";
import { createFullWell } from "./support/wellFactories.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";
import { startTestServer } from "./support/testServer.js";

let db: TestDatabase;
let server: RunningServer;
let graphqlUrl: string;
let wellName: string;
let wellId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db);
  graphqlUrl = `${server.url}/graphql`;
  const { well, location } = await createFullWell(db.prisma);
  // Anonymous callers see released records only: release the well's location too.
  await db.prisma.location.update({ where: { id: location.id }, data: { releaseStatus: "public" } });
  wellName = well.name;
  wellId = well.id;
  // MP history of the full well: 2.1 ft from 2018-07-01.
  await createManualLevel(db.prisma, well.id, { measuredAt: new Date("2024-05-01T16:00:00Z"), value: 102.1 });
  await createManualLevel(db.prisma, well.id, { measuredAt: new Date("2024-06-01T16:00:00Z"), value: 98.1 });
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

describe("clients/typescript example: well page", () => {
  it("returns the typed well page", async () => {
    const page = await fetchWellPage(graphqlUrl, wellName);
    if (!page) throw new Error("no page");
    const { summary, ...rest } = page;
    expect(rest).toEqual({
      id: String(wellId),
      levelCount: 2,
      latestLevels: [
        { measuredAt: "2024-06-01T16:00:00.000Z", depthToWaterFt: 96, method: "Electric tape measurement (E-probe)" },
        { measuredAt: "2024-05-01T16:00:00.000Z", depthToWaterFt: 100, method: "Electric tape measurement (E-probe)" },
      ],
    });
    // Masking is a matter of types: at run time the fragment's object is the query's own.
    expect(summary).toMatchObject({
      name: wellName,
      siteName: "John Smith Well",
      releaseStatus: "PUBLIC",
      wellDepth: { value: 320, unit: "FOOT" },
      currentLocation: { latitude: 35, longitude: -106, elevation: { value: 5249.34, unit: "FOOT" } },
      waterLevelStats: { count: 2, min: 96, max: 100 },
    });
    expectTypeOf(fetchWellPage).returns.resolves.toEqualTypeOf<WellPage | null>();
    expectTypeOf<WellSummary["releaseStatus"]>().toEqualTypeOf<ReleaseStatus>();
    expectTypeOf<WellSummary["wellDepth"]>().toEqualTypeOf<{ value: number; unit: LengthUnit } | null>();
    expectTypeOf<WellSummary["siteName"]>().toEqualTypeOf<string | null>();
  });

  it("masks the fragment's fields in the query result", async () => {
    const data = await request(graphqlUrl, WellPageQuery, { name: wellName, levels: 1 });
    const well = data.wellByName;
    expectTypeOf(well?.id).toEqualTypeOf<string | undefined>();
    // @ts-expect-error `name` belongs to the WellSummary fragment: only getFragmentData unmasks it.
    expect(well?.name).toBe(wellName); // present at run time, hidden from the type
    expectTypeOf(WellPageQuery).toHaveProperty("__apiType");
  });

  it("formats a summary for the terminal", async () => {
    const page = await fetchWellPage(graphqlUrl, wellName, { levels: 1 });
    if (!page) throw new Error("no page");
    expect(formatWellPage(page)).toBe(
      [
        `${wellName} (John Smith Well), id ${wellId}, PUBLIC`,
        "  well depth: 320 ft",
        "  location:   35, -106, elevation 5249.34 ft NAVD88",
        "  water levels: 2 (depth to water 96 to 100 ft)",
        "    2024-06-01T16:00:00.000Z  96 ft  Electric tape measurement (E-probe)",
      ].join("\n"),
    );
  });

  it("gives null for an unknown well and a typed error for a failed request", async () => {
    await createThing(db.prisma, { name: uniqueName("SPRING"), thingType: "spring" });
    await expect(fetchWellPage(graphqlUrl, uniqueName("NM-NONE"))).rejects.toSatisfy(
      (error: unknown) => error instanceof GraphQLRequestError && error.errors[0]?.extensions?.code === "NOT_FOUND",
    );
    // Every HTTP error is JSON (docs/errors.md): an unknown route is a JSON 404, not a GraphQL answer.
    await expect(fetchWellPage(`${server.url}/metrics`, wellName)).rejects.toThrow(/HTTP 404/);
  });

  it("runs as a command against the running server", async () => {
    const script = fileURLToPath(new URL("../clients/typescript/src/examples/wellPage.ts", import.meta.url));
    const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
    const { stdout } = await promisify(execFile)(tsx, [script, graphqlUrl, wellName], { timeout: 60_000 });
    expect(stdout.split("\n")[0]).toBe(`${wellName} (John Smith Well), id ${wellId}, PUBLIC`);
    expect(stdout).toContain("    2024-05-01T16:00:00.000Z  100 ft  Electric tape measurement (E-probe)");
  });
});
