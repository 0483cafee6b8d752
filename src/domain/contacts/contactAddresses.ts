/**
 * Adding, changing and removing a contact's postal addresses.
 * Contract: NotFoundError for a missing contact or address; line 1, country, type and release status
 * cannot be cleared; lengths and (for the United States) ZIP codes are checked on the resulting address.
 */
import type { Context } from "../../context.js";
import type { AddressInput, UpdateAddressInput } from "../../generated/graphql.js";
import type { Address, Contact } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { notNull } from "../things/thingPatch.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { checkAddress, UNITED_STATES } from "./contactPartRules.js";
import { DEFAULT_STATE, PRIMARY } from "./createContact.js";

type Ctx = Pick<Context, "prisma" | "user">;

function trimmedOrNull(value: string | null | undefined): string | null | undefined {
  return value === undefined ? undefined : value?.trim() || null;
}

export async function addContactAddress(ctx: Ctx, contactId: number, input: AddressInput): Promise<{ address: Address; contact: Contact }> {
  const errors = new FieldErrors();
  checkAddress(errors, ["input"], input, input.country ?? UNITED_STATES, true);
  return ctx.prisma.$transaction(async (tx) => {
    const contact = await tx.contact.findUnique({ where: { id: contactId } });
    if (!contact) throw new NotFoundError("Contact", contactId);
    errors.throwIfAny();
    const address = await tx.address.create({
      data: {
        contactId,
        addressLine1: input.line1.trim(),
        addressLine2: trimmedOrNull(input.line2) ?? null,
        city: trimmedOrNull(input.city) ?? null,
        state: trimmedOrNull(input.state) ?? DEFAULT_STATE,
        postalCode: trimmedOrNull(input.postalCode) ?? null,
        country: input.country ?? UNITED_STATES,
        addressType: input.addressType ?? PRIMARY,
        releaseStatus: input.releaseStatus ?? contact.releaseStatus,
        ...auditFields(ctx, "create"),
      },
    });
    return { address, contact };
  });
}

export async function updateContactAddress(ctx: Ctx, id: number, input: UpdateAddressInput): Promise<Address> {
  const errors = new FieldErrors();
  errors.check(["input", "line1"], notNull(input.line1, "Address line 1"));
  errors.check(["input", "country"], notNull(input.country, "Country"));
  errors.check(["input", "addressType"], notNull(input.addressType, "Address type"));
  errors.check(["input", "releaseStatus"], notNull(input.releaseStatus, "Release status"));
  return ctx.prisma.$transaction(async (tx) => {
    const address = await tx.address.findUnique({ where: { id } });
    if (!address) throw new NotFoundError("Address", id);
    const country = input.country ?? address.country;
    const postalCode = input.postalCode === undefined ? address.postalCode : input.postalCode;
    checkAddress(errors, ["input"], { ...input, postalCode: input.postalCode !== undefined || input.country ? postalCode : undefined }, country, false);
    errors.throwIfAny();
    return tx.address.update({
      where: { id },
      data: {
        ...(input.line1 ? { addressLine1: input.line1.trim() } : {}),
        addressLine2: trimmedOrNull(input.line2),
        city: trimmedOrNull(input.city),
        state: trimmedOrNull(input.state),
        postalCode: trimmedOrNull(input.postalCode),
        ...(input.country ? { country: input.country } : {}),
        ...(input.addressType ? { addressType: input.addressType } : {}),
        ...(input.releaseStatus ? { releaseStatus: input.releaseStatus } : {}),
        ...auditFields(ctx, "update"),
      },
    });
  });
}

export async function removeContactAddress(ctx: Pick<Context, "prisma">, id: number): Promise<{ deletedId: number; contact: Contact }> {
  return ctx.prisma.$transaction(async (tx) => {
    const address = await tx.address.findUnique({ where: { id }, include: { contact: true } });
    if (!address) throw new NotFoundError("Address", id);
    await tx.address.delete({ where: { id } });
    return { deletedId: id, contact: address.contact };
  });
}
