/**
 * The entry a contact list shows for a person: of their emails (or phones), the one typed
 * "Primary", else the first recorded (lowest id). Front ends no longer pick it from the list.
 *
 * Contract: `entries` in id order (as the loaders give them); null for an empty list, which is also
 * what a caller without the personal-data capability gets (the loaders return no entries then).
 */
const PRIMARY = "Primary";

export function primaryEntry<E>(entries: readonly E[], typeOf: (entry: E) => string): E | null {
  return entries.find((entry) => typeOf(entry) === PRIMARY) ?? entries[0] ?? null;
}
