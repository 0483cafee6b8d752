/**
 * A throwaway benchmark database: created on the server of BENCH_ADMIN_URL, migrated, seeded with
 * the vocabulary, handed to `work`, and dropped afterwards whatever happens (the pool is closed
 * first). For benchmarks that need data of their own rather than the reused bench database.
 */
import pg from "pg";

import { createDatabase, type Database } from "../../src/db/createDatabase.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { seedVocabulary } from "../../src/db/seed/seedVocabulary.js";
import { benchAdminUrl } from "./benchDatabase.js";

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: benchAdminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function withScratchDatabase<T>(
  prefix: string,
  options: { poolMax: number },
  work: (db: Database, url: string) => Promise<T>,
): Promise<T> {
  const name = `${prefix}_${process.pid}`;
  const url = new URL(benchAdminUrl());
  url.pathname = `/${name}`;
  await admin(`CREATE DATABASE "${name}"`);
  let db: Database | undefined;
  try {
    await migrateDatabase(url.toString());
    db = createDatabase({ url: url.toString(), poolMax: options.poolMax, acquireTimeoutMs: 10_000, statementTimeoutMs: 0 });
    await seedVocabulary(db.prisma);
    return await work(db, url.toString());
  } finally {
    await db?.close();
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}
