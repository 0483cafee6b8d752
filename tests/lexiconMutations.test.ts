/**
 * Lexicon mutations (categories, terms, memberships) with their typed errors, the cache refresh that
 * makes the vocabulary scalars follow at once, and LISTEN/NOTIFY keeping another process's cache in step.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ADMIN_CALLER } from "../src/auth/caller.js";
import { createContext } from "../src/context.js";
import { createDatabase, type Database } from "../src/db/createDatabase.js";
import { buildVocabularyScalars } from "../src/schema/buildVocabularyScalars.js";
import { LexiconCache } from "../src/domain/vocabulary/lexiconCache.js";
import { LISTENER_APPLICATION_NAME, startLexiconListener, type LexiconListener } from "../src/domain/vocabulary/lexiconListener.js";
import { createThing, uniqueName } from "./support/factories.js";
import { mutationPayload, type MutationPayload } from "./support/mutationPayload.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
const silent = pino({ level: "silent" });

beforeAll(async () => {
  api = await createTestApi();
});
afterAll(async () => {
  await api?.close();
});

const ERRORS = `
  ... on ValidationError { __typename message fieldErrors { path message } }
  ... on ConflictError { __typename message constraint fields }
  ... on NotFoundError { __typename message entity id }
`;
const TERM = `term { term definition categories }`;

const CREATE_CATEGORY = `mutation($input: CreateLexiconCategoryInput!) {
  createLexiconCategory(input: $input) { __typename ... on CreateLexiconCategorySuccess { category { name description } } ${ERRORS} }
}`;
const CREATE_TERM = `mutation($input: CreateLexiconTermInput!) {
  createLexiconTerm(input: $input) { __typename ... on CreateLexiconTermSuccess { ${TERM} } ${ERRORS} }
}`;
const UPDATE_TERM = `mutation($term: String!, $input: UpdateLexiconTermInput!) {
  updateLexiconTerm(term: $term, input: $input) { __typename ... on UpdateLexiconTermSuccess { previousTerm ${TERM} } ${ERRORS} }
}`;
const ADD = `mutation($term: String!, $category: String!) {
  addTermToCategory(term: $term, category: $category) { __typename ... on LexiconTermCategorySuccess { ${TERM} } ${ERRORS} }
}`;
const REMOVE = `mutation($term: String!, $category: String!) {
  removeTermFromCategory(term: $term, category: $category) { __typename ... on LexiconTermCategorySuccess { ${TERM} } ${ERRORS} }
}`;
const DELETE = `mutation($term: String!) {
  deleteLexiconTerm(term: $term) { __typename ... on DeleteLexiconTermSuccess { term } ${ERRORS} }
}`;

type Result = MutationPayload;

function mutate(query: string, variables: Record<string, unknown>): Promise<Result> {
  return mutationPayload(api, query, variables);
}

const wellPurpose = () => buildVocabularyScalars(api.lexicon).WellPurpose;

describe("createLexiconCategory", () => {
  it("creates a category", async () => {
    const name = `cat_${uniqueName("x").replace("-", "_")}`;
    expect(await mutate(CREATE_CATEGORY, { input: { name, description: "Test things" } })).toEqual({
      __typename: "CreateLexiconCategorySuccess",
      category: { name, description: "Test things" },
    });
    expect(api.lexicon.hasCategory(name)).toBe(true);
  });

  it("gives a ConflictError for a name in use", async () => {
    expect(await mutate(CREATE_CATEGORY, { input: { name: "well_purpose" } })).toEqual({
      __typename: "ConflictError",
      message: "A record with the same name already exists",
      constraint: "lexicon_category_name_key",
      fields: ["name"],
    });
  });

  it("lists every invalid field", async () => {
    expect(await mutate(CREATE_CATEGORY, { input: { name: "Bad Name", description: "d".repeat(256) } })).toEqual({
      __typename: "ValidationError",
      message: "2 fields are invalid: input.name, input.description",
      fieldErrors: [
        { path: ["input", "name"], message: 'Name must be lower-case snake_case starting with a letter (e.g. "well_purpose")' },
        { path: ["input", "description"], message: "Description must be at most 255 characters" },
      ],
    });
  });
});

describe("createLexiconTerm", () => {
  it("creates a term in its categories, accepted by the scalars at once", async () => {
    expect(() => wellPurpose().parseValue("Geothermal heating")).toThrow();
    expect(
      await mutate(CREATE_TERM, { input: { term: "Geothermal heating", definition: "Heat exchange", categories: ["well_purpose", "note_type"] } }),
    ).toEqual({
      __typename: "CreateLexiconTermSuccess",
      term: { term: "Geothermal heating", definition: "Heat exchange", categories: ["note_type", "well_purpose"] },
    });
    expect(wellPurpose().parseValue("geothermal HEATING")).toBe("Geothermal heating");
    const listed = await api.run<{ lexiconTerms: string[] }>(`{ lexiconTerms(category: "well_purpose") }`);
    expect(listed.data?.lexiconTerms).toContain("Geothermal heating");
  });

  it("gives a ConflictError for a spelling in use", async () => {
    expect(await mutate(CREATE_TERM, { input: { term: "Domestic", definition: "", categories: ["note_type"] } })).toEqual({
      __typename: "ConflictError",
      message: "A record with the same term already exists",
      constraint: "lexicon_term_term_key",
      fields: ["term"],
    });
  });

  it("rejects a spelling that differs only in case from a term of its category", async () => {
    expect(await mutate(CREATE_TERM, { input: { term: "DOMESTIC", definition: "", categories: ["well_purpose"] } })).toEqual({
      __typename: "ValidationError",
      message: 'well_purpose already has the term "Domestic" (terms are matched ignoring case)',
      fieldErrors: [{ path: ["input", "term"], message: 'well_purpose already has the term "Domestic" (terms are matched ignoring case)' }],
    });
    expect(await api.db.prisma.lexiconTerm.count({ where: { term: "DOMESTIC" } })).toBe(0);
  });

  it("lists every failing field: the term and each unknown category, with its index", async () => {
    const result = await mutate(CREATE_TERM, { input: { term: " padded", definition: "", categories: ["nope_a", "well_purpose", "nope_b"] } });
    expect(result).toEqual({
      __typename: "ValidationError",
      message: "3 fields are invalid: input.term, input.categories.0, input.categories.2",
      fieldErrors: [
        { path: ["input", "term"], message: "Term must not start or end with spaces" },
        { path: ["input", "categories", "0"], message: 'Unknown lexicon category "nope_a"' },
        { path: ["input", "categories", "2"], message: 'Unknown lexicon category "nope_b"' },
      ],
    });
    expect(await mutate(CREATE_TERM, { input: { term: "", definition: "", categories: [] } })).toEqual({
      __typename: "ValidationError",
      message: "2 fields are invalid: input.term, input.categories",
      fieldErrors: [
        { path: ["input", "term"], message: "Term is required" },
        { path: ["input", "categories"], message: "At least one category is required" },
      ],
    });
  });

  it("fills the audit columns from the authenticated user", async () => {
    const user = { id: "sub-123", name: "Vocabulary Editor" };
    const response = await api.apollo.executeOperation(
      { query: CREATE_TERM, variables: { input: { term: "Audited term", definition: "", categories: ["note_type"] } } },
      { contextValue: createContext(api.db.prisma, silent, "audit-1", { lexicon: api.lexicon, user, caller: ADMIN_CALLER }) },
    );
    expect(response.body.kind === "single" && response.body.singleResult.errors).toBeFalsy();
    const row = await api.db.prisma.lexiconTerm.findUniqueOrThrow({
      where: { term: "Audited term" },
      include: { categoryLinks: true },
    });
    expect([row.createdById, row.createdByName, row.updatedAt]).toEqual(["sub-123", "Vocabulary Editor", null]);
    expect(row.categoryLinks.map((l) => [l.createdById, l.createdByName])).toEqual([["sub-123", "Vocabulary Editor"]]);
    const anonymous = await mutate(CREATE_TERM, { input: { term: "Anonymous term", definition: "", categories: ["note_type"] } });
    expect(anonymous.__typename).toBe("CreateLexiconTermSuccess");
    const anonymousRow = await api.db.prisma.lexiconTerm.findUniqueOrThrow({ where: { term: "Anonymous term" } });
    expect([anonymousRow.createdById, anonymousRow.createdByName]).toEqual([null, null]);
  });
});

describe("updateLexiconTerm", () => {
  it("renames a term through every record that uses it", async () => {
    await mutate(CREATE_TERM, { input: { term: "Stock tank", definition: "", categories: ["well_purpose"] } });
    const thing = await createThing(api.db.prisma);
    await api.db.prisma.wellPurpose.create({ data: { thingId: thing.id, purpose: "Stock tank" } });
    expect(await mutate(UPDATE_TERM, { term: "Stock tank", input: { term: "Stock watering", definition: "For livestock" } })).toEqual({
      __typename: "UpdateLexiconTermSuccess",
      previousTerm: "Stock tank",
      term: { term: "Stock watering", definition: "For livestock", categories: ["well_purpose"] },
    });
    const purposes = await api.db.prisma.wellPurpose.findMany({ where: { thingId: thing.id }, select: { purpose: true } });
    expect(purposes).toEqual([{ purpose: "Stock watering" }]);
    expect(wellPurpose().parseValue("stock watering")).toBe("Stock watering");
    expect(() => wellPurpose().parseValue("Stock tank")).toThrowError('"Stock tank" is not a well_purpose term');
  });

  it("gives a NotFoundError for an unknown term, a ConflictError for a spelling in use", async () => {
    expect(await mutate(UPDATE_TERM, { term: "No such term", input: { definition: "x" } })).toEqual({
      __typename: "NotFoundError",
      message: "LexiconTerm No such term not found",
      entity: "LexiconTerm",
      id: "No such term",
    });
    expect(await mutate(UPDATE_TERM, { term: "Domestic", input: { term: "PVC" } })).toEqual({
      __typename: "ConflictError",
      message: "A record with the same term already exists",
      constraint: "lexicon_term_term_key",
      fields: ["term"],
    });
  });

  it("rejects clearing the spelling or the definition, listing both", async () => {
    expect(await mutate(UPDATE_TERM, { term: "Domestic", input: { term: null, definition: null } })).toEqual({
      __typename: "ValidationError",
      message: "2 fields are invalid: input.term, input.definition",
      fieldErrors: [
        { path: ["input", "term"], message: "Term cannot be cleared" },
        { path: ["input", "definition"], message: "Definition cannot be cleared (use an empty string)" },
      ],
    });
  });
});

describe("addTermToCategory / removeTermFromCategory", () => {
  it("adds and removes a membership, the scalar following each", async () => {
    expect(await mutate(ADD, { term: "Reported", category: "well_purpose" })).toEqual({
      __typename: "LexiconTermCategorySuccess",
      term: {
        term: "Reported",
        definition: "Reported",
        categories: ["collection_method", "coordinate_method", "elevation_method", "well_purpose"],
      },
    });
    expect(wellPurpose().parseValue("reported")).toBe("Reported");
    expect(await mutate(REMOVE, { term: "Reported", category: "well_purpose" })).toEqual({
      __typename: "LexiconTermCategorySuccess",
      term: { term: "Reported", definition: "Reported", categories: ["collection_method", "coordinate_method", "elevation_method"] },
    });
    expect(() => wellPurpose().parseValue("reported")).toThrowError('"reported" is not a well_purpose term');
  });

  it("gives a ConflictError for an existing membership, NotFoundErrors for unknown names", async () => {
    expect(await mutate(ADD, { term: "Domestic", category: "well_purpose" })).toEqual({
      __typename: "ConflictError",
      message: "A record with the same termId, categoryId already exists",
      constraint: "uq_lexicon_term_category",
      fields: ["termId", "categoryId"],
    });
    expect(await mutate(ADD, { term: "No such term", category: "well_purpose" })).toMatchObject({
      __typename: "NotFoundError",
      entity: "LexiconTerm",
      id: "No such term",
    });
    expect(await mutate(ADD, { term: "Domestic", category: "no_such_category" })).toMatchObject({
      __typename: "NotFoundError",
      entity: "LexiconCategory",
      id: "no_such_category",
    });
    expect(await mutate(REMOVE, { term: "Domestic", category: "casing_material" })).toEqual({
      __typename: "NotFoundError",
      message: "LexiconTermCategory Domestic in casing_material not found",
      entity: "LexiconTermCategory",
      id: "Domestic in casing_material",
    });
  });
});

describe("deleteLexiconTerm", () => {
  it("refuses a term in use with a ConflictError naming the foreign key and field", async () => {
    await mutate(CREATE_TERM, { input: { term: "cenote", definition: "", categories: ["thing_type"] } });
    await createThing(api.db.prisma, { thingType: "cenote" });
    expect(await mutate(DELETE, { term: "cenote" })).toEqual({
      __typename: "ConflictError",
      message: "The record is still referred to by thing.thingType (thing_thing_type_fkey)",
      constraint: "thing_thing_type_fkey",
      fields: ["thingType"],
    });
    expect(await api.db.prisma.lexiconTerm.count({ where: { term: "cenote" } })).toBe(1);
  });

  it("deletes an unused term with its memberships", async () => {
    await mutate(CREATE_TERM, { input: { term: "Short-lived", definition: "", categories: ["well_purpose", "note_type"] } });
    expect(wellPurpose().parseValue("short-lived")).toBe("Short-lived");
    expect(await mutate(DELETE, { term: "Short-lived" })).toEqual({ __typename: "DeleteLexiconTermSuccess", term: "Short-lived" });
    expect(await api.db.prisma.lexiconTerm.count({ where: { term: "Short-lived" } })).toBe(0);
    expect(() => wellPurpose().parseValue("short-lived")).toThrow();
    expect(await mutate(DELETE, { term: "Short-lived" })).toMatchObject({ __typename: "NotFoundError", entity: "LexiconTerm" });
  });
});

describe("LISTEN/NOTIFY between processes", () => {
  let other: Database;
  let otherCache: LexiconCache;
  let listener: LexiconListener;

  beforeAll(async () => {
    // A second "server process": its own pool, cache and listener on the same database.
    other = createDatabase({ url: api.db.url, poolMax: 2, acquireTimeoutMs: 5_000, statementTimeoutMs: 0 });
    otherCache = await LexiconCache.load(other.prisma);
    listener = startLexiconListener({ connection: other.pool.options, cache: otherCache, log: silent, minDelayMs: 20, maxDelayMs: 200 });
    await listener.ready;
  });
  afterAll(async () => {
    await listener?.stop();
    await other?.close();
  });

  async function within(ms: number, check: () => boolean): Promise<number> {
    const started = performance.now();
    while (!check()) {
      if (performance.now() - started > ms) throw new Error(`not within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
    return performance.now() - started;
  }

  it("a lexicon mutation through one server is seen by the other's cache within a second", async () => {
    expect(otherCache.has("well_purpose", "Fish hatchery")).toBe(false);
    await mutate(CREATE_TERM, { input: { term: "Fish hatchery", definition: "", categories: ["well_purpose"] } });
    await within(1_000, () => otherCache.has("well_purpose", "Fish hatchery"));
    await mutate(REMOVE, { term: "Fish hatchery", category: "well_purpose" });
    await within(1_000, () => !otherCache.has("well_purpose", "Fish hatchery"));
  });

  it("a rolled-back lexicon write notifies no one", async () => {
    const version = otherCache.version;
    const result = await mutate(CREATE_TERM, { input: { term: "Domestic", definition: "", categories: ["note_type"] } });
    expect(result.__typename).toBe("ConflictError");
    await new Promise((r) => setTimeout(r, 300));
    expect(otherCache.version).toBe(version);
  });

  it("reconnects after its connection is killed, and catches up on what it missed", async () => {
    const killed = await api.db.prisma.$queryRaw<{ pid: number }[]>`
      SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = ${LISTENER_APPLICATION_NAME}`;
    expect(killed).toHaveLength(1);
    const version = otherCache.version;
    await api.db.prisma.$queryRaw`SELECT pg_terminate_backend(${killed[0]?.pid}::int)`;
    // Written while the listener is (probably) away: the refresh after reconnecting picks it up.
    await mutate(CREATE_TERM, { input: { term: "Snow making", definition: "", categories: ["well_purpose"] } });
    await within(3_000, () => otherCache.has("well_purpose", "Snow making") && otherCache.version > version);
    const after = await api.db.prisma.$queryRaw<{ pid: number }[]>`
      SELECT pid FROM pg_stat_activity
      WHERE datname = current_database() AND application_name = ${LISTENER_APPLICATION_NAME}`;
    expect(after).toHaveLength(1);
    expect(after[0]?.pid).not.toBe(killed[0]?.pid);
    await mutate(CREATE_TERM, { input: { term: "Dust control", definition: "", categories: ["well_purpose"] } });
    await within(1_000, () => otherCache.has("well_purpose", "Dust control"));
  });
});
