/**
 * Loaders of a contact's parts, keyed by contact id, as `viewer` may see them: contacts and
 * things only when visible (released records for callers without a role); emails, phones and
 * addresses (personal data) only with the personal-data capability, else empty lists without a
 * query.
 */
import DataLoader from "dataloader";

import type { Viewer } from "../domain/visibility/viewer.js";
import { releasedWhere } from "../domain/visibility/visibilityWhere.js";
import type { PrismaClient } from "../generated/prisma/client.js";
import { manyByKey, oneByKey } from "../domain/shared/keyOrder.js";

/** An empty list for every key, without touching the database. */
function noneFor(ids: readonly number[]): never[][] {
  return ids.map(() => []);
}

export function createContactLoaders(prisma: PrismaClient, viewer: Viewer) {
  const released = releasedWhere(viewer);
  const personal = viewer.personalData;
  return {
    /** A contact by id, or null (also when the viewer may not see it). */
    contactById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await prisma.contact.findMany({ where: { id: { in: [...ids] }, ...released } }), (c) => c.id),
    ),
    /** Email addresses of each contact, by id (personal data). */
    emailsByContactId: new DataLoader(async (ids: readonly number[]) =>
      personal
        ? manyByKey(ids, await prisma.email.findMany({ where: { contactId: { in: [...ids] } }, orderBy: { id: "asc" } }), (r) => r.contactId)
        : noneFor(ids),
    ),
    /** Telephone numbers of each contact, by id (personal data). */
    phonesByContactId: new DataLoader(async (ids: readonly number[]) =>
      personal
        ? manyByKey(ids, await prisma.phone.findMany({ where: { contactId: { in: [...ids] } }, orderBy: { id: "asc" } }), (r) => r.contactId)
        : noneFor(ids),
    ),
    /** Postal addresses of each contact, by id (personal data). */
    addressesByContactId: new DataLoader(async (ids: readonly number[]) =>
      personal
        ? manyByKey(ids, await prisma.address.findMany({ where: { contactId: { in: [...ids] } }, orderBy: { id: "asc" } }), (r) => r.contactId)
        : noneFor(ids),
    ),
    /** Notes about each contact, oldest first (personal data). */
    notesByContactId: new DataLoader(async (ids: readonly number[]) =>
      personal
        ? manyByKey(ids, await prisma.note.findMany({ where: { contactId: { in: [...ids] } }, orderBy: { id: "asc" } }), (r) => r.contactId)
        : noneFor(ids),
    ),
    /** Things each contact is associated with that the viewer may see, by thing id. */
    thingsByContactId: new DataLoader(async (ids: readonly number[]) => {
      const links = await prisma.thingContactAssociation.findMany({
        where: { contactId: { in: [...ids] }, thing: released },
        include: { thing: true },
        orderBy: { thingId: "asc" },
      });
      return manyByKey(ids, links, (l) => l.contactId).map((ls) => ls.map((l) => l.thing));
    }),
  };
}
