/**
 * What an operation selects, read from selection sets through inline fragments and fragment
 * spreads: the fields selected directly in the sets, by response-independent field name.
 * Directives (@skip/@include) are not evaluated: a skipped field counts as selected.
 */
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from "graphql";

/** Every field selected directly in `sets`, grouped by field name. */
export function selectedFields(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[]): Map<string, FieldNode[]> {
  const found = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === "Field") {
        const name = selection.name.value;
        const same = found.get(name);
        if (same) same.push(selection);
        else found.set(name, [selection]);
      } else if (selection.kind === "InlineFragment") {
        visit(selection.selectionSet);
      } else {
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return found;
}

/** The fields named `name` selected directly in `sets`. */
export function fieldsNamed(info: GraphQLResolveInfo, sets: readonly (SelectionSetNode | undefined)[], name: string): FieldNode[] {
  return selectedFields(info, sets).get(name) ?? [];
}
