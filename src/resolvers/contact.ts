import type { AddressResolvers, ContactResolvers } from "../generated/graphql.js";

export const contactResolvers: { Contact: ContactResolvers; Address: AddressResolvers } = {
  Contact: {
    emails: (c, _, ctx) => ctx.loaders.emailsByContactId.load(c.id),
    phones: (c, _, ctx) => ctx.loaders.phonesByContactId.load(c.id),
    addresses: (c, _, ctx) => ctx.loaders.addressesByContactId.load(c.id),
    things: (c, _, ctx) => ctx.loaders.thingsByContactId.load(c.id),
  },
  Address: {
    line1: (a) => a.addressLine1,
    line2: (a) => a.addressLine2,
  },
};
