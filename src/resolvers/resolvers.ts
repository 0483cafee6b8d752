/** The resolver map of the whole schema, merged from one module per SDL file. */
import type { Resolvers } from "../generated/graphql.js";
import { baseResolvers } from "./base.js";
import { contactResolvers } from "./contact.js";
import { groupResolvers } from "./group.js";
import { lexiconResolvers } from "./lexicon.js";
import { locationResolvers } from "./location.js";
import { scalarResolvers } from "./scalars.js";
import { thingResolvers } from "./thing.js";
import { wellResolvers } from "./well.js";

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...thingResolvers,
  ...wellResolvers,
  ...locationResolvers,
  ...groupResolvers,
  ...contactResolvers,
  Query: {
    ...baseResolvers.Query,
    ...thingResolvers.Query,
    ...wellResolvers.Query,
    ...locationResolvers.Query,
    ...lexiconResolvers.Query,
  },
};
