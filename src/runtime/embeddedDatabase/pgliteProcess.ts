/**
 * Child-process entry point of the embedded database: PGlite (PostgreSQL compiled to wasm)
 * behind a PostgreSQL wire-protocol socket on 127.0.0.1.
 *
 * PGlite executes queries on the thread that owns it, so it runs in its own process: the API
 * server talks to it over TCP with the ordinary `pg` driver and its event loop stays free.
 * Protocol with the parent (IPC): sends `{ type: "ready", port }` once listening, or
 * `{ type: "error", message }`; exits when the parent disconnects or sends `{ type: "stop" }`.
 */
import { mkdir } from "node:fs/promises";

import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

import type { EmbeddedMessage } from "./embeddedMessage.js";

function send(message: EmbeddedMessage): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const dataDir = process.argv[2];
  const maxConnections = Number(process.argv[3] ?? "16");
  if (!dataDir) throw new Error("usage: pgliteProcess <dataDir|memory://> [maxConnections]");
  if (!dataDir.startsWith("memory://")) await mkdir(dataDir, { recursive: true });

  const db = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections });
  await server.start();
  const port = Number(server.getServerConn().split(":").pop());

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await server.stop().catch(() => undefined);
    await db.close().catch(() => undefined);
    process.exit(0);
  };
  process.on("disconnect", () => void stop());
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  process.on("message", (m: EmbeddedMessage) => {
    if (m.type === "stop") void stop();
  });
  send({ type: "ready", port });
}

main().catch((error: unknown) => {
  send({ type: "error", message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
