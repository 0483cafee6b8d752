/**
 * THE exceedance rule of chemistry results: a result is compared with a regulatory limit in the
 * limit's unit. Shared by the GraphQL chemistry reads and by SQL-free callers (e.g. OGC feature
 * collections), so it takes plain values and reads nothing.
 *
 * Contract of `compareWithLimit`:
 * - no value (not measured) → not comparable, reason "no value";
 * - a non-detect (detection flag "<", "ND", "U", "BDL", or starting with "<") → exceeds false: the
 *   analyte was below what the laboratory could detect;
 * - units that `convertConcentration` cannot convert → not comparable, with its reason; so is a
 *   result stated on a basis other than N against a limit stated without one (`limitRatio`: EPA
 *   states the nitrate limits, as N, in plain mg/L; "mg/L as CaCO3" against a plain limit is a guess);
 * - otherwise `exceeds` is value > limit (the limit converted into the result's unit): a result
 *   equal to the limit meets it. `valueInLimitUnit` is the value converted into the limit's unit.
 * `compareWithLimits` compares with every limit of the parameter: `exceeds` is true when any limit
 * is exceeded, false when every comparable limit is met and at least one was comparable, null
 * when none was; `exceededLimit` is the highest limit exceeded (the one exceeded by the smallest
 * ratio, whatever the units: the MCL of fluoride over its SMCL when a value exceeds both), then the
 * lowest id.
 */
import { concentrationRatio, convertConcentration, parseUnit, type Ratio } from "./convertConcentration.js";

/** The only basis a result may carry against a limit stated without one. */
export const IMPLICIT_LIMIT_BASIS = "n";

/** The factor taking limit values in `limitUnit` into `resultUnit`, or why a result in that unit is not comparable with the limit. */
export function limitRatio(limitUnit: string, resultUnit: string): Ratio {
  const resultBasis = parseUnit(resultUnit).basis;
  if (resultBasis !== null && resultBasis !== IMPLICIT_LIMIT_BASIS && parseUnit(limitUnit).basis === null) {
    return { ok: false, reason: `${resultUnit} cannot be compared with a limit in ${limitUnit}: the limit states no basis` };
  }
  return concentrationRatio(limitUnit, resultUnit);
}

export interface ComparableResult {
  value: number | null;
  unit: string;
  /** Laboratory qualifier as reported, or null. */
  detectionFlag?: string | null;
}

export interface ComparableLimit {
  id: number;
  value: number;
  unit: string;
}

export type LimitComparison =
  | { comparable: true; exceeds: boolean; valueInLimitUnit: number | null; reason: string | null }
  | { comparable: false; exceeds: null; valueInLimitUnit: null; reason: string };

export const NON_DETECT_FLAGS: ReadonlySet<string> = new Set(["<", "nd", "u", "bdl"]);

/** True when the detection flag says the analyte was not detected. */
export function isNonDetect(flag: string | null | undefined): boolean {
  const text = flag?.trim().toLowerCase() ?? "";
  return text.startsWith("<") || NON_DETECT_FLAGS.has(text);
}

export function compareWithLimit(result: ComparableResult, limit: ComparableLimit): LimitComparison {
  if (result.value === null) return { comparable: false, exceeds: null, valueInLimitUnit: null, reason: "no value" };
  const converted = convertConcentration(result.value, result.unit, limit.unit);
  const ratio = limitRatio(limit.unit, result.unit);
  if (!converted.ok) return { comparable: false, exceeds: null, valueInLimitUnit: null, reason: converted.reason };
  if (!ratio.ok) return { comparable: false, exceeds: null, valueInLimitUnit: null, reason: ratio.reason };
  if (isNonDetect(result.detectionFlag)) {
    return { comparable: true, exceeds: false, valueInLimitUnit: converted.value, reason: `not detected (${result.detectionFlag?.trim()})` };
  }
  // Compared in the result's unit (limit × ratio), the arithmetic the chemistry summary's SQL repeats.
  return { comparable: true, exceeds: result.value > limit.value * ratio.ratio, valueInLimitUnit: converted.value, reason: null };
}

export interface LimitsVerdict<L extends ComparableLimit> {
  exceeds: boolean | null;
  exceededLimit: L | null;
  comparisons: { limit: L; comparison: LimitComparison }[];
}

export function compareWithLimits<L extends ComparableLimit>(result: ComparableResult, limits: readonly L[]): LimitsVerdict<L> {
  const comparisons = limits.map((limit) => ({ limit, comparison: compareWithLimit(result, limit) }));
  // The highest limit exceeded is the one the value exceeds by the smallest ratio (unit-free).
  const ratio = (c: (typeof comparisons)[number]) => (c.comparison.valueInLimitUnit ?? 0) / c.limit.value;
  const exceeded = comparisons
    .filter((c) => c.comparison.exceeds === true)
    .sort((a, b) => ratio(a) - ratio(b) || a.limit.id - b.limit.id)
    .map((c) => c.limit);
  const anyComparable = comparisons.some((c) => c.comparison.comparable);
  return {
    exceeds: exceeded.length > 0 ? true : anyComparable ? false : null,
    exceededLimit: exceeded[0] ?? null,
    comparisons,
  };
}
