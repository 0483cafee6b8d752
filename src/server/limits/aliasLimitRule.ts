/**
 * Validation rule: a document holds at most `maxAliases` aliased fields.
 *
 * Contract: every field written with an alias (`a: well(id: 1)`) counts once where it is written,
 * in operations and fragments alike; a document over the limit gets one error naming the limit,
 * its value and the count. Aliases are how one request repeats a field with different arguments,
 * so this bounds fan-out that depth and cost per field do not see.
 */
import type { ASTVisitor, ValidationContext } from "graphql";

import { queryLimitError } from "./queryLimits.js";

export function createAliasLimitRule(maxAliases: number) {
  return function AliasLimitRule(context: ValidationContext): ASTVisitor {
    let aliases = 0;
    return {
      Field(field) {
        if (field.alias) aliases += 1;
      },
      Document: {
        leave(document) {
          if (aliases > maxAliases) {
            context.reportError(queryLimitError(
              "maxAliases",
              `The document has ${aliases} aliased fields; the maximum (maxAliases) is ${maxAliases}`,
              maxAliases,
              aliases,
              [document],
            ));
          }
        },
      },
    };
  };
}
