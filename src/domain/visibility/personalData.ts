/**
 * Personal data of contacts, shown only to viewers with the personal-data capability.
 *
 * Contract: without it, a contact's `name` is null (an organization-only contact already has a
 * null name; its organization stays visible), and its emails, phones and addresses are empty
 * lists that are not even read from the database. Search and filters never match on these fields
 * for such a viewer (see searchAll.ts, findContactsPage.ts).
 */
import type { Viewer } from "./viewer.js";

export function visibleContactName(viewer: Viewer, contact: { name: string | null }): string | null {
  return viewer.personalData ? contact.name : null;
}
