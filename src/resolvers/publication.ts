import { parseId } from "../domain/shared/ids.js";
import { parsePageRequest } from "../domain/shared/pagination/pageArgs.js";
import { findPublicationsPage } from "../domain/publications/findPublicationsPage.js";
import { NotFoundError } from "../domain/shared/domainErrors.js";
import type {
  AuthorResolvers,
  PublicationConnectionResolvers,
  PublicationResolvers,
  QueryResolvers,
} from "../generated/graphql.js";

export const publicationResolvers: {
  Query: Pick<QueryResolvers, "publication" | "publications">;
  Publication: PublicationResolvers;
  PublicationConnection: Pick<PublicationConnectionResolvers, "totalCount">;
  Author: AuthorResolvers;
} = {
  Query: {
    publication: async (_, { id }, ctx) => {
      const publication = await ctx.loaders.publicationById.load(parseId(id));
      if (!publication) throw new NotFoundError("Publication", id);
      return publication;
    },
    publications: (_, args, ctx) => findPublicationsPage(ctx.prisma, parsePageRequest(args)),
  },
  Publication: {
    authors: (p, _, ctx) => ctx.loaders.authorsByPublicationId.load(p.id),
  },
  PublicationConnection: {
    totalCount: (connection) => connection.totalCount(),
  },
  Author: {
    contact: (a, _, ctx) => ctx.loaders.contactByAuthorId.load(a.id),
  },
};
