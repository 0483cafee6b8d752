/**
 * Adding, changing and removing a contact's email addresses.
 * Contract: NotFoundError for a missing contact or email; the address is validated and stored with
 * its domain lower-cased; type and release status cannot be cleared.
 */
import type { Context } from "../../context.js";
import type { EmailInput, UpdateEmailInput } from "../../generated/graphql.js";
import type { Contact, Email } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { notNull } from "../things/thingPatch.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { checkEmail } from "./contactPartRules.js";
import { PRIMARY } from "./createContact.js";

type Ctx = Pick<Context, "prisma" | "user">;

export async function addContactEmail(ctx: Ctx, contactId: number, input: EmailInput): Promise<{ email: Email; contact: Contact }> {
  const errors = new FieldErrors();
  const email = checkEmail(errors, ["input", "email"], input.email);
  return ctx.prisma.$transaction(async (tx) => {
    const contact = await tx.contact.findUnique({ where: { id: contactId } });
    if (!contact) throw new NotFoundError("Contact", contactId);
    errors.throwIfAny();
    const created = await tx.email.create({
      data: {
        contactId,
        email,
        emailType: input.emailType ?? PRIMARY,
        releaseStatus: input.releaseStatus ?? contact.releaseStatus,
        ...auditFields(ctx, "create"),
      },
    });
    return { email: created, contact };
  });
}

export async function updateContactEmail(ctx: Ctx, id: number, input: UpdateEmailInput): Promise<Email> {
  const errors = new FieldErrors();
  errors.check(["input", "email"], notNull(input.email, "Email"));
  const email = typeof input.email === "string" ? checkEmail(errors, ["input", "email"], input.email) : undefined;
  errors.check(["input", "emailType"], notNull(input.emailType, "Email type"));
  errors.check(["input", "releaseStatus"], notNull(input.releaseStatus, "Release status"));
  return ctx.prisma.$transaction(async (tx) => {
    if (!(await tx.email.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError("Email", id);
    errors.throwIfAny();
    return tx.email.update({
      where: { id },
      data: {
        ...(email !== undefined ? { email } : {}),
        ...(input.emailType ? { emailType: input.emailType } : {}),
        ...(input.releaseStatus ? { releaseStatus: input.releaseStatus } : {}),
        ...auditFields(ctx, "update"),
      },
    });
  });
}

export async function removeContactEmail(ctx: Pick<Context, "prisma">, id: number): Promise<{ deletedId: number; contact: Contact }> {
  return ctx.prisma.$transaction(async (tx) => {
    const email = await tx.email.findUnique({ where: { id }, include: { contact: true } });
    if (!email) throw new NotFoundError("Email", id);
    await tx.email.delete({ where: { id } });
    return { deletedId: id, contact: email.contact };
  });
}
