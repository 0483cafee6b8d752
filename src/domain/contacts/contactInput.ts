/**
 * What callers give the contact writes: a new contact (with its first entries and notes), changes
 * to a contact, and new or changed entries (emails, phones, postal addresses).
 *
 * Contract: changes are partial (an absent field stays; null clears it where the write allows it).
 * Vocabulary fields hold lexicon terms (already resolved by the caller); ids are the API's id
 * strings, parsed by the write. Structurally compatible with the API's input types, so a caller may
 * pass those through unchanged.
 */
import type { ReleaseStatusValue } from "../vocabulary/enumValues.js";

export interface NewEmail {
  email: string;
  /** Lexicon `email_type`; "Primary" when absent. */
  emailType?: string | null;
  /** The contact's when absent. */
  releaseStatus?: ReleaseStatusValue | null;
}

export interface EmailChanges {
  email?: string | null;
  emailType?: string | null;
  releaseStatus?: ReleaseStatusValue | null;
}

export interface NewPhone {
  /** Any common notation; stored in E.164. */
  phoneNumber: string;
  /** Lexicon `phone_type`; "Primary" when absent. */
  phoneType?: string | null;
  /** The contact's when absent. */
  releaseStatus?: ReleaseStatusValue | null;
}

export interface PhoneChanges {
  phoneNumber?: string | null;
  phoneType?: string | null;
  releaseStatus?: ReleaseStatusValue | null;
}

export interface NewAddress {
  line1: string;
  line2?: string | null;
  city?: string | null;
  /** "NM" when absent. */
  state?: string | null;
  postalCode?: string | null;
  /** Lexicon `country`; "United States" when absent. */
  country?: string | null;
  /** Lexicon `address_type`; "Primary" when absent. */
  addressType?: string | null;
  /** The contact's when absent. */
  releaseStatus?: ReleaseStatusValue | null;
}

export interface AddressChanges {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
  country?: string | null;
  addressType?: string | null;
  releaseStatus?: ReleaseStatusValue | null;
}

export interface NewContactNote {
  content: string;
  /** Lexicon `note_type`. */
  noteType: string;
}

export interface NewContact {
  /** Null for organization-only contacts; a name or an organization is required. */
  name?: string | null;
  /** Lexicon `organization`. */
  organization?: string | null;
  /** Lexicon `role`. */
  role: string;
  /** Lexicon `contact_type`. */
  contactType: string;
  /** DRAFT when absent. */
  releaseStatus?: ReleaseStatusValue | null;
  /** Id of a thing to associate the contact with. */
  thingId?: string | null;
  emails?: NewEmail[] | null;
  phones?: NewPhone[] | null;
  addresses?: NewAddress[] | null;
  notes?: NewContactNote[] | null;
}

export interface ContactChanges {
  name?: string | null;
  organization?: string | null;
  role?: string | null;
  contactType?: string | null;
  releaseStatus?: ReleaseStatusValue | null;
}

/** Which contacts a list holds; an absent criterion does not restrict it. */
export interface ContactFilter {
  /** Contacts whose name contains this text, ignoring case. */
  nameContains?: string | null;
  /** Contacts of exactly this organization (a lexicon term). */
  organization?: string | null;
  /** Contacts with exactly this role (a lexicon term). */
  role?: string | null;
}
