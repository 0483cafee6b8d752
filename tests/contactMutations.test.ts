/**
 * Contacts as one nested write (all rows or none), phones in E.164, emails validated, the
 * (name, organization) uniqueness as ConflictError, partial updates, the parts' own mutations,
 * and links to things.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createThing, uniqueName } from "./support/factories.js";
import { countRows, ERROR_FIELDS, errorFields, rejectValueInDatabase } from "./support/mutationFactories.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const CONTACT_TABLES = ["contact", "email", "phone", "address", "notes", "thing_contact_association"];

const CREATE = `mutation($input: CreateContactInput!) { createContact(input: $input) {
  ${ERROR_FIELDS}
  ... on CreateContactSuccess { contact {
    id name organization role contactType
    emails { email emailType } phones { phoneNumber phoneType }
    addresses { line1 line2 city state postalCode country addressType }
    things { id }
  } } } }`;

type Payload = { __typename: string } & Record<string, unknown>;

async function createContact(input: Record<string, unknown>): Promise<Payload> {
  const result = await api.run<{ createContact: Payload }>(CREATE, { input });
  expect(result.errors).toBeUndefined();
  const payload = result.data?.createContact;
  if (!payload) throw new Error("no payload");
  return payload;
}

describe("createContact", () => {
  it("writes the contact, its parts, notes and the thing link in one call, normalising phones and emails", async () => {
    const thing = await createThing(api.db.prisma);
    const name = uniqueName("Ana Ortiz");
    const payload = await createContact({
      name,
      organization: "nmbgmr",
      role: "owner",
      contactType: "Primary",
      emails: [{ email: " Ana.Ortiz@Example.ORG ", emailType: "Work" }, { email: "ana@home.net" }],
      phones: [{ phoneNumber: "(505) 555-1234", phoneType: "Mobile" }, { phoneNumber: "+44 20 7946 0958" }],
      addresses: [{ line1: "801 Leroy Place", city: "Socorro", postalCode: "87801-4796" }],
      notes: [{ noteType: "General", content: "Prefers a call the day before" }],
      thingId: String(thing.id),
    });
    const contact = payload.contact as { id: string };
    expect(payload).toEqual({
      __typename: "CreateContactSuccess",
      contact: {
        id: contact.id,
        name,
        organization: "NMBGMR",
        role: "Owner",
        contactType: "Primary",
        emails: [
          { email: "Ana.Ortiz@example.org", emailType: "Work" },
          { email: "ana@home.net", emailType: "Primary" },
        ],
        phones: [
          { phoneNumber: "+15055551234", phoneType: "Mobile" },
          { phoneNumber: "+442079460958", phoneType: "Primary" },
        ],
        addresses: [
          { line1: "801 Leroy Place", line2: null, city: "Socorro", state: "NM", postalCode: "87801-4796", country: "United States", addressType: "Primary" },
        ],
        things: [{ id: String(thing.id) }],
      },
    });
    const notes = await api.db.prisma.note.findMany({ where: { contactId: Number(contact.id) } });
    expect(notes.map((n) => [n.noteType, n.content])).toEqual([["General", "Prefers a call the day before"]]);
  });

  it("lists every invalid part (e.g. the second phone) and writes nothing", async () => {
    const before = await countRows(api.db.prisma, CONTACT_TABLES);
    const payload = await createContact({
      role: "Owner",
      contactType: "Primary",
      emails: [{ email: "ok@example.org" }, { email: "not-an-email" }],
      phones: [{ phoneNumber: "505-555-1234" }, { phoneNumber: "555-12" }],
      addresses: [{ line1: " ", postalCode: "8780" }],
      notes: [{ noteType: "General", content: "" }],
    });
    expect(payload).toEqual({
      __typename: "ValidationError",
      message: expect.stringContaining("6 fields are invalid"),
      fieldErrors: [
        { path: ["input", "name"], message: "Name or organization is required" },
        { path: ["input", "emails", "1", "email"], message: 'Email "not-an-email" is not a valid email address' },
        { path: ["input", "phones", "1", "phoneNumber"], message: 'Phone number "555-12" is not a valid phone number' },
        { path: ["input", "addresses", "0", "line1"], message: "Address line 1 is required" },
        { path: ["input", "addresses", "0", "postalCode"], message: 'Postal code "8780" is not a US ZIP code (12345 or 12345-6789)' },
        { path: ["input", "notes", "0", "content"], message: "Note content is required" },
      ],
    });
    expect(await countRows(api.db.prisma, CONTACT_TABLES)).toEqual(before);
  });

  it("rolls back the contact, emails and phones when the database rejects an address", async () => {
    const constraint = await rejectValueInDatabase(api.db.prisma, "address", "address_line_1", "REJECT ME");
    try {
      const thing = await createThing(api.db.prisma);
      const before = await countRows(api.db.prisma, CONTACT_TABLES);
      const payload = await createContact({
        name: uniqueName("Rollback"),
        role: "Owner",
        contactType: "Primary",
        emails: [{ email: "a@example.org" }],
        phones: [{ phoneNumber: "505-555-1234" }],
        addresses: [{ line1: "1 Main St" }, { line1: "REJECT ME" }],
        thingId: String(thing.id),
      });
      expect(payload).toMatchObject({ __typename: "ValidationError", message: `The input violates the rule ${constraint}` });
      expect(await countRows(api.db.prisma, CONTACT_TABLES)).toEqual(before);
    } finally {
      await api.db.prisma.$executeRawUnsafe(`ALTER TABLE address DROP CONSTRAINT "${constraint}"`);
    }
  });

  it("gives ConflictError for a second contact with the same name and organization, writing nothing", async () => {
    const name = uniqueName("Same Name");
    expect((await createContact({ name, organization: "USGS", role: "Owner", contactType: "Primary" })).__typename).toBe("CreateContactSuccess");
    const before = await countRows(api.db.prisma, CONTACT_TABLES);
    const payload = await createContact({
      name,
      organization: "USGS",
      role: "Manager",
      contactType: "Secondary",
      emails: [{ email: "x@example.org" }],
    });
    expect(payload).toEqual({
      __typename: "ConflictError",
      message: "A record with the same name, organization already exists",
      constraint: "uq_contact_name_organization",
      fields: ["name", "organization"],
    });
    expect(await countRows(api.db.prisma, CONTACT_TABLES)).toEqual(before);
  });

  it("gives NotFoundError for an unknown thing and writes nothing", async () => {
    const before = await countRows(api.db.prisma, CONTACT_TABLES);
    const payload = await createContact({ name: uniqueName("X"), role: "Owner", contactType: "Primary", thingId: "999999" });
    expect(payload).toEqual({ __typename: "NotFoundError", message: "Thing 999999 not found", entity: "Thing", id: "999999" });
    expect(await countRows(api.db.prisma, CONTACT_TABLES)).toEqual(before);
  });
});

describe("updateContact and deleteContact", () => {
  const UPDATE = `mutation($id: ID!, $input: UpdateContactInput!) { updateContact(id: $id, input: $input) {
    ${ERROR_FIELDS} ... on UpdateContactSuccess { contact { name organization role } } } }`;

  it("updates partially, refuses to leave neither name nor organization, deletes with the parts", async () => {
    const created = await createContact({
      name: uniqueName("Pat"),
      organization: "NMOSE",
      role: "Owner",
      contactType: "Primary",
      phones: [{ phoneNumber: "505-555-1234" }],
    });
    const id = (created.contact as { id: string }).id;
    const noOrg = await api.run(UPDATE, { id, input: { organization: null, role: "Manager" } });
    expect(noOrg.data?.updateContact).toMatchObject({ __typename: "UpdateContactSuccess", contact: { organization: null, role: "Manager" } });
    const neither = await api.run(UPDATE, { id, input: { name: null, role: null } });
    expect(neither.data?.updateContact).toEqual({
      __typename: "ValidationError",
      message: expect.any(String),
      fieldErrors: [
        { path: ["input", "role"], message: "Role cannot be null" },
        { path: ["input", "name"], message: "Name or organization is required" },
      ],
    });
    const missing = await api.run(UPDATE, { id: "999999", input: { role: "Owner" } });
    expect(missing.data?.updateContact).toMatchObject({ __typename: "NotFoundError", entity: "Contact", id: "999999" });

    const deleted = await api.run(`mutation($id: ID!) { deleteContact(id: $id) { ${errorFields("NotFoundError")} ... on DeleteContactSuccess { deletedId } } }`, { id });
    expect(deleted.data).toEqual({ deleteContact: { __typename: "DeleteContactSuccess", deletedId: id } });
    expect(await api.db.prisma.phone.count({ where: { contactId: Number(id) } })).toBe(0);
    const again = await api.run(`mutation($id: ID!) { deleteContact(id: $id) { ${errorFields("NotFoundError")} } }`, { id });
    expect(again.data?.deleteContact).toMatchObject({ __typename: "NotFoundError", message: `Contact ${id} not found` });
  });
});

describe("contact parts", () => {
  async function newContactId(): Promise<string> {
    const created = await createContact({ name: uniqueName("Parts"), role: "Owner", contactType: "Primary" });
    return (created.contact as { id: string }).id;
  }

  it("adds, changes and removes an email", async () => {
    const contactId = await newContactId();
    const added = await api.run(
      `mutation($contactId: ID!, $input: EmailInput!) { addContactEmail(contactId: $contactId, input: $input) {
        ${errorFields("ValidationError", "NotFoundError")} ... on AddContactEmailSuccess { email { id email emailType } contact { id } } } }`,
      { contactId, input: { email: "Jo@EXAMPLE.com", emailType: "personal" } },
    );
    const email = (added.data?.addContactEmail as { email: { id: string } }).email;
    expect(added.data?.addContactEmail).toEqual({
      __typename: "AddContactEmailSuccess",
      email: { id: email.id, email: "Jo@example.com", emailType: "Personal" },
      contact: { id: contactId },
    });
    const UPDATE = `mutation($id: ID!, $input: UpdateEmailInput!) { updateContactEmail(id: $id, input: $input) {
      ${errorFields("ValidationError", "NotFoundError")} ... on UpdateContactEmailSuccess { email { email emailType } } } }`;
    expect((await api.run(UPDATE, { id: email.id, input: { email: "jo@work.org" } })).data).toEqual({
      updateContactEmail: { __typename: "UpdateContactEmailSuccess", email: { email: "jo@work.org", emailType: "Personal" } },
    });
    expect((await api.run(UPDATE, { id: email.id, input: { email: "jo@@work" } })).data?.updateContactEmail).toMatchObject({
      __typename: "ValidationError",
      fieldErrors: [{ path: ["input", "email"], message: 'Email "jo@@work" is not a valid email address' }],
    });
    const REMOVE = `mutation($id: ID!) { removeContactEmail(id: $id) { ${errorFields("NotFoundError")} ... on RemoveContactEmailSuccess { deletedId contact { emails { id } } } } }`;
    expect((await api.run(REMOVE, { id: email.id })).data).toEqual({
      removeContactEmail: { __typename: "RemoveContactEmailSuccess", deletedId: email.id, contact: { emails: [] } },
    });
    expect((await api.run(REMOVE, { id: email.id })).data?.removeContactEmail).toMatchObject({ __typename: "NotFoundError", entity: "Email" });
  });

  it("adds, changes and removes a phone in E.164", async () => {
    const contactId = await newContactId();
    const ADD = `mutation($contactId: ID!, $input: PhoneInput!) { addContactPhone(contactId: $contactId, input: $input) {
      ${errorFields("ValidationError", "NotFoundError")} ... on AddContactPhoneSuccess { phone { id phoneNumber phoneType } } } }`;
    const added = await api.run(ADD, { contactId, input: { phoneNumber: "505.867.5309" } });
    const phone = (added.data?.addContactPhone as { phone: { id: string } }).phone;
    expect(added.data?.addContactPhone).toEqual({
      __typename: "AddContactPhoneSuccess",
      phone: { id: phone.id, phoneNumber: "+15058675309", phoneType: "Primary" },
    });
    expect((await api.run(ADD, { contactId: "999999", input: { phoneNumber: "505.867.5309" } })).data?.addContactPhone).toMatchObject({
      __typename: "NotFoundError",
      entity: "Contact",
    });
    const UPDATE = `mutation($id: ID!, $input: UpdatePhoneInput!) { updateContactPhone(id: $id, input: $input) {
      ${errorFields("ValidationError", "NotFoundError")} ... on UpdateContactPhoneSuccess { phone { phoneNumber phoneType } } } }`;
    expect((await api.run(UPDATE, { id: phone.id, input: { phoneType: "Work", phoneNumber: "1 (575) 835-5000" } })).data).toEqual({
      updateContactPhone: { __typename: "UpdateContactPhoneSuccess", phone: { phoneNumber: "+15758355000", phoneType: "Work" } },
    });
    expect((await api.run(UPDATE, { id: phone.id, input: { phoneNumber: "call me" } })).data?.updateContactPhone).toMatchObject({
      __typename: "ValidationError",
      fieldErrors: [{ path: ["input", "phoneNumber"], message: 'Phone number "call me" is not a valid phone number' }],
    });
    const REMOVE = `mutation($id: ID!) { removeContactPhone(id: $id) { ${errorFields("NotFoundError")} ... on RemoveContactPhoneSuccess { deletedId } } }`;
    expect((await api.run(REMOVE, { id: phone.id })).data).toEqual({ removeContactPhone: { __typename: "RemoveContactPhoneSuccess", deletedId: phone.id } });
  });

  it("adds, changes and removes an address", async () => {
    const contactId = await newContactId();
    const added = await api.run(
      `mutation($contactId: ID!, $input: AddressInput!) { addContactAddress(contactId: $contactId, input: $input) {
        ${errorFields("ValidationError", "NotFoundError")} ... on AddContactAddressSuccess { address { id line1 state country addressType } } } }`,
      { contactId, input: { line1: "PO Box 12", addressType: "mailing" } },
    );
    const address = (added.data?.addContactAddress as { address: { id: string } }).address;
    expect(added.data?.addContactAddress).toEqual({
      __typename: "AddContactAddressSuccess",
      address: { id: address.id, line1: "PO Box 12", state: "NM", country: "United States", addressType: "Mailing" },
    });
    const UPDATE = `mutation($id: ID!, $input: UpdateAddressInput!) { updateContactAddress(id: $id, input: $input) {
      ${errorFields("ValidationError", "NotFoundError")} ... on UpdateContactAddressSuccess { address { line1 line2 city postalCode } } } }`;
    expect((await api.run(UPDATE, { id: address.id, input: { city: "Magdalena", postalCode: "87825" } })).data).toEqual({
      updateContactAddress: { __typename: "UpdateContactAddressSuccess", address: { line1: "PO Box 12", line2: null, city: "Magdalena", postalCode: "87825" } },
    });
    expect((await api.run(UPDATE, { id: address.id, input: { line1: null, postalCode: "ABCDE" } })).data?.updateContactAddress).toEqual({
      __typename: "ValidationError",
      message: expect.any(String),
      fieldErrors: [
        { path: ["input", "line1"], message: "Address line 1 cannot be null" },
        { path: ["input", "postalCode"], message: 'Postal code "ABCDE" is not a US ZIP code (12345 or 12345-6789)' },
      ],
    });
    const REMOVE = `mutation($id: ID!) { removeContactAddress(id: $id) { ${errorFields("NotFoundError")} ... on RemoveContactAddressSuccess { deletedId } } }`;
    expect((await api.run(REMOVE, { id: address.id })).data).toEqual({
      removeContactAddress: { __typename: "RemoveContactAddressSuccess", deletedId: address.id },
    });
  });

  it("links a contact to a thing once, and unlinks it", async () => {
    const contactId = await newContactId();
    const thing = await createThing(api.db.prisma);
    const LINK = `mutation($c: ID!, $t: ID!) { linkContactToThing(contactId: $c, thingId: $t) {
      ${errorFields("ConflictError", "NotFoundError")} ... on LinkContactToThingSuccess { contact { things { id } } thing { id } } } }`;
    const UNLINK = `mutation($c: ID!, $t: ID!) { unlinkContactFromThing(contactId: $c, thingId: $t) {
      ${errorFields("NotFoundError")} ... on UnlinkContactFromThingSuccess { contact { things { id } } } } }`;
    const vars = { c: contactId, t: String(thing.id) };
    expect((await api.run(LINK, vars)).data).toEqual({
      linkContactToThing: { __typename: "LinkContactToThingSuccess", contact: { things: [{ id: String(thing.id) }] }, thing: { id: String(thing.id) } },
    });
    expect((await api.run(LINK, vars)).data?.linkContactToThing).toEqual({
      __typename: "ConflictError",
      message: "A record with the same thingId, contactId already exists",
      constraint: "uq_thing_contact",
      fields: ["thingId", "contactId"],
    });
    expect((await api.run(UNLINK, vars)).data).toEqual({ unlinkContactFromThing: { __typename: "UnlinkContactFromThingSuccess", contact: { things: [] } } });
    expect((await api.run(UNLINK, vars)).data?.unlinkContactFromThing).toMatchObject({ __typename: "NotFoundError", entity: "ContactThingLink" });
    expect((await api.run(LINK, { c: contactId, t: "999999" })).data?.linkContactToThing).toMatchObject({ __typename: "NotFoundError", entity: "Thing" });
  });
});
