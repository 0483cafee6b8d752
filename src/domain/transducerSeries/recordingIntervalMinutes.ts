/**
 * A deployment's recording interval in minutes.
 * Contract: the interval converted from its unit (lexicon `unit` terms "second", "minute",
 * "hour") and rounded to the nearest minute (halves up); null when the interval or its unit is
 * missing or the unit is none of those.
 */
const TO_MINUTES: Readonly<Record<string, (interval: number) => number>> = {
  second: (s) => s / 60,
  minute: (m) => m,
  hour: (h) => h * 60,
};

export function recordingIntervalMinutes(interval: number | null, unit: string | null): number | null {
  if (interval === null || unit === null) return null;
  const convert = TO_MINUTES[unit];
  return convert ? Math.round(convert(interval)) : null;
}
