/**
 * Changes a contact (partial: omitted = unchanged, null = cleared).
 *
 * Contract: NotFoundError("Contact", id) for a missing contact; role, contact type and release
 * status cannot be cleared; name and organization cannot both end up empty; a (name, organization)
 * pair another contact has gives ConflictError (`uq_contact_name_organization`).
 */
import type { Contact } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { NotFoundError } from "../shared/domainErrors.js";
import { FieldErrors } from "../shared/validation/FieldErrors.js";
import { maxLength, notNull } from "../shared/validation/rules.js";
import type { ContactChanges } from "./contactInput.js";
import { nameOrOrganization } from "./contactPartRules.js";

export async function updateContact(deps: Pick<DomainDeps, "prisma" | "user">, id: number, input: ContactChanges): Promise<Contact> {
  const errors = new FieldErrors();
  errors.check(["input", "name"], maxLength(input.name, 100, "Name"));
  errors.check(["input", "role"], notNull(input.role, "Role"));
  errors.check(["input", "contactType"], notNull(input.contactType, "Contact type"));
  errors.check(["input", "releaseStatus"], notNull(input.releaseStatus, "Release status"));
  return deps.prisma.$transaction(async (tx) => {
    const contact = await tx.contact.findUnique({ where: { id } });
    if (!contact) throw new NotFoundError("Contact", id);
    const name = input.name === undefined ? contact.name : input.name?.trim() || null;
    const organization = input.organization === undefined ? contact.organization : input.organization;
    errors.check(["input", input.name !== undefined ? "name" : "organization"], nameOrOrganization(name, organization));
    errors.throwIfAny();
    return tx.contact.update({
      where: { id },
      data: {
        name,
        organization,
        ...(input.role ? { role: input.role } : {}),
        ...(input.contactType ? { contactType: input.contactType } : {}),
        ...(input.releaseStatus ? { releaseStatus: input.releaseStatus } : {}),
        ...auditFields(deps, "update"),
      },
    });
  });
}
