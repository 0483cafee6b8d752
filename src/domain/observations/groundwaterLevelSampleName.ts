/**
 * Name of the sample that holds a manual groundwater level: `WL-<thing id>-<UTC yyyymmddThhmmss.SSS>-<4 hex>`.
 * Contract: unique — a thing has at most one manual level per instant (uq_groundwater_level_well_time),
 * and the random suffix keeps names apart even where an orphaned sample of that instant remains.
 */
import { randomBytes } from "node:crypto";

export function groundwaterLevelSampleName(thingId: number, measuredAt: Date): string {
  const stamp = measuredAt.toISOString().replace(/[-:Z]/g, "");
  return `WL-${thingId}-${stamp}-${randomBytes(2).toString("hex")}`;
}
