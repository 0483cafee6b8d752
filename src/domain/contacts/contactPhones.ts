/**
 * Adding, changing and removing a contact's telephone numbers.
 * Contract: NotFoundError for a missing contact or phone; numbers are stored in E.164 (invalid →
 * ValidationError); type and release status cannot be cleared.
 */
import type { Context } from "../../context.js";
import type { PhoneInput, UpdatePhoneInput } from "../../generated/graphql.js";
import type { Contact, Phone } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { notNull } from "../things/thingPatch.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { checkPhone } from "./contactPartRules.js";
import { PRIMARY } from "./createContact.js";

type Ctx = Pick<Context, "prisma" | "user">;

export async function addContactPhone(ctx: Ctx, contactId: number, input: PhoneInput): Promise<{ phone: Phone; contact: Contact }> {
  const errors = new FieldErrors();
  const phoneNumber = checkPhone(errors, ["input", "phoneNumber"], input.phoneNumber);
  return ctx.prisma.$transaction(async (tx) => {
    const contact = await tx.contact.findUnique({ where: { id: contactId } });
    if (!contact) throw new NotFoundError("Contact", contactId);
    errors.throwIfAny();
    const phone = await tx.phone.create({
      data: {
        contactId,
        phoneNumber,
        phoneType: input.phoneType ?? PRIMARY,
        releaseStatus: input.releaseStatus ?? contact.releaseStatus,
        ...auditFields(ctx, "create"),
      },
    });
    return { phone, contact };
  });
}

export async function updateContactPhone(ctx: Ctx, id: number, input: UpdatePhoneInput): Promise<Phone> {
  const errors = new FieldErrors();
  errors.check(["input", "phoneNumber"], notNull(input.phoneNumber, "Phone number"));
  const phoneNumber = typeof input.phoneNumber === "string" ? checkPhone(errors, ["input", "phoneNumber"], input.phoneNumber) : undefined;
  errors.check(["input", "phoneType"], notNull(input.phoneType, "Phone type"));
  errors.check(["input", "releaseStatus"], notNull(input.releaseStatus, "Release status"));
  return ctx.prisma.$transaction(async (tx) => {
    if (!(await tx.phone.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError("Phone", id);
    errors.throwIfAny();
    return tx.phone.update({
      where: { id },
      data: {
        ...(phoneNumber !== undefined ? { phoneNumber } : {}),
        ...(input.phoneType ? { phoneType: input.phoneType } : {}),
        ...(input.releaseStatus ? { releaseStatus: input.releaseStatus } : {}),
        ...auditFields(ctx, "update"),
      },
    });
  });
}

export async function removeContactPhone(ctx: Pick<Context, "prisma">, id: number): Promise<{ deletedId: number; contact: Contact }> {
  return ctx.prisma.$transaction(async (tx) => {
    const phone = await tx.phone.findUnique({ where: { id }, include: { contact: true } });
    if (!phone) throw new NotFoundError("Phone", id);
    await tx.phone.delete({ where: { id } });
    return { deletedId: id, contact: phone.contact };
  });
}
