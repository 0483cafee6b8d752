/**
 * Small per-model factories: each test builds the rows it asserts on, with unique names.
 * Vocabulary values are terms of the seeded lexicon.
 */
import { randomBytes } from "node:crypto";

import type { Prisma, PrismaClient } from "../../src/generated/prisma/client.js";

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString("hex")}`;
}

export async function createThing(
  prisma: PrismaClient,
  data: Partial<Prisma.ThingUncheckedCreateInput> = {},
) {
  return prisma.thing.create({
    data: { name: uniqueName("NM"), thingType: "water well", releaseStatus: "public", ...data },
  });
}

export async function createLocationFor(
  prisma: PrismaClient,
  thingId: number,
  location: Partial<Prisma.LocationUncheckedCreateInput> = {},
  link: { effectiveStart?: Date; effectiveEnd?: Date | null } = {},
) {
  const created = await prisma.location.create({
    data: { latitude: 34.05, longitude: -106.9, elevation: 1500, releaseStatus: "public", ...location },
  });
  await prisma.locationThingAssociation.create({
    data: { thingId, locationId: created.id, effectiveStart: link.effectiveStart, effectiveEnd: link.effectiveEnd ?? null },
  });
  return created;
}

export async function createGroupWith(prisma: PrismaClient, thingIds: number[], name = uniqueName("group")) {
  return prisma.group.create({
    data: { name, thingAssociations: { create: thingIds.map((thingId) => ({ thingId })) } },
  });
}

export async function createContactFor(
  prisma: PrismaClient,
  thingId: number,
  data: Partial<Prisma.ContactUncheckedCreateInput> = {},
) {
  return prisma.contact.create({
    data: {
      name: uniqueName("Contact"),
      role: "Owner",
      contactType: "Primary",
      ...data,
      thingAssociations: { create: [{ thingId }] },
    },
  });
}
