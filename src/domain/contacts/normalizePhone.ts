/**
 * Telephone numbers in E.164, parsed with libphonenumber-js (full metadata).
 *
 * Contract: returns the E.164 form ("+15055551234") of a number that is valid for its country,
 * reading numbers without a country code as numbers of `defaultRegion` (US); returns null for
 * anything else (too short, impossible area codes, letters, ...).
 */
import { parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/max";

export const DEFAULT_PHONE_REGION: CountryCode = "US";

export function normalizePhone(text: string, defaultRegion: CountryCode = DEFAULT_PHONE_REGION): string | null {
  const parsed = parsePhoneNumberFromString(text.trim(), defaultRegion);
  return parsed && parsed.isValid() ? parsed.number : null;
}
