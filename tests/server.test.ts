/** The HTTP server: GraphQL over HTTP, the offline playground, /health, and graceful shutdown. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { RunningServer } from "../src/server/createServer.js";
import { createThing } from "./support/factories.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";
import { startTestServer } from "./support/testServer.js";

let db: TestDatabase;
let server: RunningServer;

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db, {}, { listenForLexiconChanges: true });
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

async function postGraphQL(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("POST /graphql", () => {
  it("answers a query with JSON", async () => {
    const well = await createThing(db.prisma);
    const { status, body } = await postGraphQL({ query: `{ well(id: "${well.id}") { name } }` });
    expect(status).toBe(200);
    expect(body).toEqual({ data: { well: { name: well.name } } });
  });

  it("stamps errors with the caller's request id", async () => {
    const { body } = await postGraphQL({ query: `{ well(id: "999999") { name } }` }, { "x-request-id": "abc-123" });
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: "Well 999999 not found",
        extensions: { code: "NOT_FOUND", entity: "Well", id: "999999", requestId: "abc-123" },
      }),
    ]);
  });

  it("rejects an invalid query with GRAPHQL_VALIDATION_FAILED and status 400", async () => {
    const { status, body } = await postGraphQL({ query: "{ wells { nope } }" });
    expect(status).toBe(400);
    expect((body.errors as { extensions: { code: string } }[])[0]?.extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("GET /graphiql", () => {
  it("serves the playground page and its assets from node_modules, with no external URL", async () => {
    const page = await fetch(`${server.url}/graphiql`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('src="/graphiql/assets/graphiql.js"');
    expect(html).not.toMatch(/https?:\/\//);
    for (const asset of ["react.js", "react-dom.js", "graphiql.js", "graphiql.css"]) {
      const response = await fetch(`${server.url}/graphiql/assets/${asset}`);
      expect(response.status, asset).toBe(200);
      expect((await response.arrayBuffer()).byteLength, asset).toBeGreaterThan(1000);
    }
    expect((await fetch(`${server.url}/graphiql/assets/other.js`)).status).toBe(404);
  });
});

describe("GET /health", () => {
  it("reports the database reachable, pool usage and event-loop delay", async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, Record<string, unknown>>;
    expect(body.status).toBe("ok");
    expect(body.database?.reachable).toBe(true);
    expect(body.pool).toEqual(expect.objectContaining({ max: 5, waiting: 0 }));
    expect(typeof body.eventLoopDelayMs?.p99).toBe("number");
  });
});
