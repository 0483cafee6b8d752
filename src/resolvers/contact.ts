import { findContactsPage } from "../domain/contacts/findContactsPage.js";
import { primaryEntry } from "../domain/contacts/primaryEntry.js";
import { parseId } from "../domain/shared/ids.js";
import { parsePageRequest } from "../domain/shared/pagination/pageArgs.js";
import { visibleContactName } from "../domain/visibility/personalData.js";
import { NotFoundError } from "../domain/shared/domainErrors.js";
import type {
  AddressResolvers,
  ContactConnectionResolvers,
  ContactResolvers,
  QueryResolvers,
} from "../generated/graphql.js";

export const contactResolvers: {
  Query: Pick<QueryResolvers, "contact" | "contacts">;
  Contact: ContactResolvers;
  ContactConnection: Pick<ContactConnectionResolvers, "totalCount">;
  Address: AddressResolvers;
} = {
  Query: {
    contact: async (_, { id }, ctx) => {
      const contact = await ctx.loaders.contactById.load(parseId(id));
      if (!contact) throw new NotFoundError("Contact", id);
      return contact;
    },
    contacts: (_, { filter, ...page }, ctx) => findContactsPage(ctx.prisma, ctx.viewer, filter, parsePageRequest(page)),
  },
  Contact: {
    name: (c, _, ctx) => visibleContactName(ctx.viewer, c),
    emails: (c, _, ctx) => ctx.loaders.emailsByContactId.load(c.id),
    phones: (c, _, ctx) => ctx.loaders.phonesByContactId.load(c.id),
    primaryEmail: async (c, _, ctx) => primaryEntry(await ctx.loaders.emailsByContactId.load(c.id), (e) => e.emailType),
    primaryPhone: async (c, _, ctx) => primaryEntry(await ctx.loaders.phonesByContactId.load(c.id), (p) => p.phoneType),
    addresses: (c, _, ctx) => ctx.loaders.addressesByContactId.load(c.id),
    things: (c, _, ctx) => ctx.loaders.thingsByContactId.load(c.id),
    notes: (c, _, ctx) => ctx.loaders.notesByContactId.load(c.id),
  },
  ContactConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Address: {
    line1: (a) => a.addressLine1,
    line2: (a) => a.addressLine2,
  },
};
