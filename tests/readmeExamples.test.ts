/**
 * The README's GraphQL examples are valid operations of the current schema (schema.graphql,
 * checked fresh in CI), so a reader who pastes one into the playground never meets a renamed
 * field or a missing argument.
 */
import { readFile } from "node:fs/promises";

import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";

import { graphqlBlocks } from "./support/graphqlBlocks.js";

describe("README examples", () => {
  it("are valid operations of the schema", async () => {
    const [readme, sdl] = await Promise.all([
      readFile(new URL("../README.md", import.meta.url), "utf8"),
      readFile(new URL("../schema.graphql", import.meta.url), "utf8"),
    ]);
    const schema = buildSchema(sdl);
    const blocks = graphqlBlocks(readme);
    expect(blocks.length).toBeGreaterThanOrEqual(16);
    const problems = blocks.flatMap(({ line, source }) =>
      validate(schema, parse(source)).map((error) => `README.md:${line}: ${error.message}`),
    );
    expect(problems).toEqual([]);
  });

  it("finds a block that does not fit the schema", () => {
    const schema = buildSchema(`"Root." type Query { "A." a: Int }`);
    const [block] = graphqlBlocks("text\n```graphql\n{ b }\n```\n");
    expect(block?.line).toBe(2);
    expect(validate(schema, parse(block?.source ?? "")).map((e) => e.message)).toEqual(['Cannot query field "b" on type "Query". Did you mean "a"?']);
  });
});
