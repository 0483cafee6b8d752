/**
 * The playground's preloaded example operations (a well page, a hydrograph, a search) are valid
 * against the schema and run without errors; the page offers them as tabs with the headers
 * editor open on an Authorization placeholder that its fetcher does not send.
 */
import { parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { loadSchemaDefinition } from "../src/schema/loadTypeDefs.js";
import type { RunningServer } from "../src/server/createServer.js";
import { AUTH_HEADER_PLACEHOLDER, exampleTabs } from "../src/server/playground.js";
import { createLocationFor, createThing } from "./support/factories.js";
import { createManualLevel } from "./support/seriesFactories.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";
import { startTestServer } from "./support/testServer.js";

let db: TestDatabase;
let server: RunningServer;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db);
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

describe("playground example tabs", () => {
  it("are a well page, a hydrograph and a search, each valid against the schema", async () => {
    const schema = await loadSchemaDefinition();
    const operations = exampleTabs.map((tab) => {
      const document = parse(tab.query);
      expect(validate(schema, document).map((e) => e.message)).toEqual([]);
      const [definition] = document.definitions;
      return definition?.kind === "OperationDefinition" ? definition.name?.value : undefined;
    });
    expect(operations).toEqual(["WellPage", "Hydrograph", "Search"]);
  });

  it("run without errors with their example variables", async () => {
    const well = await createThing(db.prisma, { name: "NM-00001" });
    await createLocationFor(db.prisma, well.id);
    await createManualLevel(db.prisma, well.id, { measuredAt: new Date("2024-01-01T17:00:00Z"), value: 50 });
    for (const tab of exampleTabs) {
      const variables = "wellId" in tab.variables ? { ...tab.variables, wellId: String(well.id) } : tab.variables;
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: tab.query, variables }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
      expect(body.errors, tab.query.split("\n")[0]).toBeUndefined();
      expect(Object.values(body.data ?? {}).every((value) => value !== null)).toBe(true);
    }
  });

  it("are preloaded in the page with the headers editor and its placeholder", async () => {
    const html = await (await fetch(`${server.url}/graphiql`)).text();
    expect(html).toContain("defaultTabs: config.tabs");
    expect(html).toContain("isHeadersEditorEnabled: true");
    expect(html).toContain("shouldPersistHeaders: true");
    expect(html).toContain('defaultEditorToolsVisibility: "headers"');
    const config = JSON.parse(/const config = (\{.*\});\n/.exec(html)?.[1] ?? "null") as {
      tabs: { query: string; variables: string; headers: string }[];
      defaultHeaders: string;
      placeholder: string;
    };
    expect(config.tabs.map((t) => t.query)).toEqual(exampleTabs.map((t) => t.query));
    expect(config.tabs.map((t) => JSON.parse(t.variables))).toEqual(exampleTabs.map((t) => t.variables));
    expect(JSON.parse(config.defaultHeaders)).toEqual({ Authorization: "Bearer <token>" });
    expect(config.tabs.every((t) => t.headers === config.defaultHeaders)).toBe(true);
    expect(config.placeholder).toBe(AUTH_HEADER_PLACEHOLDER);
    // The page's script never ships a raw "<" inside the embedded JSON.
    expect(/const config = (\{.*\});\n/.exec(html)?.[1]).not.toContain("<");
  });
});
