/**
 * A database of one's own for a test file: a clone of the migrated, vocabulary-seeded template
 * built by globalSetup. `drop()` removes it.
 */
import { randomBytes } from "node:crypto";

import pg from "pg";

import { createDatabase, type Database } from "../../src/db/createDatabase.js";
import { adminUrl, databaseUrl } from "./adminUrl.js";
import { templateName } from "./templateName.js";

export interface TestDatabase extends Database {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await run(admin);
  } finally {
    await admin.end();
  }
}

export async function createTestDatabase(options: { poolMax?: number } = {}): Promise<TestDatabase> {
  const template = await templateName();
  const name = `ocotillo_t_${randomBytes(6).toString("hex")}`;
  // CREATE DATABASE ... TEMPLATE fails while another session is connected to the template;
  // clones started by parallel files are retried.
  await withAdmin(async (admin) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  const url = databaseUrl(name);
  const db = createDatabase({ url, poolMax: options.poolMax ?? 5, acquireTimeoutMs: 10_000, statementTimeoutMs: 30_000 });
  return {
    ...db,
    url,
    name,
    drop: async () => {
      await db.close();
      await withAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}
