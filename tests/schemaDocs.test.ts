/**
 * The public schema documents itself: every type, field, argument, input field and enum value of
 * schema.graphql (printed from the server's SDL and checked fresh in CI) has a description, so
 * the playground and generated front ends show what each name means and in which unit.
 */
import { readFile } from "node:fs/promises";

import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType, type GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";

/** Dotted paths of every element of `schema` that has no description. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__") || isSpecifiedScalarType(type)) continue;
    const isRoot = type === schema.getQueryType() || type === schema.getMutationType();
    if (!type.description && !isRoot) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        if ("args" in field) for (const arg of field.args) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe("schema documentation", () => {
  it("describes every type, field, argument, input field and enum value", async () => {
    const schema = buildSchema(await readFile(new URL("../schema.graphql", import.meta.url), "utf8"));
    expect(Object.keys(schema.getMutationType()?.getFields() ?? {}).length).toBeGreaterThan(60);
    expect(undocumented(schema)).toEqual([]);
  });

  it("finds an element without a description", () => {
    const schema = buildSchema(`"Root." type Query { "Documented." a(x: Int): Int b: Int }`);
    expect(undocumented(schema)).toEqual(["Query.a(x)", "Query.b"]);
  });
});
