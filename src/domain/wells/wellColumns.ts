/**
 * The thing columns of a well input (create or partial update), in storage units.
 *
 * Contract: a field that is undefined (omitted) is absent from the result, so Prisma leaves the
 * column unchanged; a null field clears the column. Depths are converted to feet, the casing
 * diameter to inches.
 */
import { lengthIn, type LengthInputValue } from "../shared/lengthInput.js";
import type { WellMeasureField, WellMeasures } from "./wellRules.js";

/** The construction fields of a well input; lengths with their unit, methods and types lexicon terms. */
export interface WellFieldsInput {
  wellDepth?: LengthInputValue | null;
  holeDepth?: LengthInputValue | null;
  casingDepth?: LengthInputValue | null;
  casingDiameter?: LengthInputValue | null;
  pumpDepth?: LengthInputValue | null;
  completionDate?: Date | null;
  drillerName?: string | null;
  constructionMethod?: string | null;
  pumpType?: string | null;
  formation?: string | null;
}

/** Storage columns of the construction measures. */
export const measureColumns = {
  wellDepth: "wellDepth",
  holeDepth: "holeDepth",
  casingDepth: "wellCasingDepth",
  pumpDepth: "wellPumpDepth",
  casingDiameter: "wellCasingDiameter",
} as const satisfies Record<WellMeasureField, string>;

/** The measures given in `input` (converted), keyed by field; omitted fields are absent. */
export function givenMeasures(input: WellFieldsInput): Partial<WellMeasures> {
  const measures: Partial<WellMeasures> = {};
  for (const field of Object.keys(measureColumns) as WellMeasureField[]) {
    const value = lengthIn(input[field], field === "casingDiameter" ? "INCH" : "FOOT");
    if (value !== undefined) measures[field] = value;
  }
  return measures;
}

/** The stored measures of a thing row. */
export function storedMeasures(thing: {
  wellDepth: number | null;
  holeDepth: number | null;
  wellCasingDepth: number | null;
  wellPumpDepth: number | null;
  wellCasingDiameter: number | null;
}): WellMeasures {
  return {
    wellDepth: thing.wellDepth,
    holeDepth: thing.holeDepth,
    casingDepth: thing.wellCasingDepth,
    pumpDepth: thing.wellPumpDepth,
    casingDiameter: thing.wellCasingDiameter,
  };
}

export interface WellColumns {
  wellDepth?: number | null;
  holeDepth?: number | null;
  wellCasingDepth?: number | null;
  wellPumpDepth?: number | null;
  wellCasingDiameter?: number | null;
  wellCompletionDate?: Date | null;
  wellDrillerName?: string | null;
  wellConstructionMethod?: string | null;
  wellPumpType?: string | null;
  formationCompletionCode?: string | null;
}

/** The columns `input` sets (omitted fields absent, nulls kept). */
export function wellColumnsOf(input: WellFieldsInput): WellColumns {
  const columns: WellColumns = {};
  for (const [field, value] of Object.entries(givenMeasures(input)) as [WellMeasureField, number | null][]) {
    columns[measureColumns[field]] = value;
  }
  if (input.completionDate !== undefined) columns.wellCompletionDate = input.completionDate;
  if (input.drillerName !== undefined) columns.wellDrillerName = input.drillerName?.trim() || null;
  if (input.constructionMethod !== undefined) columns.wellConstructionMethod = input.constructionMethod;
  if (input.pumpType !== undefined) columns.wellPumpType = input.pumpType;
  if (input.formation !== undefined) columns.formationCompletionCode = input.formation;
  return columns;
}
