/**
 * Rules of a sample's sampled interval: depths (feet below ground surface) greater than 0 and the
 * bottom below the top. The database holds the same rule as `sample_depth_bottom_below_top`
 * (strictly below: an interval has a thickness), so the API reports it before the write.
 */
import type { FieldErrors } from "../shared/validation/FieldErrors.js";
import { positiveNumber, type RuleResult } from "../shared/validation/rules.js";

/** "Bottom depth (X ft) must be below top depth (Y ft)" unless bottom > top (or either is absent). */
export function sampleBottomBelowTop(top: number | null, bottom: number | null): RuleResult {
  if (top === null || bottom === null || bottom > top) return null;
  return `Bottom depth (${bottom} ft) must be below top depth (${top} ft)`;
}

/**
 * Records the broken depth rules of a sample under ["input", "depthTop" | "depthBottom"]. `depths`
 * are the resulting values (given, else stored); `given` says which of the two the input sets, so
 * that each message lands on a field the caller sent.
 */
export function checkSampleDepths(
  errors: FieldErrors,
  depths: { top: number | null; bottom: number | null },
  given: { top: boolean; bottom: boolean },
): void {
  const top = given.top ? positiveNumber(depths.top, "Top depth") : null;
  const bottom = given.bottom ? positiveNumber(depths.bottom, "Bottom depth") : null;
  errors.check(["input", "depthTop"], top);
  errors.check(["input", "depthBottom"], bottom);
  // The order is checked only for depths that are valid on their own: one message per field.
  if ((given.top || given.bottom) && top === null && bottom === null) {
    errors.check(["input", given.bottom ? "depthBottom" : "depthTop"], sampleBottomBelowTop(depths.top, depths.bottom));
  }
}
