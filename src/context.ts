/** The per-request GraphQL context. Built by `createContext`, one per request. */
import type { PrismaClient } from "./generated/prisma/client.js";
import type { Loaders } from "./loaders/createLoaders.js";
import { createLoaders } from "./loaders/createLoaders.js";
import type { Logger } from "./logger.js";

export interface Context {
  prisma: PrismaClient;
  loaders: Loaders;
  requestId: string;
  log: Logger;
}

export function createContext(prisma: PrismaClient, log: Logger, requestId: string): Context {
  return { prisma, loaders: createLoaders(prisma), requestId, log: log.child({ requestId }) };
}
