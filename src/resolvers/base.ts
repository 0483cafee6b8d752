import type { QueryResolvers } from "../generated/graphql.js";

export const API_VERSION = "0.1.0";

export const baseResolvers: { Query: Pick<QueryResolvers, "apiInfo"> } = {
  Query: {
    apiInfo: () => ({ version: API_VERSION }),
  },
};
