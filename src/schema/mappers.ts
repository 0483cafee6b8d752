/**
 * What each GraphQL object type resolves from (codegen `mappers`): a resolver of a field of
 * type X receives, and a resolver returning X must return, the model named here.
 */
import type { Connection } from "../domain/pagination/connection.js";
import type { Thing } from "../generated/prisma/client.js";

export type {
  Address as AddressModel,
  Contact as ContactModel,
  Email as EmailModel,
  Group as GroupModel,
  Location as LocationModel,
  Note as NoteModel,
  Phone as PhoneModel,
  Thing as ThingModel,
  ThingIdLink as AlternateIdModel,
} from "../generated/prisma/client.js";

export type ThingConnectionModel = Connection<Thing>;
