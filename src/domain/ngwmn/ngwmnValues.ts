/**
 * How values are written in the NGWMN documents, as the reference wrote them (Python's `str`).
 *
 * Contract: a whole number gets one decimal ("315.0"), other numbers their shortest round-trip
 * form ("2.5"); null stays null (an empty element, where the reference wrote "None").
 */

export function decimalText(value: number | null): string | null {
  if (value === null || !Number.isFinite(value)) return null;
  return Number.isInteger(value) && Math.abs(value) < 1e16 ? value.toFixed(1) : String(value);
}

/** Two decimals ("{:0.2f}" in the reference), for depths to water. */
export function twoDecimals(value: number): string {
  return value.toFixed(2);
}
