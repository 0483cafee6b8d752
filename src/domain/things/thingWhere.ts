/**
 * Translates a GraphQL `ThingFilter` into a Prisma condition. Enum arguments arrive as their
 * internal values (lexicon terms), so they are compared with stored columns as they are.
 */
import type { Prisma } from "../../generated/prisma/client.js";
import type { ThingFilter } from "../../generated/graphql.js";

export function thingWhere(filter: ThingFilter | null | undefined): Prisma.ThingWhereInput {
  const and: Prisma.ThingWhereInput[] = [];
  if (filter?.thingTypes) and.push({ thingType: { in: filter.thingTypes } });
  if (filter?.releaseStatuses) and.push({ releaseStatus: { in: filter.releaseStatuses } });
  if (filter?.nameContains) and.push({ name: { contains: filter.nameContains, mode: "insensitive" } });
  if (filter?.groupName) and.push({ groupAssociations: { some: { group: { name: filter.groupName } } } });
  return { AND: and };
}
