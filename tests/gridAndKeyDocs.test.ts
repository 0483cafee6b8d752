/**
 * The GraphQL examples of docs/data-grids.md and docs/api-keys.md are valid operations of the
 * current schema (schema.graphql) and run without errors against a database: the grid example as
 * an Admin, the key example as a signed-in Editor (its fixed expiry moved to 30 days ahead, so the
 * document does not have to change as time passes).
 */
import { readFile } from "node:fs/promises";

import { buildSchema, parse, validate } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { graphqlBlocks } from "./support/markdownGraphql.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

const DOCS = ["data-grids.md", "api-keys.md"] as const;
const read = (name: string) => readFile(new URL(`../docs/${name}`, import.meta.url), "utf8");

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

describe("docs examples of data grids and API keys", () => {
  it("are valid operations of the schema", async () => {
    const schema = buildSchema(await readFile(new URL("../schema.graphql", import.meta.url), "utf8"));
    for (const name of DOCS) {
      const blocks = graphqlBlocks(await read(name));
      expect(blocks.length, name).toBeGreaterThanOrEqual(1);
      const problems = blocks.flatMap(({ line, source }) => validate(schema, parse(source)).map((e) => `docs/${name}:${line}: ${e.message}`));
      expect(problems).toEqual([]);
    }
  });

  it("run: the grid page and the key creation", async () => {
    const [grid] = graphqlBlocks(await read("data-grids.md"));
    const gridResult = await api.run(grid!.source);
    expect(gridResult.errors).toBeUndefined();
    expect(gridResult.data).toMatchObject({ wells: { totalCount: 0, pageInfo: { hasPreviousPage: true } } });

    const [key] = graphqlBlocks(await read("api-keys.md"));
    const inThirtyDays = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const source = key!.source.replace(/expiresAt: "[^"]+"/, `expiresAt: "${inThirtyDays}"`);
    const keyResult = await api.run<{ createApiKey: { __typename: string; secret: string } }>(source, {}, {
      as: "editor",
      user: { id: "docs-editor", name: "Docs Editor" },
    });
    expect(keyResult.errors).toBeUndefined();
    expect(keyResult.data?.createApiKey.__typename).toBe("CreateApiKeySuccess");
    expect(keyResult.data?.createApiKey.secret).toMatch(/^ocw_/);
  });
});
