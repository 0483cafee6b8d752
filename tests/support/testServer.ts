/**
 * An HTTP server of the application on a free port, over a test's own database: silent logs, no
 * LISTEN connection for lexicon changes. `env` holds settings as they would come from the
 * environment (parsed by the real `parseConfig`); `options` overrides what else `startServer` takes.
 */
import { pino } from "pino";

import { parseConfig } from "../../src/config.js";
import type { Database } from "../../src/db/createDatabase.js";
import { startServer, type RunningServer, type ServerOptions } from "../../src/server/createServer.js";

export async function startTestServer(
  database: Database,
  env: Record<string, string> = {},
  options: Partial<Omit<ServerOptions, "database" | "config">> = {},
): Promise<RunningServer> {
  return startServer({
    config: parseConfig({ PORT: "0", LOG_LEVEL: "silent", ...env }),
    database,
    logger: pino({ level: "silent" }),
    listenForLexiconChanges: false,
    ...options,
  });
}
