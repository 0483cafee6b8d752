/**
 * Validation rule: no operation nests fields deeper than `maxDepth`.
 *
 * Contract: the depth of an operation is the longest chain of nested fields, counting the root
 * field as 1 and following fragment spreads and inline fragments (a fragment cycle, which graphql-js
 * reports itself, is not followed twice). Introspection meta-fields (`__schema`, `__type`) are not
 * counted: graphql-js's own MaxIntrospectionDepthRule bounds them, and introspection is off in
 * production. An operation over the limit gets one error naming the limit, its value and the depth.
 */
import { Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from "graphql";

import { queryLimitError } from "./queryLimits.js";

function depthOf(context: ValidationContext, selectionSet: SelectionSetNode, fragmentsOnPath: ReadonlySet<string>): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value === "__schema" || selection.name.value === "__type") continue;
      const below = selection.selectionSet ? depthOf(context, selection.selectionSet, fragmentsOnPath) : 0;
      deepest = Math.max(deepest, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(context, selection.selectionSet, fragmentsOnPath));
    } else {
      const name = selection.name.value;
      const fragment = context.getFragment(name);
      if (!fragment || fragmentsOnPath.has(name)) continue;
      deepest = Math.max(deepest, depthOf(context, fragment.selectionSet, new Set([...fragmentsOnPath, name])));
    }
  }
  return deepest;
}

export function createDepthLimitRule(maxDepth: number) {
  return function DepthLimitRule(context: ValidationContext): ASTVisitor {
    return {
      OperationDefinition(operation) {
        const depth = depthOf(context, operation.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(queryLimitError(
            "maxDepth",
            `The operation is ${depth} levels deep; the maximum depth (maxDepth) is ${maxDepth}`,
            maxDepth,
            depth,
            [operation],
          ));
        }
        return false;
      },
    };
  };
}
