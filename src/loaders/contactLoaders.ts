/** Loaders of a contact's parts, keyed by contact id. */
import DataLoader from "dataloader";

import type { PrismaClient } from "../generated/prisma/client.js";
import { manyByKey, oneByKey } from "./keyOrder.js";

export function createContactLoaders(prisma: PrismaClient) {
  return {
    /** A contact by id, or null. */
    contactById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await prisma.contact.findMany({ where: { id: { in: [...ids] } } }), (c) => c.id),
    ),
    /** Email addresses of each contact, by id. */
    emailsByContactId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(ids, await prisma.email.findMany({ where: { contactId: { in: [...ids] } }, orderBy: { id: "asc" } }), (r) => r.contactId),
    ),
    /** Telephone numbers of each contact, by id. */
    phonesByContactId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(ids, await prisma.phone.findMany({ where: { contactId: { in: [...ids] } }, orderBy: { id: "asc" } }), (r) => r.contactId),
    ),
    /** Postal addresses of each contact, by id. */
    addressesByContactId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(ids, await prisma.address.findMany({ where: { contactId: { in: [...ids] } }, orderBy: { id: "asc" } }), (r) => r.contactId),
    ),
    /** Things each contact is associated with, by thing id. */
    thingsByContactId: new DataLoader(async (ids: readonly number[]) => {
      const links = await prisma.thingContactAssociation.findMany({
        where: { contactId: { in: [...ids] } },
        include: { thing: true },
        orderBy: { thingId: "asc" },
      });
      return manyByKey(ids, links, (l) => l.contactId).map((ls) => ls.map((l) => l.thing));
    }),
  };
}
