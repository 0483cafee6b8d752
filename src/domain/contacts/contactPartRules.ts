/**
 * Rules for the parts of a contact (emails, phones, addresses) and of the contact itself, shared by
 * the nested create and by the per-part mutations. Each `check*` records every failing field under
 * `path` and returns the normalised value(s) to store.
 */
import type { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength, notBlank, required } from "../shared/validation/rules.js";
import { normalizeEmail } from "./normalizeEmail.js";
import { normalizePhone } from "./normalizePhone.js";

/** The country whose postal codes `postalCodeRule` checks. */
export const UNITED_STATES = "United States";

/** "Email is not a valid email address" unless `normalizeEmail` accepts it. */
export function checkEmail(errors: FieldErrors, path: string[], email: string): string {
  const normalized = normalizeEmail(email);
  if (normalized === null) errors.add(path, `Email "${email}" is not a valid email address`);
  return normalized ?? email;
}

/** "Phone number ... is not a valid phone number" unless it parses to a valid E.164 number. */
export function checkPhone(errors: FieldErrors, path: string[], phoneNumber: string): string {
  const normalized = normalizePhone(phoneNumber);
  if (normalized === null) errors.add(path, `Phone number "${phoneNumber}" is not a valid phone number`);
  return normalized ?? phoneNumber;
}

/** A US postal code is a ZIP ("87801") or ZIP+4 ("87801-4796"); other countries are not checked. */
export function postalCodeRule(postalCode: string | null | undefined, country: string): string | null {
  if (postalCode === null || postalCode === undefined || country !== UNITED_STATES) return null;
  return /^\d{5}(?:-\d{4})?$/.test(postalCode.trim()) ? null : `Postal code "${postalCode}" is not a US ZIP code (12345 or 12345-6789)`;
}

export interface AddressFields {
  line1?: string | null;
  line2?: string | null;
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
}

/** Lengths of the address columns, a non-blank first line and a valid postal code for `country`. */
export function checkAddress(errors: FieldErrors, path: string[], address: AddressFields, country: string, creating: boolean): void {
  errors.check([...path, "line1"], (creating ? required(address.line1, "Address line 1") : null) ?? notBlank(address.line1, "Address line 1"));
  errors.check([...path, "line1"], maxLength(address.line1, 255, "Address line 1"));
  errors.check([...path, "line2"], maxLength(address.line2, 255, "Address line 2"));
  errors.check([...path, "city"], maxLength(address.city, 100, "City"));
  errors.check([...path, "state"], maxLength(address.state, 50, "State"));
  errors.check([...path, "postalCode"], maxLength(address.postalCode, 20, "Postal code") ?? postalCodeRule(address.postalCode, country));
}

/** A contact needs a name or an organization (the reference rejected contacts with neither). */
export function nameOrOrganization(name: string | null | undefined, organization: string | null | undefined): string | null {
  const hasName = typeof name === "string" && name.trim() !== "";
  return hasName || organization ? null : "Name or organization is required";
}
