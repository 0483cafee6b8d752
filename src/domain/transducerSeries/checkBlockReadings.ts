/**
 * Rules of the readings of a block: 1 to MAX_BLOCK_READINGS readings whose timestamps strictly
 * increase. Every reading whose timestamp is not after the previous one is recorded under
 * ["input", "readings", <index>, "timestamp"] (at most MAX_LISTED_READINGS of them; the message
 * gives the total).
 */
import type { FieldErrors } from "../shared/validation/FieldErrors.js";
import { MAX_BLOCK_READINGS } from "./transducerBlockRules.js";

/** Most offending readings listed one by one in a ValidationFailedError. */
export const MAX_LISTED_READINGS = 1_000;

/** Indices i (> 0) whose time is not after that of i - 1. */
export function nonIncreasingIndices(times: readonly number[]): number[] {
  const indices: number[] = [];
  for (let i = 1; i < times.length; i += 1) {
    if ((times[i] ?? 0) <= (times[i - 1] ?? 0)) indices.push(i);
  }
  return indices;
}

/** Records every failing rule; returns the summary message of the increase rule, or null. */
export function checkBlockReadings(errors: FieldErrors, readings: readonly { timestamp: Date }[]): string | null {
  const path = ["input", "readings"];
  if (readings.length === 0) errors.add(path, "A block needs at least one reading");
  if (readings.length > MAX_BLOCK_READINGS) {
    errors.add(path, `A block holds at most ${MAX_BLOCK_READINGS} readings (got ${readings.length})`);
  }
  const times = readings.map((r) => r.timestamp.getTime());
  const bad = nonIncreasingIndices(times);
  for (const i of bad.slice(0, MAX_LISTED_READINGS)) {
    const previous = readings[i - 1]?.timestamp.toISOString() ?? "";
    const current = readings[i]?.timestamp.toISOString() ?? "";
    errors.add(
      [...path, String(i), "timestamp"],
      `Timestamp ${current} of reading ${i} is not after that of reading ${i - 1} (${previous}); timestamps must strictly increase`,
    );
  }
  if (bad.length === 0) return null;
  const shown = bad.slice(0, 20).join(", ");
  return `Timestamps must strictly increase; ${bad.length} reading${bad.length === 1 ? " does" : "s do"} not: ${shown}${bad.length > 20 ? `, and ${bad.length - 20} more` : ""}`;
}
