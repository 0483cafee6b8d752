/**
 * Starts the embedded PostgreSQL (PGlite) in a child process and returns its connection URL.
 *
 * Contract: resolves once the database accepts connections; data persists in `dataDir`
 * (or nowhere for `memory://`); `stop()` shuts the child down and resolves when it has exited.
 * If the parent dies, the child exits with it (IPC disconnect).
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";

import { siblingModule } from "../siblingModule.js";
import type { EmbeddedMessage } from "./embeddedMessage.js";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;

export async function startEmbeddedDatabase(
  dataDir: string,
  maxConnections = 16,
): Promise<EmbeddedDatabase> {
  const entry = siblingModule(import.meta.url, "pgliteProcess");
  const child = fork(fileURLToPath(entry.url), [dataDir, String(maxConnections)], {
    execArgv: entry.isTypeScript ? ["--import", "tsx"] : [],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`embedded database did not start within ${START_TIMEOUT_MS} ms`));
    }, START_TIMEOUT_MS);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`embedded database exited during start-up (code ${code})`));
    });
    child.on("message", (m: EmbeddedMessage) => {
      if (m.type === "ready") {
        clearTimeout(timer);
        resolve(m.port);
      } else if (m.type === "error") {
        clearTimeout(timer);
        reject(new Error(`embedded database failed to start: ${m.message}`));
      }
    });
  });
  child.removeAllListeners("exit");

  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.send({ type: "stop" } satisfies EmbeddedMessage);
      }),
  };
}
