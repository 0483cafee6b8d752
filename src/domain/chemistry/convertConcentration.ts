/**
 * Conversion of a chemistry value between units of the same kind (mass per volume, e.g. mg/L and
 * μg/L), so that a result can be compared with a limit stated in another unit.
 *
 * Contract:
 * - units are matched after trimming and ignoring case and spaces; μ (Greek mu), µ (micro sign)
 *   and "u" spell micro alike; "ppm", "ppb" and "ppt" are taken as mg/L, μg/L and ng/L (dilute
 *   water);
 * - a unit may carry a basis, "mg/L as N": two units whose bases are both given must have the same
 *   basis (mg/L as N → mg/L as NO3 needs a molar mass and is refused); a unit without a basis is
 *   read on the basis of the other (the limits of "Nitrate (as N)" are published in plain mg/L);
 * - equal units convert to the same value without arithmetic, so any unit (pH units, μS/cm)
 *   compares with itself; anything else that is not in the table is refused with a reason.
 * Pure: no database, no I/O.
 */

/** Factor to mg/L of each mass-per-volume unit, by its normalised spelling (`parseUnit`; the SQL mirror reads it too). */
export const MG_PER_L: Readonly<Record<string, number>> = {
  "g/l": 1_000,
  "mg/l": 1,
  ppm: 1,
  "μg/l": 0.001,
  ppb: 0.001,
  "ng/l": 0.000_001,
  ppt: 0.000_001,
};

export type Conversion = { ok: true; value: number } | { ok: false; reason: string };
export type Ratio = { ok: true; ratio: number } | { ok: false; reason: string };

export interface ParsedUnit {
  /** Normalised unit without its basis. */
  unit: string;
  /** Normalised basis ("n" of "mg/L as N"), or null. */
  basis: string | null;
}

/** Normalised unit and basis of a unit as written (`compareWithLimitSql.ts` repeats these steps in SQL). */
export function parseUnit(text: string): ParsedUnit {
  const normalised = text.trim().toLowerCase().replace(/\s+/g, " ").replace(/[µu](?=\s*g\s*\/)/, "μ");
  const match = /^(.*?)\s+as\s+(.+)$/.exec(normalised);
  const unit = (match?.[1] ?? normalised).replace(/\s+/g, "");
  return { unit, basis: match?.[2]?.replace(/\s+/g, "") ?? null };
}

/** Rounds away binary noise of the factor arithmetic (0.001 * 1000 = 1, not 1.0000000000000002). */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

/** The factor that takes a value in `from` to `to` (1 for equal units), or why there is none. */
export function concentrationRatio(from: string, to: string): Ratio {
  const source = parseUnit(from);
  const target = parseUnit(to);
  if (source.basis !== null && target.basis !== null && source.basis !== target.basis) {
    return { ok: false, reason: `${from} cannot be converted to ${to}: different basis (needs a molar mass)` };
  }
  if (source.unit === target.unit) return { ok: true, ratio: 1 };
  const fromFactor = MG_PER_L[source.unit];
  const toFactor = MG_PER_L[target.unit];
  if (fromFactor === undefined || toFactor === undefined) return { ok: false, reason: `${from} cannot be converted to ${to}` };
  return { ok: true, ratio: fromFactor / toFactor };
}

export function convertConcentration(value: number, from: string, to: string): Conversion {
  const ratio = concentrationRatio(from, to);
  return ratio.ok ? { ok: true, value: ratio.ratio === 1 ? value : clean(value * ratio.ratio) } : ratio;
}

/** Every ratio `concentrationRatio` can give, for SQL that must multiply by the same numbers. */
export const CONCENTRATION_RATIOS: readonly number[] = [
  ...new Set(Object.values(MG_PER_L).flatMap((from) => Object.values(MG_PER_L).map((to) => (from === to ? 1 : from / to)))),
];
