/**
 * GraphQL over HTTP conformance: graphql-http's server audit against the real HTTP server (Express,
 * Apollo, CSRF prevention, limits, authentication) on a test database. Every MUST audit passes;
 * the counts of all audits are printed (and asserted, so that a change shows up here).
 */
import { auditServer, type AuditResult } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { RunningServer } from "../src/server/createServer.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";
import { startTestServer } from "./support/testServer.js";

let db: TestDatabase;
let server: RunningServer;
let results: AuditResult[];

beforeAll(async () => {
  db = await createTestDatabase();
  server = await startTestServer(db);
  results = await auditServer({ url: `${server.url}/graphql` });
});
afterAll(async () => {
  await server?.stop();
  await db?.drop();
});

function summary(list: AuditResult[]): string {
  return list.map((r) => `  ${r.status.padEnd(6)} ${r.id} ${r.name}${r.status === "ok" ? "" : `: ${r.reason}`}`).join("\n");
}

describe("graphql-http server audit", () => {
  it("passes every MUST audit", () => {
    const must = results.filter((r) => r.name.startsWith("MUST"));
    expect(must.length).toBeGreaterThan(10);
    expect(must.filter((r) => r.status !== "ok"), summary(must.filter((r) => r.status !== "ok"))).toEqual([]);
  });

  it("reports how many audits pass", () => {
    const passed = results.filter((r) => r.status === "ok").length;
    const byLevel = (level: string) => {
      const of = results.filter((r) => r.name.startsWith(level));
      return `${of.filter((r) => r.status === "ok").length}/${of.length}`;
    };
    console.log(
      `graphql-http audit: ${passed} of ${results.length} pass (MUST ${byLevel("MUST")}, SHOULD ${byLevel("SHOULD")}, MAY ${byLevel("MAY")})\n` +
        summary(results.filter((r) => r.status !== "ok")),
    );
    expect(results.length).toBeGreaterThan(40);
    // 55 of 61 when written: the misses are SHOULD/MAY items Apollo answers differently on purpose
    // (400 rather than 200 for request errors; GETs without a CSRF-safe header are refused).
    expect(passed).toBeGreaterThanOrEqual(55);
  });
});
