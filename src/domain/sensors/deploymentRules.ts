/**
 * Rules of sensor deployments. A deployment occupies its sensor over the half-open period
 * [installation date, removal date): a sensor removed on a day may be installed elsewhere the same
 * day. An unknown installation date (migrated data) reaches back indefinitely; no removal date
 * means still installed.
 */
import type { RuleResult } from "../shared/validation/rules.js";

export interface DeploymentPeriod {
  installationDate: Date | null;
  removalDate: Date | null;
}

/** Name reported in the ConflictError of overlapping deployments (an application-level rule). */
export const DEPLOYMENT_OVERLAP_CONSTRAINT = "deployment_sensor_no_overlap";

/** Units a recording interval may be given in (the terms the read API converts to minutes). */
export const RECORDING_INTERVAL_UNITS = ["second", "minute", "hour"] as const;

/** True when two deployments of one sensor would hold it at the same time. */
export function periodsOverlap(a: DeploymentPeriod, b: DeploymentPeriod): boolean {
  const start = (p: DeploymentPeriod) => p.installationDate?.getTime() ?? Number.NEGATIVE_INFINITY;
  const end = (p: DeploymentPeriod) => p.removalDate?.getTime() ?? Number.POSITIVE_INFINITY;
  return start(a) < end(b) && start(b) < end(a);
}

/** "Removal date must not be before installation date (YYYY-MM-DD)". */
export function removalNotBeforeInstallation(installationDate: Date | null, removalDate: Date | null | undefined): RuleResult {
  if (!installationDate || !removalDate || removalDate >= installationDate) return null;
  return `Removal date must not be before installation date (${installationDate.toISOString().slice(0, 10)})`;
}

/** A recording interval is a whole number > 0 with a unit of RECORDING_INTERVAL_UNITS. */
export function recordingIntervalRule(interval: number | null | undefined, unit: string | null | undefined): { interval: RuleResult; unit: RuleResult } {
  const hasInterval = interval !== null && interval !== undefined;
  return {
    interval: hasInterval && interval <= 0 ? "Recording interval must be greater than 0" : null,
    unit:
      hasInterval && !unit
        ? "Recording interval unit is required with a recording interval"
        : unit && !(RECORDING_INTERVAL_UNITS as readonly string[]).includes(unit)
          ? `Recording interval unit must be one of ${RECORDING_INTERVAL_UNITS.join(", ")}`
          : null,
  };
}
