/**
 * The embedded path of `npm start`: PGlite in a child process, migrated and seeded, served over
 * HTTP by the same server code as a real PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pino } from "pino";

import { createDatabase, type Database } from "../src/db/createDatabase.js";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../src/runtime/embeddedDatabase/startEmbeddedDatabase.js";
import { migrateDatabase } from "../src/db/migrate.js";
import { prepareEmbeddedData } from "../src/db/seed/prepareEmbeddedData.js";
import type { RunningServer } from "../src/server/createServer.js";
import { startTestServer } from "./support/testServer.js";

const silent = pino({ level: "silent" });
let embedded: EmbeddedDatabase;
let database: Database;
let server: RunningServer;

beforeAll(async () => {
  embedded = await startEmbeddedDatabase("memory://");
  const { appliedMigrationNames } = await migrateDatabase(embedded.url);
  expect(appliedMigrationNames.length).toBeGreaterThan(0);
  database = createDatabase({ url: embedded.url, poolMax: 4, acquireTimeoutMs: 10_000, statementTimeoutMs: 0 });
  await prepareEmbeddedData(database.prisma, silent);
  server = await startTestServer(database, {}, { listenForLexiconChanges: true });
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await database?.close();
  await embedded?.stop();
});

describe("embedded database", () => {
  it("serves the demo wells with their current locations", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "{ wells(first: 3) { totalCount edges { node { name currentLocation { latitude longitude } } } } }",
      }),
    });
    const body = (await response.json()) as {
      data: { wells: { totalCount: number; edges: { node: { name: string; currentLocation: { latitude: number; longitude: number } } }[] } };
    };
    expect(response.status).toBe(200);
    expect(body.data.wells.totalCount).toBe(3);
    expect(body.data.wells.edges.map((e) => e.node.name)).toEqual(["NM-00001", "NM-00002", "NM-00003"]);
    for (const { node } of body.data.wells.edges) {
      expect(node.currentLocation.latitude).toBeGreaterThan(31);
      expect(node.currentLocation.latitude).toBeLessThan(37.1);
      expect(node.currentLocation.longitude).toBeGreaterThan(-109.1);
      expect(node.currentLocation.longitude).toBeLessThan(-103);
    }
  });

  it("keeps data and adds nothing when migrated and seeded again (restart)", async () => {
    expect((await migrateDatabase(embedded.url)).appliedMigrationNames).toEqual([]);
    const before = await database.prisma.thing.count();
    await prepareEmbeddedData(database.prisma, silent);
    expect(await database.prisma.thing.count()).toBe(before);
  });
});
