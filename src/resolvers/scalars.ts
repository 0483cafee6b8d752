/**
 * Custom scalars (graphql-scalars implementations) under the input policy
 * (src/domain/validation/inputPolicy.ts): a DateTime or Date outside years 1..9999 and a JSON
 * value nested too deep or holding text PostgreSQL cannot store are refused as BAD_USER_INPUT
 * while the request is validated, before anything runs.
 */
import { GraphQLScalarType, type GraphQLScalarTypeConfig } from "graphql";
import { DateResolver, DateTimeResolver, JSONObjectResolver, JSONResolver } from "graphql-scalars";

import { jsonPathText, jsonProblem, timeProblem } from "../domain/shared/validation/inputPolicy.js";
import { BadUserInputError } from "../errors/BadUserInputError.js";

/** `scalar` with `check` applied to every value it parses (variables and literals). */
function withPolicy(scalar: GraphQLScalarType, check: (value: unknown) => string | null, overrides: Partial<GraphQLScalarTypeConfig<unknown, unknown>> = {}): GraphQLScalarType {
  const config = { ...scalar.toConfig(), ...overrides };
  const checked = (value: unknown): unknown => {
    const problem = check(value);
    if (problem) throw new BadUserInputError(`${config.name} ${problem}`);
    return value;
  };
  return new GraphQLScalarType({
    ...config,
    parseValue: (value) => checked(config.parseValue ? config.parseValue(value) : value),
    parseLiteral: (ast, variables) => checked(config.parseLiteral ? config.parseLiteral(ast, variables) : undefined),
  });
}

const storableTime = (value: unknown): string | null => (value instanceof Date ? timeProblem(value) : null);

const storableJson = (value: unknown): string | null => {
  const found = jsonProblem(value);
  if (!found) return null;
  const at = jsonPathText(found.path);
  return at === "" ? found.problem : `value at ${at} ${found.problem}`;
};

export const scalarResolvers = {
  DateTime: withPolicy(DateTimeResolver, storableTime),
  Date: withPolicy(DateResolver, storableTime),
  JSON: withPolicy(JSONResolver, storableJson),
  GeoJSON: withPolicy(JSONObjectResolver, storableJson, {
    name: "GeoJSON",
    description: "A GeoJSON object (RFC 7946), such as a Feature or a FeatureCollection.",
  }),
};
