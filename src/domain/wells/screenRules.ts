/**
 * Rules of well screens: depths (feet below ground surface) greater than 0 and the bottom at or
 * below the top.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import type { FieldErrors } from "../shared/validation/FieldErrors.js";
import { positiveNumber, type RuleResult } from "../shared/validation/rules.js";

/** A screen row as the mutations return it (with the aquifer and formation it is open to). */
export type WellScreenRow = Prisma.WellScreenGetPayload<{ include: { aquiferSystem: true; geologicFormation: true } }>;

/** "Screen bottom (X ft) must be at or below screen top (Y ft)" when bottom < top. */
export function screenBottomBelowTop(top: number | null, bottom: number | null): RuleResult {
  if (top === null || bottom === null || bottom >= top) return null;
  return `Screen bottom (${bottom} ft) must be at or below screen top (${top} ft)`;
}

/**
 * Records the broken rules of a screen under ["input", "top" | "bottom"]. `given` says which of the
 * two the input sets (the other is the stored value), so the message lands on a field the caller sent.
 */
export function checkScreenDepths(
  errors: FieldErrors,
  depths: { top: number | null; bottom: number | null },
  given: { top: boolean; bottom: boolean },
): void {
  if (given.top) errors.check(["input", "top"], positiveNumber(depths.top, "Screen top"));
  if (given.bottom) errors.check(["input", "bottom"], positiveNumber(depths.bottom, "Screen bottom"));
  if (given.top || given.bottom) {
    errors.check(["input", given.bottom ? "bottom" : "top"], screenBottomBelowTop(depths.top, depths.bottom));
  }
}
