/**
 * How the resolvers of this API's write mutations run their domain function.
 *
 * Contract: returns the success payload, or the typed error payload (mutationErrorPayload.ts) of the
 * domain failure the work ended with when that type is a member of the mutation's result union, read
 * from the schema through `info` (so no hand-written list can be too short). A typed failure the
 * union does not declare is a fault of ours: thrown as an unexpected error (masked as
 * INTERNAL_SERVER_ERROR and logged). Other errors propagate unchanged (an invalid argument stays a
 * top-level BAD_USER_INPUT). Afterwards the request's loaders are replaced by fresh ones, so that
 * the payload (and any later mutation field of the same operation) reads the data as the write left
 * it, not a cached copy.
 *
 * The type argument names the result union (`mutate<"CreateWellResult">`): the work must return one
 * of its non-error members, and the result is typed as the union.
 */
import type { GraphQLResolveInfo } from "graphql";

import type { Context } from "../context.js";
import type { ResolversTypes, ResolversUnionTypes } from "../generated/graphql.js";
import { createLoaders } from "../loaders/createLoaders.js";
import { runMutation, type ErrorTypename, type MutationErrorPayload } from "./mutationErrorPayload.js";

type ResultUnions = ResolversUnionTypes<ResolversTypes>;

/** The result unions that have at least one typed error member. */
export type MutationResultUnion = {
  [K in keyof ResultUnions]: Extract<ResultUnions[K], { __typename: ErrorTypename }> extends never ? never : K;
}[keyof ResultUnions];

/** The members of a result union that are not typed errors: what the work returns. */
export type SuccessOf<U extends MutationResultUnion> = Exclude<ResultUnions[U], { __typename: ErrorTypename }>;

const errorMembersOfUnion = new WeakMap<object, ReadonlySet<string>>();

interface UnionLike {
  getTypes(): readonly { name: string }[];
}

/**
 * The members of the field's result union, from the schema (cached per union). Read structurally, not
 * with graphql's instanceof helpers: Apollo's copy of graphql and this module's may be different
 * instances (ESM and CommonJS).
 */
function unionMembers(info: GraphQLResolveInfo): ReadonlySet<string> {
  let type: unknown = info.returnType;
  while (typeof type === "object" && type !== null && "ofType" in type) type = type.ofType;
  if (typeof type !== "object" || type === null || typeof (type as Partial<UnionLike>).getTypes !== "function") {
    throw new Error(`${info.parentType.name}.${info.fieldName} does not return a union`);
  }
  const union = type as UnionLike;
  let members = errorMembersOfUnion.get(union);
  if (members === undefined) {
    members = new Set(union.getTypes().map((t) => t.name));
    errorMembersOfUnion.set(union, members);
  }
  return members;
}

export async function mutate<U extends MutationResultUnion>(
  ctx: Context,
  info: GraphQLResolveInfo,
  work: () => Promise<SuccessOf<U>>,
): Promise<ResultUnions[U]> {
  try {
    // Typed as unknown: the union of every result union is too large for the checker to narrow.
    const result: unknown = await runMutation(work);
    if (!isErrorPayload(result) || unionMembers(info).has(result.__typename)) return result as ResultUnions[U];
    throw new Error(`Mutation ${info.fieldName} ended with an undeclared ${result.__typename}: ${result.message}`);
  } finally {
    ctx.loaders = createLoaders(ctx.prisma, ctx.viewer);
  }
}

function isErrorPayload(value: unknown): value is MutationErrorPayload {
  const typename = (value as { __typename?: unknown } | null)?.__typename;
  return typename === "ValidationError" || typename === "ConflictError" || typename === "NotFoundError";
}
