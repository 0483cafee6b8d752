/** The connection budget check that start-up runs before opening any pool. */
import pg from "pg";
import { describe, expect, it } from "vitest";

import { checkConnectionBudget, readServerLimit } from "../src/db/connectionBudget.js";
import { adminUrl } from "./support/adminUrl.js";

const base = { workers: 4, poolMax: 10, extraPerProcess: 1, reserve: 5, explicitBudget: null };

describe("checkConnectionBudget", () => {
  it("accepts workers x (pool + listener) that fits max_connections minus reserves", () => {
    const verdict = checkConnectionBudget(base, { maxConnections: 100, superuserReserved: 3 });
    expect(verdict).toMatchObject({ ok: true, needed: 44, budget: 92 });
  });

  it("refuses the reference's 4 workers x 30 connections against 100, naming every number", () => {
    const verdict = checkConnectionBudget({ ...base, poolMax: 30 }, { maxConnections: 100, superuserReserved: 3 });
    expect(verdict.ok).toBe(false);
    expect(verdict.needed).toBe(124);
    expect(verdict.budget).toBe(92);
    expect(verdict.message).toBe(
      "Connection budget exceeded: WEB_CONCURRENCY 4 x (DATABASE_POOL_MAX 30 + 1 listener) = 124 connections needed, " +
        "but the budget is max_connections 100 - superuser_reserved_connections 3 - DATABASE_RESERVED_CONNECTIONS 5 = 92. " +
        "Lower WEB_CONCURRENCY or DATABASE_POOL_MAX, or raise the database's max_connections.",
    );
  });

  it("uses an explicit budget instead of the server's limit", () => {
    expect(checkConnectionBudget({ ...base, explicitBudget: 40 }, { maxConnections: 1000, superuserReserved: 3 }).ok).toBe(false);
    expect(checkConnectionBudget({ ...base, explicitBudget: 44 }, null).ok).toBe(true);
  });

  it("counts the boundary as fitting", () => {
    expect(checkConnectionBudget({ ...base, workers: 2, poolMax: 45 }, { maxConnections: 100, superuserReserved: 3 })).toMatchObject({
      ok: true,
      needed: 92,
      budget: 92,
    });
  });
});

describe("readServerLimit", () => {
  it("reads max_connections and superuser_reserved_connections from the server", async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      const expected = await client.query("SHOW max_connections");
      const limit = await readServerLimit(client);
      expect(limit.maxConnections).toBe(Number(expected.rows[0].max_connections));
      expect(limit.superuserReserved).toBeGreaterThanOrEqual(0);
    } finally {
      await client.end();
    }
  });
});
