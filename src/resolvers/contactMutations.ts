/** Resolvers of src/schema/contactMutations.graphql. */
import { addContactEntry, changeContactEntry, removeContactEntry } from "../domain/contacts/contactEntries.js";
import { addressEntries, emailEntries, phoneEntries } from "../domain/contacts/contactEntryKinds.js";
import { linkContactToThing, unlinkContactFromThing } from "../domain/contacts/contactThingLinks.js";
import { createContact } from "../domain/contacts/createContact.js";
import { deleteContact } from "../domain/contacts/deleteContact.js";
import { updateContact } from "../domain/contacts/updateContact.js";
import { parseId } from "../domain/shared/ids.js";
import type { MutationResolvers } from "../generated/graphql.js";
import { mutate } from "./mutate.js";

export const contactMutationResolvers: {
  Mutation: Pick<
    MutationResolvers,
    | "createContact"
    | "updateContact"
    | "deleteContact"
    | "addContactEmail"
    | "updateContactEmail"
    | "removeContactEmail"
    | "addContactPhone"
    | "updateContactPhone"
    | "removeContactPhone"
    | "addContactAddress"
    | "updateContactAddress"
    | "removeContactAddress"
    | "linkContactToThing"
    | "unlinkContactFromThing"
  >;
} = {
  Mutation: {
    createContact: (_, { input }, ctx, info) =>
      mutate<"CreateContactResult">(ctx, info, async () => ({ __typename: "CreateContactSuccess" as const, contact: await createContact(ctx, input) })),
    updateContact: (_, { id, input }, ctx, info) =>
      mutate<"UpdateContactResult">(ctx, info, async () => ({ __typename: "UpdateContactSuccess" as const, contact: await updateContact(ctx, parseId(id), input) })),
    deleteContact: (_, { id }, ctx, info) =>
      mutate<"DeleteContactResult">(ctx, info, async () => ({ __typename: "DeleteContactSuccess" as const, deletedId: String(await deleteContact(ctx.prisma, parseId(id))) })),
    addContactEmail: (_, { contactId, input }, ctx, info) =>
      mutate<"AddContactEmailResult">(ctx, info, async () => {
        const { entry, contact } = await addContactEntry(ctx, emailEntries, parseId(contactId, "contactId"), input);
        return { __typename: "AddContactEmailSuccess" as const, email: entry, contact };
      }),
    updateContactEmail: (_, { id, input }, ctx, info) =>
      mutate<"UpdateContactEmailResult">(ctx, info, async () => ({ __typename: "UpdateContactEmailSuccess" as const, email: await changeContactEntry(ctx, emailEntries, parseId(id), input) })),
    removeContactEmail: (_, { id }, ctx, info) =>
      mutate<"RemoveContactEmailResult">(ctx, info, async () => {
        const { deletedId, contact } = await removeContactEntry(ctx, emailEntries, parseId(id));
        return { __typename: "RemoveContactEmailSuccess" as const, deletedId: String(deletedId), contact };
      }),
    addContactPhone: (_, { contactId, input }, ctx, info) =>
      mutate<"AddContactPhoneResult">(ctx, info, async () => {
        const { entry, contact } = await addContactEntry(ctx, phoneEntries, parseId(contactId, "contactId"), input);
        return { __typename: "AddContactPhoneSuccess" as const, phone: entry, contact };
      }),
    updateContactPhone: (_, { id, input }, ctx, info) =>
      mutate<"UpdateContactPhoneResult">(ctx, info, async () => ({ __typename: "UpdateContactPhoneSuccess" as const, phone: await changeContactEntry(ctx, phoneEntries, parseId(id), input) })),
    removeContactPhone: (_, { id }, ctx, info) =>
      mutate<"RemoveContactPhoneResult">(ctx, info, async () => {
        const { deletedId, contact } = await removeContactEntry(ctx, phoneEntries, parseId(id));
        return { __typename: "RemoveContactPhoneSuccess" as const, deletedId: String(deletedId), contact };
      }),
    addContactAddress: (_, { contactId, input }, ctx, info) =>
      mutate<"AddContactAddressResult">(ctx, info, async () => {
        const { entry, contact } = await addContactEntry(ctx, addressEntries, parseId(contactId, "contactId"), input);
        return { __typename: "AddContactAddressSuccess" as const, address: entry, contact };
      }),
    updateContactAddress: (_, { id, input }, ctx, info) =>
      mutate<"UpdateContactAddressResult">(ctx, info, async () => ({
        __typename: "UpdateContactAddressSuccess" as const,
        address: await changeContactEntry(ctx, addressEntries, parseId(id), input),
      })),
    removeContactAddress: (_, { id }, ctx, info) =>
      mutate<"RemoveContactAddressResult">(ctx, info, async () => {
        const { deletedId, contact } = await removeContactEntry(ctx, addressEntries, parseId(id));
        return { __typename: "RemoveContactAddressSuccess" as const, deletedId: String(deletedId), contact };
      }),
    linkContactToThing: (_, { contactId, thingId }, ctx, info) =>
      mutate<"LinkContactToThingResult">(ctx, info, async () => ({
        __typename: "LinkContactToThingSuccess" as const,
        ...(await linkContactToThing(ctx, parseId(contactId, "contactId"), parseId(thingId, "thingId"))),
      })),
    unlinkContactFromThing: (_, { contactId, thingId }, ctx, info) =>
      mutate<"UnlinkContactFromThingResult">(ctx, info, async () => ({
        __typename: "UnlinkContactFromThingSuccess" as const,
        ...(await unlinkContactFromThing(ctx, parseId(contactId, "contactId"), parseId(thingId, "thingId"))),
      })),
  },
};
