/**
 * What callers give the sensor and deployment writes.
 *
 * Contract: changes are partial (an absent field stays; null clears it where the write allows it);
 * ids are the API's id strings, parsed by the write; vocabulary fields hold lexicon terms
 * (`sensor_type`, `sensor_status`, `organization`, `unit`). Structurally compatible with the API's
 * input types.
 */
import type { LengthInputValue } from "../shared/lengthInput.js";
import type { ReleaseStatusValue } from "../vocabulary/enumValues.js";

export interface NewSensor {
  name: string;
  sensorType: string;
  model?: string | null;
  serialNumber?: string | null;
  /** Property control number. */
  pcnNumber?: string | null;
  ownerAgency?: string | null;
  sensorStatus?: string | null;
  notes?: string | null;
  /** DRAFT when absent. */
  releaseStatus?: ReleaseStatusValue | null;
}

export interface SensorChanges {
  name?: string | null;
  sensorType?: string | null;
  model?: string | null;
  serialNumber?: string | null;
  pcnNumber?: string | null;
  ownerAgency?: string | null;
  sensorStatus?: string | null;
  notes?: string | null;
  releaseStatus?: ReleaseStatusValue | null;
}

export interface NewDeployment {
  sensorId: string;
  thingId: string;
  installedOn: Date;
  /** Absent or null: still installed. */
  removedOn?: Date | null;
  recordingInterval?: number | null;
  /** "second", "minute" or "hour"; required with a recording interval. */
  recordingIntervalUnit?: string | null;
  /** Stored in feet. */
  hangingCableLength?: LengthInputValue | null;
  /** Stored in feet. */
  hangingPointHeight?: LengthInputValue | null;
  hangingPointDescription?: string | null;
  notes?: string | null;
  /** DRAFT when absent. */
  releaseStatus?: ReleaseStatusValue | null;
}

/** The removal of a deployed sensor. */
export interface DeploymentRemoval {
  removedOn: Date;
}
