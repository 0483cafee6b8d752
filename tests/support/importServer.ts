/**
 * The import routes alone (`importRouter`) on a free port, over a test's database, with the
 * caller decided by the test from the Authorization header. `close()` stops listening.
 */
import type { AddressInfo } from "node:net";

import express from "express";
import { pino } from "pino";

import { importRouter, type ImportRouterOptions } from "../../src/server/importRouter.js";
import type { TestApi } from "./testApi.js";

export interface ImportServer {
  /** The server's origin, e.g. `http://127.0.0.1:41234`. */
  url: string;
  close(): Promise<void>;
}

export async function startImportServer(api: TestApi, authenticate: ImportRouterOptions["authenticate"]): Promise<ImportServer> {
  const app = express();
  app.use(importRouter({ prisma: api.db.prisma, pool: api.db.pool, lexicon: api.lexicon, logger: pino({ level: "silent" }), authenticate }));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
