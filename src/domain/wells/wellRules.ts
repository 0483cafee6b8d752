/**
 * Construction rules of a well, as named rules. Depths are feet below ground surface, the casing
 * diameter inches; null = unknown, and a rule with an unknown operand passes.
 *
 * - every depth and the casing diameter are greater than 0;
 * - well depth ≤ hole depth (a well cannot be deeper than the hole it was drilled in);
 * - casing depth ≤ well depth (or ≤ hole depth while the well depth is unknown);
 * - pump depth ≤ well depth (the pump hangs inside the well).
 */
import type { FieldErrors } from "../shared/validation/FieldErrors.js";
import { notGreaterThan, positiveNumber, type RuleResult } from "../shared/validation/rules.js";

/** The construction measures of a well in storage units. */
export interface WellMeasures {
  wellDepth: number | null;
  holeDepth: number | null;
  casingDepth: number | null;
  pumpDepth: number | null;
  casingDiameter: number | null;
}

export type WellMeasureField = keyof WellMeasures;

export const wellMeasureLabels: Record<WellMeasureField, string> = {
  wellDepth: "Well depth",
  holeDepth: "Hole depth",
  casingDepth: "Casing depth",
  pumpDepth: "Pump depth",
  casingDiameter: "Casing diameter",
};

function ft(value: number): string {
  return `${value} ft`;
}

/** Well depth must not exceed hole depth. */
export function wellDepthWithinHoleDepth(wellDepth: number | null, holeDepth: number | null): RuleResult {
  if (wellDepth === null || holeDepth === null) return null;
  return notGreaterThan(wellDepth, holeDepth, `Well depth (${ft(wellDepth)})`, `hole depth (${ft(holeDepth)})`);
}

/** Casing depth must not exceed well depth, or hole depth while the well depth is unknown. */
export function casingDepthWithinWellDepth(
  casingDepth: number | null,
  wellDepth: number | null,
  holeDepth: number | null,
): RuleResult {
  if (casingDepth === null) return null;
  if (wellDepth !== null) {
    return notGreaterThan(casingDepth, wellDepth, `Casing depth (${ft(casingDepth)})`, `well depth (${ft(wellDepth)})`);
  }
  if (holeDepth !== null) {
    return notGreaterThan(casingDepth, holeDepth, `Casing depth (${ft(casingDepth)})`, `hole depth (${ft(holeDepth)})`);
  }
  return null;
}

/** Pump depth must not exceed well depth. */
export function pumpDepthWithinWellDepth(pumpDepth: number | null, wellDepth: number | null): RuleResult {
  if (pumpDepth === null || wellDepth === null) return null;
  return notGreaterThan(pumpDepth, wellDepth, `Pump depth (${ft(pumpDepth)})`, `well depth (${ft(wellDepth)})`);
}

/**
 * Records every broken construction rule of `measures` in `errors`, under ["input", <field>].
 * Only rules that involve a field in `given` are checked, so that an update that does not touch
 * the depths is never blocked by values stored before these rules existed.
 */
export function checkWellMeasures(
  errors: FieldErrors,
  measures: WellMeasures,
  given: ReadonlySet<WellMeasureField>,
): void {
  for (const field of given) {
    errors.check(["input", field], positiveNumber(measures[field], wellMeasureLabels[field]));
  }
  const { wellDepth, holeDepth, casingDepth, pumpDepth } = measures;
  const positive = (v: number | null) => (v !== null && v > 0 ? v : null);
  const pick = (a: WellMeasureField, b: WellMeasureField): WellMeasureField => (given.has(a) ? a : b);
  if (given.has("wellDepth") || given.has("holeDepth")) {
    errors.check(["input", pick("wellDepth", "holeDepth")], wellDepthWithinHoleDepth(positive(wellDepth), positive(holeDepth)));
  }
  if (given.has("casingDepth") || given.has("wellDepth") || given.has("holeDepth")) {
    errors.check(
      ["input", given.has("casingDepth") ? "casingDepth" : pick("wellDepth", "holeDepth")],
      casingDepthWithinWellDepth(positive(casingDepth), positive(wellDepth), positive(holeDepth)),
    );
  }
  if (given.has("pumpDepth") || given.has("wellDepth")) {
    errors.check(["input", pick("pumpDepth", "wellDepth")], pumpDepthWithinWellDepth(positive(pumpDepth), positive(wellDepth)));
  }
}
