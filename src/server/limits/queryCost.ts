/**
 * The estimated cost of an operation: roughly how many objects the server may have to produce.
 *
 * Contract: a field whose type is an object, interface or union costs 1, a scalar or enum field 0;
 * the cost of what is selected below a field is multiplied by the field's page size when the field
 * takes `first` or `last`: the argument's value (a literal or a variable's value), else the
 * argument's schema default, else DEFAULT_LIST_SIZE (25); the larger when both are given. Lists
 * without those arguments (a well's groups, a contact's emails) count once. Fragments and inline
 * fragments count in full (every branch of a union, an over-estimate); `@skip`/`@include` are
 * ignored (also an over-estimate). Introspection meta-fields and `__typename` cost nothing. Pure:
 * no I/O, linear in the size of the document.
 *
 * Types are told apart by their shape (`getFields`, `getTypes`, `ofType`), not by graphql-js's
 * `isObjectType` & co.: those check the class of the module instance they come from, and the
 * schema Apollo builds may come from the other build of the `graphql` package (CommonJS vs ESM,
 * as under vitest).
 */
import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

import { DEFAULT_LIST_SIZE } from "./queryLimits.js";

type Variables = Readonly<Record<string, unknown>>;

/** An object or interface type (has fields), or a union (has member types). */
interface CompositeType {
  getFields?: () => Record<string, GraphQLField<unknown, unknown>>;
  getTypes?: () => readonly unknown[];
}

/** The named type under list and non-null wrappers, when it is composite; else null. */
function compositeTypeOf(type: unknown): CompositeType | null {
  let named = type;
  while (named !== null && typeof named === "object" && "ofType" in named && named.ofType) named = named.ofType;
  if (named === null || typeof named !== "object") return null;
  return "getFields" in named || "getTypes" in named ? (named as CompositeType) : null;
}

function argumentValue(field: FieldNode, argument: GraphQLArgument, variables: Variables): number | null {
  const node = field.arguments?.find((a) => a.name.value === argument.name);
  if (node?.value.kind === Kind.INT) return Number.parseInt(node.value.value, 10);
  if (node?.value.kind === Kind.VARIABLE) {
    const value = variables[node.value.name.value];
    if (typeof value === "number") return value;
  }
  if (node === undefined && typeof argument.defaultValue === "number") return argument.defaultValue;
  return null;
}

/** The factor applied below `field`: its page size when it is paginated, else 1. */
function pageSize(field: FieldNode, args: readonly GraphQLArgument[], variables: Variables): number {
  const paging = args.filter((a) => a.name === "first" || a.name === "last");
  if (paging.length === 0) return 1;
  const given = paging.map((a) => argumentValue(field, a, variables)).filter((v): v is number => v !== null);
  return given.length === 0 ? DEFAULT_LIST_SIZE : Math.max(0, ...given);
}

export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }

  const costOf = (parent: CompositeType, selectionSet: SelectionSetNode, fragmentsOnPath: ReadonlySet<string>): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith("__")) continue;
        const definition = parent.getFields?.()[name];
        if (!definition) continue;
        const type = compositeTypeOf(definition.type);
        if (type === null) continue;
        const below = selection.selectionSet ? costOf(type, selection.selectionSet, fragmentsOnPath) : 0;
        cost += 1 + pageSize(selection, definition.args, variables) * below;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? compositeTypeOf(schema.getType(selection.typeCondition.name.value)) : parent;
        if (condition) cost += costOf(condition, selection.selectionSet, fragmentsOnPath);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || fragmentsOnPath.has(name)) continue;
        const condition = compositeTypeOf(schema.getType(fragment.typeCondition.name.value));
        if (condition) cost += costOf(condition, fragment.selectionSet, new Set([...fragmentsOnPath, name]));
      }
    }
    return cost;
  };

  const root = compositeTypeOf(schema.getRootType(operation.operation));
  return root ? costOf(root, operation.selectionSet, new Set()) : 0;
}
