/** Conversions to the API's `Length { value unit }`; null stays null. */

export type LengthUnitName = "FOOT" | "INCH" | "METER";

export interface Length {
  value: number;
  unit: LengthUnitName;
}

export const METERS_PER_FOOT = 0.3048;

export function feet(value: number | null | undefined): Length | null {
  return value === null || value === undefined ? null : { value, unit: "FOOT" };
}

export function inches(value: number | null | undefined): Length | null {
  return value === null || value === undefined ? null : { value, unit: "INCH" };
}

/** Metres to feet, rounded to 0.01 ft (about 3 mm, below survey precision). */
export function metersToFeet(meters: number): number {
  return Math.round((meters / METERS_PER_FOOT) * 100) / 100;
}
