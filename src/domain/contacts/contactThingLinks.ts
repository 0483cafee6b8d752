/**
 * Associating contacts with things.
 * Contract: NotFoundError for a missing contact or thing; linking twice gives ConflictError
 * (`uq_thing_contact`, from the database); unlinking a pair that is not linked gives
 * NotFoundError("ContactThingLink", "<contactId>-<thingId>").
 */
import type { Contact, Prisma, Thing } from "../../generated/prisma/client.js";
import { auditFields } from "../shared/audit.js";
import type { DomainDeps } from "../shared/domainDeps.js";
import { NotFoundError } from "../shared/domainErrors.js";

async function findPair(tx: Prisma.TransactionClient, contactId: number, thingId: number): Promise<{ contact: Contact; thing: Thing }> {
  const contact = await tx.contact.findUnique({ where: { id: contactId } });
  if (!contact) throw new NotFoundError("Contact", contactId);
  const thing = await tx.thing.findUnique({ where: { id: thingId } });
  if (!thing) throw new NotFoundError("Thing", thingId);
  return { contact, thing };
}

export async function linkContactToThing(
  deps: Pick<DomainDeps, "prisma" | "user">,
  contactId: number,
  thingId: number,
): Promise<{ contact: Contact; thing: Thing }> {
  return deps.prisma.$transaction(async (tx) => {
    const pair = await findPair(tx, contactId, thingId);
    await tx.thingContactAssociation.create({ data: { contactId, thingId, ...auditFields(deps, "create") } });
    return pair;
  });
}

export async function unlinkContactFromThing(
  deps: Pick<DomainDeps, "prisma">,
  contactId: number,
  thingId: number,
): Promise<{ contact: Contact; thing: Thing }> {
  return deps.prisma.$transaction(async (tx) => {
    const pair = await findPair(tx, contactId, thingId);
    const { count } = await tx.thingContactAssociation.deleteMany({ where: { contactId, thingId } });
    if (count === 0) throw new NotFoundError("ContactThingLink", `${contactId}-${thingId}`);
    return pair;
  });
}
