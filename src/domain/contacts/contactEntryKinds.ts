/**
 * The three kinds of contact entries, for contactEntries.ts: what each stores and checks.
 *
 * Contract:
 * - emails are validated and stored with their domain lower-cased (normalizeEmail);
 * - phones are stored in E.164 (normalizePhone; an invalid number is a ValidationError);
 * - addresses: line 1 is required and not blank; lengths and (for the United States) ZIP codes are
 *   checked on the resulting address; state "NM" and country "United States" by default;
 * - every kind's type defaults to "Primary"; the value, the type, the release status (and an
 *   address's line 1 and country) cannot be cleared; text is stored trimmed, blank as null.
 */
import type { Address, Email, Phone } from "../../generated/prisma/client.js";
import type { ContactEntryKind } from "./contactEntries.js";
import type { AddressChanges, EmailChanges, NewAddress, NewEmail, NewPhone, PhoneChanges } from "./contactInput.js";
import { checkAddress, checkEmail, checkPhone, UNITED_STATES } from "./contactPartRules.js";
import { notNull } from "../shared/validation/rules.js";

/** Default type of emails, phones and addresses (a term of each of those categories). */
export const PRIMARY = "Primary";
/** Default state of addresses (the reference API's default). */
export const DEFAULT_STATE = "NM";

/** Trimmed text, null for blank or null, undefined (unchanged) for undefined. */
function trimmedOrNull(value: string | null | undefined): string | null | undefined {
  return value === undefined ? undefined : value?.trim() || null;
}

interface EmailColumns {
  email: string;
  emailType: string;
}

export const emailEntries: ContactEntryKind<Email, NewEmail, EmailChanges, EmailColumns, Partial<EmailColumns> & { releaseStatus?: string }> = {
  entity: "Email",
  newColumns: (errors, path, entry) => ({ email: checkEmail(errors, [...path, "email"], entry.email), emailType: entry.emailType ?? PRIMARY }),
  changedColumns: (errors, changes) => {
    errors.check(["input", "email"], notNull(changes.email, "Email"));
    const email = typeof changes.email === "string" ? checkEmail(errors, ["input", "email"], changes.email) : undefined;
    errors.check(["input", "emailType"], notNull(changes.emailType, "Email type"));
    errors.check(["input", "releaseStatus"], notNull(changes.releaseStatus, "Release status"));
    return {
      ...(email !== undefined ? { email } : {}),
      ...(changes.emailType ? { emailType: changes.emailType } : {}),
      ...(changes.releaseStatus ? { releaseStatus: changes.releaseStatus } : {}),
    };
  },
  find: (tx, id) => tx.email.findUnique({ where: { id } }),
  findWithContact: (tx, id) => tx.email.findUnique({ where: { id }, include: { contact: true } }),
  insert: (tx, data) => tx.email.create({ data }),
  insertMany: (tx, data) => tx.email.createMany({ data }),
  update: (tx, id, data) => tx.email.update({ where: { id }, data }),
  delete: (tx, id) => tx.email.delete({ where: { id } }),
};

interface PhoneColumns {
  phoneNumber: string;
  phoneType: string;
}

export const phoneEntries: ContactEntryKind<Phone, NewPhone, PhoneChanges, PhoneColumns, Partial<PhoneColumns> & { releaseStatus?: string }> = {
  entity: "Phone",
  newColumns: (errors, path, entry) => ({
    phoneNumber: checkPhone(errors, [...path, "phoneNumber"], entry.phoneNumber),
    phoneType: entry.phoneType ?? PRIMARY,
  }),
  changedColumns: (errors, changes) => {
    errors.check(["input", "phoneNumber"], notNull(changes.phoneNumber, "Phone number"));
    const phoneNumber = typeof changes.phoneNumber === "string" ? checkPhone(errors, ["input", "phoneNumber"], changes.phoneNumber) : undefined;
    errors.check(["input", "phoneType"], notNull(changes.phoneType, "Phone type"));
    errors.check(["input", "releaseStatus"], notNull(changes.releaseStatus, "Release status"));
    return {
      ...(phoneNumber !== undefined ? { phoneNumber } : {}),
      ...(changes.phoneType ? { phoneType: changes.phoneType } : {}),
      ...(changes.releaseStatus ? { releaseStatus: changes.releaseStatus } : {}),
    };
  },
  find: (tx, id) => tx.phone.findUnique({ where: { id } }),
  findWithContact: (tx, id) => tx.phone.findUnique({ where: { id }, include: { contact: true } }),
  insert: (tx, data) => tx.phone.create({ data }),
  insertMany: (tx, data) => tx.phone.createMany({ data }),
  update: (tx, id, data) => tx.phone.update({ where: { id }, data }),
  delete: (tx, id) => tx.phone.delete({ where: { id } }),
};

interface AddressColumns {
  addressLine1: string;
  addressLine2: string | null;
  city: string | null;
  state: string;
  postalCode: string | null;
  country: string;
  addressType: string;
}

interface AddressColumnChanges {
  addressLine1?: string;
  addressLine2?: string | null;
  city?: string | null;
  state?: string | null;
  postalCode?: string | null;
  country?: string;
  addressType?: string;
  releaseStatus?: string;
}

export const addressEntries: ContactEntryKind<Address, NewAddress, AddressChanges, AddressColumns, AddressColumnChanges> = {
  entity: "Address",
  newColumns: (errors, path, entry) => {
    const country = entry.country ?? UNITED_STATES;
    checkAddress(errors, path, entry, country, true);
    return {
      addressLine1: entry.line1.trim(),
      addressLine2: trimmedOrNull(entry.line2) ?? null,
      city: trimmedOrNull(entry.city) ?? null,
      state: trimmedOrNull(entry.state) ?? DEFAULT_STATE,
      postalCode: trimmedOrNull(entry.postalCode) ?? null,
      country,
      addressType: entry.addressType ?? PRIMARY,
    };
  },
  changedColumns: (errors, changes, stored) => {
    errors.check(["input", "line1"], notNull(changes.line1, "Address line 1"));
    errors.check(["input", "country"], notNull(changes.country, "Country"));
    errors.check(["input", "addressType"], notNull(changes.addressType, "Address type"));
    errors.check(["input", "releaseStatus"], notNull(changes.releaseStatus, "Release status"));
    const country = changes.country ?? stored.country;
    const postalCode = changes.postalCode === undefined ? stored.postalCode : changes.postalCode;
    // The postal code is checked again when it or the country changes.
    checkAddress(errors, ["input"], { ...changes, postalCode: changes.postalCode !== undefined || changes.country ? postalCode : undefined }, country, false);
    return {
      ...(changes.line1 ? { addressLine1: changes.line1.trim() } : {}),
      addressLine2: trimmedOrNull(changes.line2),
      city: trimmedOrNull(changes.city),
      state: trimmedOrNull(changes.state),
      postalCode: trimmedOrNull(changes.postalCode),
      ...(changes.country ? { country: changes.country } : {}),
      ...(changes.addressType ? { addressType: changes.addressType } : {}),
      ...(changes.releaseStatus ? { releaseStatus: changes.releaseStatus } : {}),
    };
  },
  find: (tx, id) => tx.address.findUnique({ where: { id } }),
  findWithContact: (tx, id) => tx.address.findUnique({ where: { id }, include: { contact: true } }),
  insert: (tx, data) => tx.address.create({ data }),
  insertMany: (tx, data) => tx.address.createMany({ data }),
  update: (tx, id, data) => tx.address.update({ where: { id }, data }),
  delete: (tx, id) => tx.address.delete({ where: { id } }),
};
