/**
 * How much work an operation may make for the thread that runs it: the basis for running it on an
 * executor thread instead of the serving thread.
 *
 * Contract: `operationWeight` is the estimated cost of the query limits (queryCost.ts: objects
 * produced, list fields multiplied by their page size) plus, for root fields that return many
 * values inside one scalar, the values they may return: `hydrograph` 2 × `maxPoints` (else 2 × the
 * point limit), `thingsGeoJSON` the feature limit. Pure and linear in the document; never throws
 * on a document that passed parsing.
 */
import { Kind, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from "graphql";

import { MAX_GEOJSON_FEATURES } from "../../domain/maps/thingsFeatureCollection.js";
import { HYDROGRAPH_POINT_LIMIT } from "../../domain/hydrographs/hydrographArgs.js";
import { operationCost } from "../../server/limits/queryCost.js";

type Variables = Readonly<Record<string, unknown>>;

/** Values a root field may return inside scalars, from its arguments. */
const BULK_ROOT_FIELDS: Record<string, (argument: (name: string) => unknown) => number> = {
  hydrograph: (argument) => {
    const maxPoints = argument("maxPoints");
    return 2 * (typeof maxPoints === "number" ? maxPoints : HYDROGRAPH_POINT_LIMIT);
  },
  thingsGeoJSON: () => MAX_GEOJSON_FEATURES,
};

function bulkValues(document: DocumentNode, selectionSet: SelectionSetNode, variables: Variables, seen: Set<string>): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const estimate = BULK_ROOT_FIELDS[selection.name.value];
      if (!estimate) continue;
      total += estimate((name) => {
        const value = selection.arguments?.find((a) => a.name.value === name)?.value;
        if (value?.kind === Kind.INT) return Number.parseInt(value.value, 10);
        if (value?.kind === Kind.VARIABLE) return variables[value.name.value];
        return undefined;
      });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      total += bulkValues(document, selection.selectionSet, variables, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value,
      );
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) total += bulkValues(document, fragment.selectionSet, variables, seen);
    }
  }
  return total;
}

export function operationWeight(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables = {},
): number {
  return operationCost(schema, document, operation, variables) + bulkValues(document, operation.selectionSet, variables, new Set());
}
