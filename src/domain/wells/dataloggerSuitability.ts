/**
 * `Well.isSuitableForDatalogger` from the current "Datalogger Suitability Status" value:
 * true for "Datalogger can be installed", false for "Datalogger cannot be installed", null for
 * no current row (or a value of another meaning).
 */
import { dataloggerSuitabilityValues } from "./wellTerms.js";

export function isSuitableForDatalogger(statusValue: string | null | undefined): boolean | null {
  if (statusValue === dataloggerSuitabilityValues.SUITABLE) return true;
  if (statusValue === dataloggerSuitabilityValues.UNSUITABLE) return false;
  return null;
}
