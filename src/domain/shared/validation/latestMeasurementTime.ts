/**
 * The latest instant a time measured in the field may carry: the server's clock plus a tolerance,
 * because loggers' and phones' clocks run a little ahead. Every write of a measurement or sample
 * time checks against it (`notInFuture(value, label, latestMeasurementTime(now))`).
 */

/** How far ahead of the server's clock a measurement time may be. */
const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;

export function latestMeasurementTime(now: Date = new Date()): Date {
  return new Date(now.getTime() + CLOCK_TOLERANCE_MS);
}
