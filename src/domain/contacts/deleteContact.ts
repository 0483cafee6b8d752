/**
 * Deletes a contact; the database cascades to its emails, phones, addresses, notes, thing
 * associations and field-event participations. Contract: returns the id; NotFoundError otherwise.
 */
import type { PrismaClient } from "../../generated/prisma/client.js";
import { NotFoundError } from "../shared/domainErrors.js";

export async function deleteContact(prisma: PrismaClient, id: number): Promise<number> {
  const { count } = await prisma.contact.deleteMany({ where: { id } });
  if (count === 0) throw new NotFoundError("Contact", id);
  return id;
}
