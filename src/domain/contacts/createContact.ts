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
 * country "United States" (contactEntryKinds.ts).
 */
import type { Contact } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { parseId } from "../shared/ids.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength, required } from "../shared/validation/rules.js";
import { releaseStatusValues } from "../vocabulary/enumValues.js";
import { checkNewEntries, insertNewEntries } from "./contactEntries.js";
import { addressEntries, emailEntries, phoneEntries } from "./contactEntryKinds.js";
import type { NewContact } from "./contactInput.js";
import { nameOrOrganization } from "./contactPartRules.js";

export async function createContact(deps: Pick<DomainDeps, "prisma" | "user">, input: NewContact): Promise<Contact> {
  const errors = new FieldErrors();
  errors.check(["input", "name"], nameOrOrganization(input.name, input.organization));
  errors.check(["input", "name"], maxLength(input.name, 100, "Name"));
  const emails = checkNewEntries(emailEntries, errors, ["input", "emails"], input.emails);
  const phones = checkNewEntries(phoneEntries, errors, ["input", "phones"], input.phones);
  const addresses = checkNewEntries(addressEntries, errors, ["input", "addresses"], input.addresses);
  (input.notes ?? []).forEach((n, i) => errors.check(["input", "notes", String(i), "content"], required(n.content, "Note content")));
  errors.throwIfAny();

  const thingId = input.thingId ? parseId(input.thingId, "input.thingId") : null;
  const releaseStatus = input.releaseStatus ?? releaseStatusValues.DRAFT;
  const audit = auditFields(deps, "create");
  return deps.prisma.$transaction(async (tx) => {
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
    const owner = { ...own, releaseStatus };
    await insertNewEntries(tx, emailEntries, emails, owner);
    await insertNewEntries(tx, phoneEntries, phones, owner);
    await insertNewEntries(tx, addressEntries, addresses, owner);
    if (input.notes && input.notes.length > 0) {
      await tx.note.createMany({ data: input.notes.map((n) => ({ ...own, noteType: n.noteType, content: n.content.trim(), releaseStatus })) });
    }
    if (thingId !== null) await tx.thingContactAssociation.create({ data: { thingId, contactId: contact.id, ...audit } });
    return contact;
  });
}
