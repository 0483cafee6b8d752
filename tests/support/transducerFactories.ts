/**
 * Factories for large transducer series: readings generated in the database (one statement per
 * call, whatever the count), for hydrograph, block and ingest tests.
 */
import type { PrismaClient } from "../../src/generated/prisma/client.js";
import { parameterId } from "./seriesFactories.js";

/**
 * `count` readings of a deployment, every `stepMs` milliseconds from `start`, with value
 * `base + amplitude * sin(i / 50)` (rounded to 0.001) unless `value` maps the index.
 * Returns nothing; the values are reproducible from the same formula.
 */
export async function generateReadings(
  prisma: PrismaClient,
  deploymentId: number,
  spec: { start: Date; count: number; stepMs: number; base?: number; amplitude?: number; parameterId?: number },
): Promise<void> {
  const parameter = spec.parameterId ?? (await parameterId(prisma));
  await prisma.$executeRaw`
    INSERT INTO transducer_observation (deployment_id, parameter_id, observation_datetime, value)
    SELECT ${deploymentId}::int, ${parameter}::int,
      ${spec.start}::timestamptz + (i * ${spec.stepMs}::bigint) * interval '1 millisecond',
      round((${spec.base ?? 100}::float8 + ${spec.amplitude ?? 5}::float8 * sin(i / 50.0))::numeric, 3)::float8
    FROM generate_series(0, ${spec.count - 1}::int) AS i`;
}

/** The value `generateReadings` gives reading `i`. */
export function generatedValue(i: number, base = 100, amplitude = 5): number {
  return Math.round((base + amplitude * Math.sin(i / 50)) * 1000) / 1000;
}

/** Number of transducer readings of a deployment (all parameters). */
export async function readingCount(prisma: PrismaClient, deploymentId?: number): Promise<number> {
  const rows = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM transducer_observation WHERE ${deploymentId ?? null}::int IS NULL OR deployment_id = ${deploymentId ?? null}::int`;
  return rows[0]?.n ?? 0;
}
