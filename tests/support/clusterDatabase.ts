/**
 * The application's database on a throwaway cluster: created, migrated and given the vocabulary
 * (as the shared test template is), for tests that need servers of their own (replicas, poolers).
 */
import pg from "pg";

import { createDatabase } from "../../src/db/createDatabase.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { seedVocabulary } from "../../src/db/seed/seedVocabulary.js";
import type { ThrowawayCluster } from "./throwawayCluster.js";

/** Settings of a serving process under test on a cluster: one process, any port, silent, every caller an Admin. */
export const SERVING_TEST_ENV = {
  NODE_ENV: "development",
  AUTH_MODE: "bypass",
  PORT: "0",
  LOG_LEVEL: "silent",
  WEB_CONCURRENCY: "1",
} as const;

/** Creates database `name` on the cluster ready for the application; returns its superuser URL. */
export async function prepareClusterDatabase(cluster: ThrowawayCluster, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = `postgresql://postgres@127.0.0.1:${cluster.port}/${name}`;
  await migrateDatabase(url);
  const db = createDatabase({ url, poolMax: 4, acquireTimeoutMs: 10_000, statementTimeoutMs: 0 });
  try {
    await seedVocabulary(db.prisma);
  } finally {
    await db.close();
  }
  return url;
}

/** The statements the server logged (log_statement=all, log_line_prefix='%a@') for one application_name. */
export async function loggedStatements(cluster: ThrowawayCluster, applicationName: string): Promise<string[]> {
  const log = await cluster.readLog();
  return log
    .split("\n")
    .filter((line) => line.startsWith(`${applicationName}@`) && /LOG: {2}(statement|execute [^:]*):/.test(line));
}
