/** What `search` resolves to before GraphQL serialises it: one hit, naming the record it found. */

/** Values of the GraphQL enum `SearchGroup`. */
export type SearchGroupName = "WELLS" | "SPRINGS" | "STATIONS" | "CONTACTS" | "ASSETS";

export interface SearchHitModel {
  group: SearchGroupName;
  label: string;
  description: string | null;
  score: number;
  /** Set exactly when `group` is WELLS, SPRINGS or STATIONS. */
  thingId: number | null;
  /** Set exactly when `group` is CONTACTS. */
  contactId: number | null;
  /** Set exactly when `group` is ASSETS. */
  assetId: number | null;
}
