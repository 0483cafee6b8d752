/** Resolvers of src/schema/contactMutations.graphql. */
import { addContactAddress, removeContactAddress, updateContactAddress } from "../domain/contacts/contactAddresses.js";
import { addContactEmail, removeContactEmail, updateContactEmail } from "../domain/contacts/contactEmails.js";
import { addContactPhone, removeContactPhone, updateContactPhone } from "../domain/contacts/contactPhones.js";
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
      mutate<"AddContactEmailResult">(ctx, info, async () => ({
        __typename: "AddContactEmailSuccess" as const,
        ...(await addContactEmail(ctx, parseId(contactId, "contactId"), input)),
      })),
    updateContactEmail: (_, { id, input }, ctx, info) =>
      mutate<"UpdateContactEmailResult">(ctx, info, async () => ({ __typename: "UpdateContactEmailSuccess" as const, email: await updateContactEmail(ctx, parseId(id), input) })),
    removeContactEmail: (_, { id }, ctx, info) =>
      mutate<"RemoveContactEmailResult">(ctx, info, async () => {
        const { deletedId, contact } = await removeContactEmail(ctx, parseId(id));
        return { __typename: "RemoveContactEmailSuccess" as const, deletedId: String(deletedId), contact };
      }),
    addContactPhone: (_, { contactId, input }, ctx, info) =>
      mutate<"AddContactPhoneResult">(ctx, info, async () => ({
        __typename: "AddContactPhoneSuccess" as const,
        ...(await addContactPhone(ctx, parseId(contactId, "contactId"), input)),
      })),
    updateContactPhone: (_, { id, input }, ctx, info) =>
      mutate<"UpdateContactPhoneResult">(ctx, info, async () => ({ __typename: "UpdateContactPhoneSuccess" as const, phone: await updateContactPhone(ctx, parseId(id), input) })),
    removeContactPhone: (_, { id }, ctx, info) =>
      mutate<"RemoveContactPhoneResult">(ctx, info, async () => {
        const { deletedId, contact } = await removeContactPhone(ctx, parseId(id));
        return { __typename: "RemoveContactPhoneSuccess" as const, deletedId: String(deletedId), contact };
      }),
    addContactAddress: (_, { contactId, input }, ctx, info) =>
      mutate<"AddContactAddressResult">(ctx, info, async () => ({
        __typename: "AddContactAddressSuccess" as const,
        ...(await addContactAddress(ctx, parseId(contactId, "contactId"), input)),
      })),
    updateContactAddress: (_, { id, input }, ctx, info) =>
      mutate<"UpdateContactAddressResult">(ctx, info, async () => ({
        __typename: "UpdateContactAddressSuccess" as const,
        address: await updateContactAddress(ctx, parseId(id), input),
      })),
    removeContactAddress: (_, { id }, ctx, info) =>
      mutate<"RemoveContactAddressResult">(ctx, info, async () => {
        const { deletedId, contact } = await removeContactAddress(ctx, parseId(id));
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
