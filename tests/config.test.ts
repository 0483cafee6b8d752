/** Configuration parsing: defaults, the embedded/external switch, and errors naming every bad setting. */
import { describe, expect, it } from "vitest";

import { ConfigError, parseConfig } from "../src/config.js";

describe("parseConfig", () => {
  it("defaults to development on the embedded database with the playground on", () => {
    const config = parseConfig({});
    expect(config.nodeEnv).toBe("development");
    expect(config.database).toEqual({ kind: "embedded", dataDir: ".data/pglite", seedDemo: true });
    expect(config.http).toEqual({ host: "127.0.0.1", port: 4000, shutdownGraceMs: 10_000, requestTimeoutMs: 60_000 });
    expect(config.pool).toEqual({ max: 10, acquireTimeoutMs: 2_000, statementTimeoutMs: 15_000 });
    expect(config.graphql).toEqual({ playground: true, introspection: true });
    expect(config.workers).toBe(1);
    expect(config.connectionBudget).toEqual({ explicit: null, reserve: 5 });
  });

  it("runs one process per core against PostgreSQL unless WEB_CONCURRENCY says otherwise", async () => {
    const { availableParallelism } = await import("node:os");
    expect(parseConfig({ DATABASE_URL: "postgresql://x@h/db" }).workers).toBe(availableParallelism());
    expect(parseConfig({ DATABASE_URL: "postgresql://x@h/db", WEB_CONCURRENCY: "3" }).workers).toBe(3);
  });

  it("uses DATABASE_URL when given, and turns the playground and introspection off in production", () => {
    const config = parseConfig({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://u@db:5432/ocotillo",
      OIDC_ISSUER: "https://auth.example.org/application/o/ocotillo/",
      OIDC_AUDIENCE: "ocotillo",
    });
    expect(config.database).toEqual({ kind: "external", url: "postgresql://u@db:5432/ocotillo", isEmbeddedServer: false });
    expect(config.graphql).toEqual({ playground: false, introspection: false });
  });

  it("treats empty strings as unset", () => {
    expect(parseConfig({ DATABASE_URL: "", PORT: "" }).database.kind).toBe("embedded");
  });

  it("names every invalid setting at once", () => {
    let error: unknown;
    try {
      parseConfig({ PORT: "70000", DATABASE_POOL_MAX: "zero", DATABASE_URL: "mysql://x", GRAPHQL_PLAYGROUND: "maybe" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.map((p) => p.split("=")[0]).sort()).toEqual([
      "DATABASE_POOL_MAX",
      "DATABASE_URL",
      "GRAPHQL_PLAYGROUND",
      "PORT",
    ]);
    expect((error as ConfigError).message).toContain('PORT="70000"');
  });
});

describe("parseConfig: replica and pooler servers (ADR 33)", () => {
  it("reads DATABASE_READ_URL, DATABASE_DIRECT_URL and DATABASE_POOLER_MAX_CLIENT_CONN, all unset by default", () => {
    expect(parseConfig({ DATABASE_URL: "postgresql://u@db/o" }).databaseServers).toEqual({ read: null, direct: null, poolerMaxClientConn: null });
    expect(parseConfig({
      DATABASE_URL: "postgresql://u@bouncer:6432/o",
      DATABASE_READ_URL: "postgresql://u@replica/o",
      DATABASE_DIRECT_URL: "postgres://u@primary/o",
      DATABASE_POOLER_MAX_CLIENT_CONN: "400",
    }).databaseServers).toEqual({ read: "postgresql://u@replica/o", direct: "postgres://u@primary/o", poolerMaxClientConn: 400 });
  });

  it("refuses a replica or direct URL without DATABASE_URL, and URLs that are not postgresql://", () => {
    expect(() => parseConfig({ DATABASE_READ_URL: "postgresql://u@replica/o", DATABASE_DIRECT_URL: "postgresql://u@primary/o" })).toThrow(
      /DATABASE_READ_URL: needs DATABASE_URL[\s\S]*DATABASE_DIRECT_URL: needs DATABASE_URL/,
    );
    expect(() => parseConfig({ DATABASE_URL: "postgresql://u@db/o", DATABASE_READ_URL: "mysql://replica" })).toThrow(
      /DATABASE_READ_URL="mysql:\/\/replica": must be a postgresql:\/\/ connection URL/,
    );
  });
});
