/**
 * Converts a `LengthInput { value unit }` to the unit a column is stored in.
 *
 * Contract: `undefined` stays `undefined` (field omitted: leave the column unchanged) and `null`
 * stays `null` (field cleared); any other value becomes a finite number in the target unit.
 * A unit that makes no sense for the target (INCH for an elevation) is reported by `lengthUnitRule`.
 */
import type { LengthUnitName } from "./length.js";

export interface LengthInputValue {
  value: number;
  unit: LengthUnitName;
}

const METERS_PER_UNIT: Record<LengthUnitName, number> = {
  FOOT: 0.3048,
  INCH: 0.0254,
  METER: 1,
};

/** The value of `length` in `target` units, rounded to 1e-9 to drop binary noise of the conversion. */
export function convertLength(length: LengthInputValue, target: LengthUnitName): number {
  if (length.unit === target) return length.value;
  const converted = (length.value * METERS_PER_UNIT[length.unit]) / METERS_PER_UNIT[target];
  return Math.round(converted * 1e9) / 1e9;
}

/** `convertLength` that keeps `undefined` (omitted) and `null` (cleared) as they are. */
export function lengthIn(
  length: LengthInputValue | null | undefined,
  target: LengthUnitName,
): number | null | undefined {
  if (length === undefined) return undefined;
  if (length === null) return null;
  return convertLength(length, target);
}

/** "<label> must be given in FOOT or METER" (or the allowed units) when the unit is not allowed. */
export function lengthUnitRule(
  length: LengthInputValue | null | undefined,
  allowed: readonly LengthUnitName[],
  label: string,
): string | null {
  if (length === null || length === undefined || allowed.includes(length.unit)) return null;
  return `${label} must be given in ${allowed.join(" or ")}`;
}
