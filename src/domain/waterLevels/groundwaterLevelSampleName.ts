/**
 * Name of the sample that holds a manual groundwater level: `WL-<thing id>-<UTC yyyymmddThhmmss.SSS>-<4 hex>`
 * (generatedSampleName of a "groundwater level" activity).
 * Contract: unique — a thing has at most one manual level per instant (uq_groundwater_level_well_time),
 * and the random suffix keeps names apart even where an orphaned sample of that instant remains.
 */
import { generatedSampleName } from "../samples/sampleName.js";

export function groundwaterLevelSampleName(thingId: number, measuredAt: Date): string {
  return generatedSampleName("groundwater level", thingId, measuredAt);
}
