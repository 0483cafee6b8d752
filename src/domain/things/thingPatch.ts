/**
 * The columns every thing update may change (name, site name, release status, first visit date).
 *
 * Contract: omitted (undefined) fields are absent from the patch; `siteName` and `firstVisitDate`
 * are cleared by null; `name` and `releaseStatus` cannot be null, and `name` cannot be blank.
 */
import type { FieldErrors } from "../shared/validation/FieldErrors.js";
import { notBlank, notInFuture, notNull } from "../shared/validation/rules.js";
import type { ReleaseStatusValue } from "../vocabulary/enumValues.js";

/** The changes to the common columns a thing update may carry (omitted = unchanged, null = cleared). */
export interface ThingPatchInput {
  name?: string | null;
  siteName?: string | null;
  releaseStatus?: ReleaseStatusValue | null;
  firstVisitDate?: Date | null;
}

export interface ThingPatchColumns {
  name?: string;
  siteName?: string | null;
  releaseStatus?: string;
  firstVisitDate?: Date | null;
}

export function checkThingPatch(errors: FieldErrors, input: ThingPatchInput, now: Date): void {
  errors.check(["input", "name"], notNull(input.name, "Name") ?? notBlank(input.name, "Name"));
  errors.check(["input", "releaseStatus"], notNull(input.releaseStatus, "Release status"));
  errors.check(["input", "firstVisitDate"], notInFuture(input.firstVisitDate, "First visit date", now));
}

export function thingPatchColumns(input: ThingPatchInput): ThingPatchColumns {
  const columns: ThingPatchColumns = {};
  if (typeof input.name === "string") columns.name = input.name.trim();
  if (input.siteName !== undefined) columns.siteName = input.siteName?.trim() || null;
  if (typeof input.releaseStatus === "string") columns.releaseStatus = input.releaseStatus;
  if (input.firstVisitDate !== undefined) columns.firstVisitDate = input.firstVisitDate;
  return columns;
}
