/**
 * Validation of a manual groundwater-level entry with the wording of the field form's acceptance
 * criteria (OcotilloBDD groundwater-level-entry): "<field> is required", "Groundwater level must be
 * numeric", "Date cannot be in the future".
 *
 * Contract: returns the parsed entry when every rule passes; otherwise throws one ValidationFailedError
 * listing every failing field, under ["input", <field>]. Labels: Well ID (wellId/wellName),
 * Date/Time (measuredAt), Groundwater Level (groundwaterLevel), Measurement Method (method),
 * Observer Initials (observerInitials). A level may be missing only when a reason is given.
 */
import { parseId } from "../shared/ids.js";
import type { NewGroundwaterLevel } from "./groundwaterLevelInput.js";
import { convertLength } from "../shared/lengthInput.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { latestMeasurementTime } from "../shared/validation/latestMeasurementTime.js";
import { maxLength, notInFuture, numeric, required } from "../shared/validation/rules.js";

/** Review state of a new manual level: nobody has checked it yet. */
export const DEFAULT_DATA_MATURITY = "provisional";

export interface GroundwaterLevelEntry {
  well: { id: number } | { name: string };
  measuredAt: Date;
  /** Depth to water below the measuring point, feet; null when not measured (a reason is given). */
  level: number | null;
  method: string;
  observerInitials: string;
  participantContactId: number | null;
  /** Measuring point height checked at the visit, feet; null = use the well's history. */
  measuringPointHeight: number | null;
  reason: string | null;
  /** Trend seen while measuring (a `level_status` term), or null. */
  levelStatus: string | null;
  /** Review state (a `data_maturity` term). */
  dataMaturity: string;
  environmentalConditions: string | null;
  notes: string | null;
}

export function checkGroundwaterLevelInput(input: NewGroundwaterLevel, now: Date): GroundwaterLevelEntry {
  const errors = new FieldErrors();
  const wellName = input.wellName?.trim() || null;
  const wellId = input.wellId?.trim() || null;
  if (wellId === null && wellName === null) errors.add(["input", "wellId"], "Well ID is required");
  if (wellId !== null && wellName !== null) errors.add(["input", "wellName"], "Give either wellId or wellName, not both");
  errors.check(
    ["input", "measuredAt"],
    required(input.measuredAt, "Date/Time") ?? notInFuture(input.measuredAt, "Date", latestMeasurementTime(now)),
  );
  const reason = input.reason ?? null;
  errors.check(
    ["input", "groundwaterLevel"],
    (reason === null ? required(input.groundwaterLevel, "Groundwater Level") : null) ?? numeric(input.groundwaterLevel, "Groundwater level"),
  );
  errors.check(["input", "method"], required(input.method, "Measurement Method"));
  errors.check(
    ["input", "observerInitials"],
    required(input.observerInitials, "Observer Initials") ?? maxLength(input.observerInitials?.trim(), 10, "Observer initials"),
  );
  errors.throwIfAny();

  const levelText = input.groundwaterLevel?.trim() ?? "";
  return {
    // wellId/wellName presence was checked above; parseId rejects a malformed id as BAD_USER_INPUT.
    well: wellId !== null ? { id: parseId(wellId, "input.wellId") } : { name: wellName ?? "" },
    measuredAt: input.measuredAt ?? now,
    level: levelText === "" ? null : Number(levelText),
    method: input.method ?? "",
    observerInitials: input.observerInitials?.trim() ?? "",
    participantContactId: input.participantContactId ? parseId(input.participantContactId, "input.participantContactId") : null,
    measuringPointHeight: input.measuringPointHeight ? convertLength(input.measuringPointHeight, "FOOT") : null,
    reason,
    levelStatus: input.levelStatus ?? null,
    dataMaturity: input.dataMaturity ?? DEFAULT_DATA_MATURITY,
    environmentalConditions: input.environmentalConditions?.trim() || null,
    notes: input.notes?.trim() || null,
  };
}
