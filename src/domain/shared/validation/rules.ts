/**
 * Generic validation rules, named and reusable. Each rule takes a value and the label of the
 * field as callers see it ("Well depth", "Groundwater level"), and returns the failure message or
 * `null` when the value passes. Absent values (null/undefined) pass every rule except `required`
 * (and `notNull`, for null), so rules compose: `required` and `notNull` decide presence, the
 * others decide shape.
 *
 * Use with FieldErrors: `errors.check(["input", "wellDepth"], positiveNumber(input.wellDepth, "Well depth"))`.
 */

/** A rule's verdict: the failure message, or null when the value passes. */
export type RuleResult = string | null;

function isAbsent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/** "<label> is required" when the value is absent or a blank string. */
export function required(value: unknown, label: string): RuleResult {
  if (isAbsent(value)) return `${label} is required`;
  if (typeof value === "string" && value.trim() === "") return `${label} is required`;
  return null;
}

/**
 * "<label> must be numeric" unless the value is a finite number or a string holding one
 * ("12.5", " -3 "). Blank strings fail (use `required` for presence).
 */
export function numeric(value: unknown, label: string): RuleResult {
  if (isAbsent(value)) return null;
  if (typeof value === "number") return Number.isFinite(value) ? null : `${label} must be numeric`;
  if (typeof value === "string") {
    const text = value.trim();
    return text !== "" && Number.isFinite(Number(text)) ? null : `${label} must be numeric`;
  }
  return `${label} must be numeric`;
}

/** "<label> must be greater than 0" unless the value is a finite number > 0. */
export function positiveNumber(value: number | null | undefined, label: string): RuleResult {
  if (isAbsent(value)) return null;
  return Number.isFinite(value) && value > 0 ? null : `${label} must be greater than 0`;
}

/**
 * "<label> cannot be in the future" when the instant is later than `now` (default: the current
 * time). A `Date` (calendar date) input passes on its own day, whatever the time zone.
 */
export function notInFuture(value: Date | null | undefined, label: string, now: Date = new Date()): RuleResult {
  if (isAbsent(value)) return null;
  if (Number.isNaN(value.getTime())) return `${label} is not a valid date`;
  return value.getTime() > now.getTime() ? `${label} cannot be in the future` : null;
}

/** "<label> must be between -90 and 90" unless the value is a latitude in WGS84 degrees. */
export function latitudeInRange(value: number | null | undefined, label = "Latitude"): RuleResult {
  if (isAbsent(value)) return null;
  return Number.isFinite(value) && value >= -90 && value <= 90 ? null : `${label} must be between -90 and 90`;
}

/** "<label> must be between -180 and 180" unless the value is a longitude in WGS84 degrees. */
export function longitudeInRange(value: number | null | undefined, label = "Longitude"): RuleResult {
  if (isAbsent(value)) return null;
  return Number.isFinite(value) && value >= -180 && value <= 180 ? null : `${label} must be between -180 and 180`;
}

/** "<label> must be at most <max> characters" when a string is longer than `max`. */
export function maxLength(value: string | null | undefined, max: number, label: string): RuleResult {
  if (isAbsent(value)) return null;
  return value.length <= max ? null : `${label} must be at most ${max} characters`;
}

/** "<label> cannot be null" when a field that cannot be cleared is given as null (absent passes). */
export function notNull(value: unknown, label: string): RuleResult {
  return value === null ? `${label} cannot be null` : null;
}

/** "<label> must not be empty" when a given string is blank (absent passes; see `required`). */
export function notBlank(value: string | null | undefined, label: string): RuleResult {
  if (isAbsent(value)) return null;
  return value.trim() === "" ? `${label} must not be empty` : null;
}

/**
 * "<lowerLabel> must not exceed <upperLabel>" when both are given and `lower > upper`
 * (e.g. well depth ≤ hole depth, casing depth ≤ well depth).
 */
export function notGreaterThan(
  lower: number | null | undefined,
  upper: number | null | undefined,
  lowerLabel: string,
  upperLabel: string,
): RuleResult {
  if (isAbsent(lower) || isAbsent(upper)) return null;
  return lower <= upper ? null : `${lowerLabel} must not exceed ${upperLabel}`;
}
