/**
 * First-start preparation of the embedded database: the vocabulary and the demo fixture.
 * Idempotent: both steps skip what is already there, so restarts keep (and do not duplicate) data.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import type { Logger } from "../../logger.js";
import { seedDemoFixture } from "./seedDemoFixture.js";
import { seedVocabulary } from "./seedVocabulary.js";

export async function prepareEmbeddedData(prisma: PrismaClient, logger: Logger): Promise<void> {
  const started = performance.now();
  await seedVocabulary(prisma);
  await seedDemoFixture(prisma);
  logger.info({ durationMs: Math.round(performance.now() - started) }, "embedded database ready with demo data");
}
