/**
 * Sample names (`sample.sample_name`, unique as `sample_sample_name_key`).
 *
 * Contract: `generatedSampleName` gives `<prefix>-<thing id>-<UTC yyyymmddThhmmss.SSS>-<4 hex>`, the
 * prefix by activity type (WC water chemistry, WL groundwater level, S otherwise).
 * `assertSampleNameFree` throws a ConflictError on `sample_sample_name_key` naming the sample that
 * holds the name; it is checked before writing so that the error names the holder, and the unique
 * constraint stays the guarantee under concurrency (a concurrent duplicate gives the same
 * constraint through mapDatabaseError).
 */
import { randomBytes } from "node:crypto";

import type { Prisma } from "../../generated/prisma/client.js";
import { ConflictError } from "../shared/domainErrors.js";

/** The unique constraint of sample names. */
export const SAMPLE_NAME_UNIQUE = "sample_sample_name_key";

const PREFIXES: Readonly<Record<string, string>> = {
  "water chemistry": "WC",
  "groundwater level": "WL",
};

export function generatedSampleName(activityType: string, thingId: number, sampleDate: Date): string {
  const stamp = sampleDate.toISOString().replace(/[-:Z]/g, "");
  return `${PREFIXES[activityType] ?? "S"}-${thingId}-${stamp}-${randomBytes(2).toString("hex")}`;
}

export async function assertSampleNameFree(tx: Prisma.TransactionClient, sampleName: string, sampleId: number | null): Promise<void> {
  const holder = await tx.sample.findFirst({
    where: { sampleName, ...(sampleId === null ? {} : { id: { not: sampleId } }) },
    select: { id: true },
  });
  if (holder) {
    throw new ConflictError(`Sample name "${sampleName}" is already used by sample ${holder.id}`, SAMPLE_NAME_UNIQUE, ["sampleName"]);
  }
}
