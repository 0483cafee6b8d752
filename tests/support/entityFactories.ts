/**
 * Factories of contacts (with emails, phones, addresses), assets, publications and geochronology
 * ages, for the search, GeoJSON and entity tests. Vocabulary values are seeded lexicon terms.
 */
import type { Prisma, PrismaClient } from "../../src/generated/prisma/client.js";
import { uniqueName } from "./factories.js";

export interface ContactParts {
  emails?: string[];
  phones?: string[];
  addresses?: Partial<Prisma.AddressUncheckedCreateInput>[];
  thingIds?: number[];
}

/** A contact (role Owner, type Primary unless given) with the given emails, phones, addresses and sites. */
export async function createContact(
  prisma: PrismaClient,
  data: Partial<Prisma.ContactUncheckedCreateInput> = {},
  parts: ContactParts = {},
) {
  return prisma.contact.create({
    data: {
      name: uniqueName("Contact"),
      role: "Owner",
      contactType: "Primary",
      releaseStatus: "public",
      ...data,
      emails: { create: (parts.emails ?? []).map((email) => ({ email, emailType: "Primary" })) },
      phones: { create: (parts.phones ?? []).map((phoneNumber) => ({ phoneNumber, phoneType: "Mobile" })) },
      addresses: {
        create: (parts.addresses ?? []).map((a) => ({
          addressLine1: "1 Main St",
          addressType: "Mailing",
          ...a,
        })),
      },
      thingAssociations: { create: (parts.thingIds ?? []).map((thingId) => ({ thingId })) },
    },
  });
}

/** An asset attached to the given sites. */
export async function createAsset(
  prisma: PrismaClient,
  thingIds: number[] = [],
  data: Partial<Prisma.AssetUncheckedCreateInput> = {},
) {
  const name = data.name ?? `${uniqueName("photo")}.jpg`;
  return prisma.asset.create({
    data: {
      name,
      storageService: "gcs",
      storagePath: `assets/${name}`,
      mimeType: "image/jpeg",
      size: 2048,
      uri: `gs://ocotillo-test/assets/${name}`,
      releaseStatus: "public",
      ...data,
      thingAssociations: { create: thingIds.map((thingId) => ({ thingId })) },
    },
  });
}

/** A publication whose authors are created in the order given, each optionally linked to contacts. */
export async function createPublication(
  prisma: PrismaClient,
  authors: { name: string; affiliation?: string; contactIds?: number[] }[] = [],
  data: Partial<Prisma.PublicationUncheckedCreateInput> = {},
) {
  const publication = await prisma.publication.create({
    data: { title: uniqueName("Hydrogeology of"), publicationType: "Report", ...data },
  });
  for (const [index, author] of authors.entries()) {
    await prisma.pubAuthor.create({
      data: {
        name: author.name,
        affiliation: author.affiliation ?? null,
        publicationAssociations: { create: [{ publicationId: publication.id, authorOrder: index + 1 }] },
        contactAssociations: { create: (author.contactIds ?? []).map((contactId) => ({ contactId })) },
      },
    });
  }
  return publication;
}
