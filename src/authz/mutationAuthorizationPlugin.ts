/**
 * Apollo plugin, installed by createApolloServer for every server: enforces the mutation table
 * (mutationRoles.ts) in one place, before anything executes.
 *
 * Contract: for a mutation operation, every root field that will run (fragments and inline
 * fragments followed, `@skip`/`@include` evaluated with the request's variables; `__typename`
 * exempt) is checked with `authorizeMutation` against `contextValue.caller`; if any is refused the
 * whole operation is refused with that field's error and no resolver runs, so nothing is written
 * and no SQL is sent. Queries pass through: what they may read is decided by visibility.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentSpreadNode,
  type InlineFragmentNode,
  type SelectionSetNode,
} from "graphql";

import type { Caller } from "../auth/caller.js";
import { authorizeMutation } from "./authorizeMutation.js";

type Variables = Record<string, unknown>;

/** False only when `@skip`/`@include` certainly drop the node; an undecidable directive counts as included. */
function included(node: FieldNode | FragmentSpreadNode | InlineFragmentNode, variables: Variables): boolean {
  try {
    const skip = getDirectiveValues(GraphQLSkipDirective, node, variables);
    if (skip?.if === true) return false;
    const include = getDirectiveValues(GraphQLIncludeDirective, node, variables);
    return include?.if !== false;
  } catch {
    return true;
  }
}

/** Names of the root fields a selection set will run, in document order. */
export function rootFieldNames(document: DocumentNode, selectionSet: SelectionSetNode, variables: Variables): string[] {
  const names: string[] = [];
  const visit = (set: SelectionSetNode, fragmentsOnPath: ReadonlySet<string>): void => {
    for (const selection of set.selections) {
      if (!included(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        names.push(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, fragmentsOnPath);
      } else {
        const name = selection.name.value;
        const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
        if (fragment?.kind === Kind.FRAGMENT_DEFINITION && !fragmentsOnPath.has(name)) {
          visit(fragment.selectionSet, new Set([...fragmentsOnPath, name]));
        }
      }
    }
  };
  visit(selectionSet, new Set());
  return names;
}

export function mutationAuthorizationPlugin<TContext extends { caller: Caller }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, contextValue }) {
          if (operation?.operation !== "mutation") return;
          for (const field of rootFieldNames(document, operation.selectionSet, request.variables ?? {})) {
            if (field === "__typename") continue;
            const refusal = authorizeMutation(contextValue.caller, field);
            if (refusal) throw refusal;
          }
        },
      };
    },
  };
}
