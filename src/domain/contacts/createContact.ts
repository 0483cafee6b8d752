/**
 * Creates a contact as one nested write: the contact, its emails, phones, addresses and notes, and
 * its association with a thing, in one transaction.
 *
 * Contract: every invalid field of every part is reported in one ValidationError (paths such as
 * ["input", "phones", "1", "phoneNumber"]) before anything is written; a missing thing gives
 * NotFoundError; a second contact with the same name and organization gives ConflictError
 * (`uq_contact_name_organization`, from the database); any failure rolls back every row.
 * Phones are stored in E.164, emails with a lower-cased domain. Parts without a release status
 * take the contact's; parts without a type are "Primary"; addresses default to state "NM" and
 * country "United States".
 */
import type { Context } from "../../context.js";
import type { CreateContactInput } from "../../generated/graphql.js";
import type { Contact } from "../../generated/prisma/client.js";
import { parseId } from "../shared/ids.js";
import { auditFields } from "../shared/audit.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength, required } from "../shared/validation/rules.js";
import { releaseStatusValues } from "../vocabulary/enumValues.js";
import { checkAddress, checkEmail, checkPhone, nameOrOrganization, UNITED_STATES } from "./contactPartRules.js";

/** Default type of emails, phones and addresses (a term of each of those categories). */
export const PRIMARY = "Primary";
/** Default state of addresses (the reference API's default). */
export const DEFAULT_STATE = "NM";

export async function createContact(ctx: Pick<Context, "prisma" | "user">, input: CreateContactInput): Promise<Contact> {
  const errors = new FieldErrors();
  errors.check(["input", "name"], nameOrOrganization(input.name, input.organization));
  errors.check(["input", "name"], maxLength(input.name, 100, "Name"));
  const emails = (input.emails ?? []).map((e, i) => ({ ...e, email: checkEmail(errors, ["input", "emails", String(i), "email"], e.email) }));
  const phones = (input.phones ?? []).map((p, i) => ({
    ...p,
    phoneNumber: checkPhone(errors, ["input", "phones", String(i), "phoneNumber"], p.phoneNumber),
  }));
  (input.addresses ?? []).forEach((a, i) => checkAddress(errors, ["input", "addresses", String(i)], a, a.country ?? UNITED_STATES, true));
  (input.notes ?? []).forEach((n, i) => errors.check(["input", "notes", String(i), "content"], required(n.content, "Note content")));
  errors.throwIfAny();

  const thingId = input.thingId ? parseId(input.thingId, "input.thingId") : null;
  const releaseStatus = input.releaseStatus ?? releaseStatusValues.DRAFT;
  const audit = auditFields(ctx, "create");
  return ctx.prisma.$transaction(async (tx) => {
    if (thingId !== null && !(await tx.thing.findUnique({ where: { id: thingId }, select: { id: true } }))) {
      throw new NotFoundError("Thing", thingId);
    }
    const contact = await tx.contact.create({
      data: {
        name: input.name?.trim() || null,
        organization: input.organization ?? null,
        role: input.role,
        contactType: input.contactType,
        releaseStatus,
        ...audit,
      },
    });
    const own = { contactId: contact.id, ...audit };
    if (emails.length > 0) {
      await tx.email.createMany({
        data: emails.map((e) => ({ ...own, email: e.email, emailType: e.emailType ?? PRIMARY, releaseStatus: e.releaseStatus ?? releaseStatus })),
      });
    }
    if (phones.length > 0) {
      await tx.phone.createMany({
        data: phones.map((p) => ({
          ...own,
          phoneNumber: p.phoneNumber,
          phoneType: p.phoneType ?? PRIMARY,
          releaseStatus: p.releaseStatus ?? releaseStatus,
        })),
      });
    }
    if (input.addresses && input.addresses.length > 0) {
      await tx.address.createMany({
        data: input.addresses.map((a) => ({
          ...own,
          addressLine1: a.line1.trim(),
          addressLine2: a.line2?.trim() || null,
          city: a.city?.trim() || null,
          state: a.state?.trim() || DEFAULT_STATE,
          postalCode: a.postalCode?.trim() || null,
          country: a.country ?? UNITED_STATES,
          addressType: a.addressType ?? PRIMARY,
          releaseStatus: a.releaseStatus ?? releaseStatus,
        })),
      });
    }
    if (input.notes && input.notes.length > 0) {
      await tx.note.createMany({ data: input.notes.map((n) => ({ ...own, noteType: n.noteType, content: n.content.trim(), releaseStatus })) });
    }
    if (thingId !== null) await tx.thingContactAssociation.create({ data: { thingId, contactId: contact.id, ...audit } });
    return contact;
  });
}
