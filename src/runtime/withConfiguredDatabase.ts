/**
 * The database of a command-line tool: DATABASE_URL, or else the embedded database of
 * EMBEDDED_DATA_DIR started for the tool; `work` gets a pool of `poolMax` connections, and both are
 * closed afterwards whatever happens.
 */
import type { Config } from "../config.js";
import { createDatabase, type Database } from "../db/createDatabase.js";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embeddedDatabase/startEmbeddedDatabase.js";

export async function withConfiguredDatabase<T>(config: Pick<Config, "database" | "pool">, poolMax: number, work: (db: Database) => Promise<T>): Promise<T> {
  let embedded: EmbeddedDatabase | undefined;
  let db: Database | undefined;
  try {
    if (config.database.kind === "embedded") embedded = await startEmbeddedDatabase(config.database.dataDir);
    const url = config.database.kind === "external" ? config.database.url : (embedded?.url ?? "");
    db = createDatabase({ url, poolMax, acquireTimeoutMs: config.pool.acquireTimeoutMs, statementTimeoutMs: config.pool.statementTimeoutMs });
    return await work(db);
  } finally {
    await db?.close();
    await embedded?.stop();
  }
}
