/**
 * updateLexiconCategory / deleteLexiconCategory: partial updates, renames the vocabulary follows at
 * once, categories the schema uses are protected, a category with terms cannot be deleted (also
 * while a membership is being added concurrently), typed errors, nothing written on failure.
 */
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { uniqueName } from "./support/factories.js";
import { ERROR_FIELDS } from "./support/mutationFactories.js";
import { mutationPayload, type MutationPayload } from "./support/mutationPayload.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const UPDATE = `mutation($name: String!, $input: UpdateLexiconCategoryInput!) { updateLexiconCategory(name: $name, input: $input) {
  ${ERROR_FIELDS} ... on UpdateLexiconCategorySuccess { previousName category { name description terms { term } } } } }`;
const DELETE = `mutation($name: String!) { deleteLexiconCategory(name: $name) { ${ERROR_FIELDS} ... on DeleteLexiconCategorySuccess { name } } }`;

type Payload = MutationPayload;

function run(query: string, variables: Record<string, unknown>): Promise<Payload> {
  return mutationPayload(api, query, variables);
}

function categoryName(): string {
  return `cat_${uniqueName("x").replace("-", "_")}`;
}

/** A category written directly (the server's cache learns it only by a refresh), with the given new terms. */
async function newCategory(terms: string[] = [], description: string | null = "Test category"): Promise<string> {
  const name = categoryName();
  await api.db.prisma.lexiconCategory.create({
    data: { name, description, termLinks: { create: terms.map((term) => ({ term: { create: { term, definition: "" } } })) } },
  });
  return name;
}

describe("updateLexiconCategory", () => {
  it("changes the description only, then clears it with an explicit null", async () => {
    const name = await newCategory();
    expect(await run(UPDATE, { name, input: { description: "Kinds of troughs" } })).toEqual({
      __typename: "UpdateLexiconCategorySuccess",
      previousName: name,
      category: { name, description: "Kinds of troughs", terms: [] },
    });
    expect(await run(UPDATE, { name, input: { description: null } })).toMatchObject({ category: { name, description: null } });
    const row = await api.db.prisma.lexiconCategory.findUniqueOrThrow({ where: { name } });
    expect([row.description, row.updatedAt instanceof Date]).toEqual([null, true]);
  });

  it("renames a category, keeping its terms; the cache follows before the answer", async () => {
    const term = uniqueName("Trough");
    const name = await newCategory([term]);
    const renamed = categoryName();
    expect(await run(UPDATE, { name, input: { name: renamed } })).toEqual({
      __typename: "UpdateLexiconCategorySuccess",
      previousName: name,
      category: { name: renamed, description: "Test category", terms: [{ term }] },
    });
    expect(api.lexicon.hasCategory(renamed)).toBe(true);
    expect(api.lexicon.hasCategory(name)).toBe(false);
    expect(api.lexicon.has(renamed, term)).toBe(true);
    const listed = await api.run<{ lexiconTerms: string[] }>(`query($c: String!) { lexiconTerms(category: $c) }`, { c: renamed });
    expect(listed.data?.lexiconTerms).toEqual([term]);
  });

  it("gives a ConflictError for a name in use, a NotFoundError for an unknown category", async () => {
    const name = await newCategory();
    expect(await run(UPDATE, { name, input: { name: "well_purpose" } })).toEqual({
      __typename: "ConflictError",
      message: "A record with the same name already exists",
      constraint: "lexicon_category_name_key",
      fields: ["name"],
    });
    expect(await run(UPDATE, { name: "no_such_category", input: { description: "x" } })).toEqual({
      __typename: "NotFoundError",
      message: "LexiconCategory no_such_category not found",
      entity: "LexiconCategory",
      id: "no_such_category",
    });
    expect(await api.db.prisma.lexiconCategory.count({ where: { name } })).toBe(1);
  });

  it("lists every invalid field and writes nothing", async () => {
    const name = await newCategory();
    expect(await run(UPDATE, { name, input: { name: "Bad Name", description: "d".repeat(256) } })).toEqual({
      __typename: "ValidationError",
      message: "2 fields are invalid: input.name, input.description",
      fieldErrors: [
        { path: ["input", "name"], message: 'Name must be lower-case snake_case starting with a letter (e.g. "well_purpose")' },
        { path: ["input", "description"], message: "Description must be at most 255 characters" },
      ],
    });
    expect(await run(UPDATE, { name, input: { name: null } })).toEqual({
      __typename: "ValidationError",
      message: "Name cannot be cleared",
      fieldErrors: [{ path: ["input", "name"], message: "Name cannot be cleared" }],
    });
    const row = await api.db.prisma.lexiconCategory.findUniqueOrThrow({ where: { name } });
    expect([row.description, row.updatedAt]).toEqual(["Test category", null]);
  });

  it("refuses to rename a category the schema uses, but lets its description change", async () => {
    expect(await run(UPDATE, { name: "well_purpose", input: { name: "purposes" } })).toEqual({
      __typename: "ValidationError",
      message: "Category well_purpose is used by the scalar WellPurpose and cannot be renamed",
      fieldErrors: [{ path: ["input", "name"], message: "Category well_purpose is used by the scalar WellPurpose and cannot be renamed" }],
    });
    expect(await run(UPDATE, { name: "release_status", input: { name: "release" } })).toMatchObject({
      __typename: "ValidationError",
      message: "Category release_status is used by the enum ReleaseStatus and cannot be renamed",
    });
    expect(await run(UPDATE, { name: "well_purpose", input: { name: "well_purpose", description: "Uses of a well" } })).toMatchObject({
      __typename: "UpdateLexiconCategorySuccess",
      category: { name: "well_purpose", description: "Uses of a well" },
    });
    expect(api.lexicon.hasCategory("well_purpose")).toBe(true);
  });
});

describe("deleteLexiconCategory", () => {
  it("deletes a category without terms; the cache forgets it; a second delete is a NotFoundError", async () => {
    const name = categoryName();
    await run(`mutation($input: CreateLexiconCategoryInput!) { createLexiconCategory(input: $input) { __typename } }`, { input: { name } });
    expect(api.lexicon.hasCategory(name)).toBe(true);
    expect(await run(DELETE, { name })).toEqual({ __typename: "DeleteLexiconCategorySuccess", name });
    expect(api.lexicon.hasCategory(name)).toBe(false);
    expect(await api.db.prisma.lexiconCategory.count({ where: { name } })).toBe(0);
    expect(await run(DELETE, { name })).toEqual({
      __typename: "NotFoundError",
      message: `LexiconCategory ${name} not found`,
      entity: "LexiconCategory",
      id: name,
    });
  });

  it("refuses a category that still has terms with a ConflictError naming them; nothing is deleted", async () => {
    const prefix = uniqueName("Kind");
    const terms = Array.from({ length: 6 }, (_, i) => `${prefix} ${i}`);
    const name = await newCategory(terms);
    expect(await run(DELETE, { name })).toEqual({
      __typename: "ConflictError",
      message: `Category ${name} still has 6 term(s) (${terms.slice(0, 5).map((t) => `"${t}"`).join(", ")}, ...); remove them from the category first`,
      constraint: "lexicon_term_category_association_category_id_fkey",
      fields: ["categoryId"],
    });
    expect(await api.db.prisma.lexiconTermCategory.count({ where: { category: { name } } })).toBe(6);
    const small = await newCategory([uniqueName("Only")]);
    expect(await run(DELETE, { name: small })).toMatchObject({ __typename: "ConflictError", message: expect.stringMatching(/still has 1 term\(s\) \("Only-[0-9a-f]+"\);/) });
  });

  it("refuses a category the schema uses, even without terms", async () => {
    expect(await run(DELETE, { name: "permission_type" })).toEqual({
      __typename: "ValidationError",
      message: "Category permission_type is used by the scalar PermissionType and cannot be deleted",
      fieldErrors: [{ path: ["name"], message: "Category permission_type is used by the scalar PermissionType and cannot be deleted" }],
    });
    expect(await api.db.prisma.lexiconCategory.count({ where: { name: "permission_type" } })).toBe(1);
  });

  it("waits for a membership being added, then refuses: the category is locked before its terms are counted", async () => {
    const name = await newCategory();
    const term = uniqueName("Racing");
    const [category, termRow] = await Promise.all([
      api.db.prisma.lexiconCategory.findUniqueOrThrow({ where: { name } }),
      api.db.prisma.lexiconTerm.create({ data: { term, definition: "" } }),
    ]);
    const other = new pg.Client({ connectionString: api.db.url });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query("INSERT INTO lexicon_term_category_association (term_id, category_id) VALUES ($1, $2)", [termRow.id, category.id]);
      const pending = run(DELETE, { name });
      await new Promise((r) => setTimeout(r, 300));
      await other.query("COMMIT");
      expect(await pending).toMatchObject({ __typename: "ConflictError", constraint: "lexicon_term_category_association_category_id_fkey" });
    } finally {
      await other.end();
    }
    expect(await api.db.prisma.lexiconTermCategory.count({ where: { categoryId: category.id } })).toBe(1);
  });
});

describe("authorization", () => {
  it("refuses category edits to an Editor", async () => {
    const name = await newCategory();
    const result = await api.run(DELETE, { name }, { as: "editor" });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await api.db.prisma.lexiconCategory.count({ where: { name } })).toBe(1);
  });
});
