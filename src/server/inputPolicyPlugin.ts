/**
 * Apollo plugin: the input policy (src/domain/validation/inputPolicy.ts) for every value of a
 * GraphQL request, whatever its type (String, ID, custom scalars, input objects): every string
 * literal of the document and the whole of every variable.
 *
 * Contract: runs once the operation is resolved, before anything executes; the first value that
 * breaks the policy answers HTTP 400 with one BAD_USER_INPUT error whose message names the argument
 * (for a variable, the variable and the argument it feeds) and whose extensions carry `argument`;
 * nothing reaches a resolver or the database.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, visit, type DocumentNode, type StringValueNode, type VariableNode } from "graphql";

import { jsonPathText, jsonProblem, textProblem } from "../domain/shared/validation/inputPolicy.js";
import { BadUserInputError } from "../errors/BadUserInputError.js";

function refuse(message: string, argument: string): BadUserInputError {
  return new BadUserInputError(message, { argument, http: { status: 400 } });
}

/**
 * Walks the document's arguments, calling `onValue` with the dotted path of the argument
 * ("filter.nameContains") for every string literal and every variable it meets.
 */
function walkArguments(document: DocumentNode, onValue: (path: string, node: StringValueNode | VariableNode) => void): void {
  const names: string[] = [];
  const inArgument = () => names.length > 0;
  visit(document, {
    Argument: { enter: (node) => void names.push(node.name.value), leave: () => void names.pop() },
    ObjectField: {
      enter: (node) => void (inArgument() && names.push(node.name.value)),
      leave: () => void (inArgument() && names.pop()),
    },
    StringValue: (node) => onValue(names.join(".") || "value", node),
    Variable: (node) => {
      if (inArgument()) onValue(names.join("."), node);
    },
  });
}

/** Documents whose literals passed: Apollo's document cache hands back the same object for the same text. */
const literalsPassed = new WeakSet<DocumentNode>();

function checkLiterals(document: DocumentNode): void {
  if (literalsPassed.has(document)) return;
  walkArguments(document, (path, node) => {
    if (node.kind !== Kind.STRING) return;
    const problem = textProblem(node.value);
    if (problem) throw refuse(`Argument "${path}" ${problem}`, path);
  });
  literalsPassed.add(document);
}

function checkVariables(document: DocumentNode, variables: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(variables)) {
    const found = jsonProblem(value);
    if (!found) continue;
    let fed: string | undefined;
    walkArguments(document, (path, node) => {
      if (fed === undefined && node.kind === Kind.VARIABLE && node.name.value === name) fed = path;
    });
    const at = jsonPathText(found.path);
    const argument = [fed ?? name, at].filter((part) => part !== "").join(at.startsWith("[") ? "" : ".");
    throw refuse(`Variable "$${name}"${fed === undefined ? "" : ` (argument "${argument}")`} ${found.problem}`, argument);
  }
}

export function inputPolicyPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          checkLiterals(document);
          checkVariables(document, request.variables ?? {});
        },
      };
    },
  };
}
