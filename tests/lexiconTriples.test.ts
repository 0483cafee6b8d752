/**
 * Lexicon triples: createLexiconTriple (existing terms, every failing field listed, no duplicates,
 * also under concurrency), deleteLexiconTriple, the `lexiconTriples` query; like every lexicon
 * mutation they NOTIFY `lexicon_changed` only when they commit and refresh the server's cache.
 */
import pg from "pg";
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ADMIN_CALLER } from "../src/auth/caller.js";
import { createContext } from "../src/context.js";
import { uniqueName } from "./support/factories.js";
import { countRows, ERROR_FIELDS } from "./support/mutationFactories.js";
import { mutationPayload, type MutationPayload } from "./support/mutationPayload.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
let listener: pg.Client;
const notifications: string[] = [];

beforeAll(async () => {
  api = await createTestApi();
  listener = new pg.Client({ connectionString: api.db.url });
  await listener.connect();
  listener.on("notification", (message) => {
    if (message.channel === "lexicon_changed") notifications.push(message.payload ?? "");
  });
  await listener.query("LISTEN lexicon_changed");
});
afterAll(async () => {
  await listener?.end();
  await api?.close();
});

const TRIPLE = "triple { id subject predicate object }";
const CREATE = `mutation($input: CreateLexiconTripleInput!) { createLexiconTriple(input: $input) {
  ${ERROR_FIELDS} ... on CreateLexiconTripleSuccess { ${TRIPLE} } } }`;
const DELETE = `mutation($id: ID!) { deleteLexiconTriple(id: $id) { ${ERROR_FIELDS} ... on DeleteLexiconTripleSuccess { deletedId } } }`;
const LIST = `query($subject: String, $predicate: String) { lexiconTriples(subject: $subject, predicate: $predicate) { id subject predicate object } }`;

/** A mutation result; `triple` is present on success. */
type Payload = MutationPayload & { triple?: Triple };
type Triple = { id: string; subject: string; predicate: string; object: string };

function run(query: string, variables: Record<string, unknown>): Promise<Payload> {
  return mutationPayload<Payload>(api, query, variables);
}

/** A new term (in no category), written directly, so that the server's cache does not know it yet. */
async function newTerm(prefix = "Term"): Promise<string> {
  const term = uniqueName(prefix);
  await api.db.prisma.lexiconTerm.create({ data: { term, definition: "" } });
  return term;
}

async function create(subject: string, predicate: string, object: string): Promise<Triple> {
  const payload = await run(CREATE, { input: { subject, predicate, object } });
  expect(payload.__typename).toBe("CreateLexiconTripleSuccess");
  if (!payload.triple) throw new Error("no triple");
  return payload.triple;
}

async function list(variables: Record<string, unknown> = {}): Promise<Triple[]> {
  const result = await api.run<{ lexiconTriples: Triple[] }>(LIST, variables);
  expect(result.errors).toBeUndefined();
  return result.data?.lexiconTriples ?? [];
}

/** Waits (up to 2 s) until a notification with `payload` has arrived. */
async function notified(payload: string): Promise<void> {
  const started = performance.now();
  while (!notifications.includes(payload)) {
    if (performance.now() - started > 2_000) throw new Error(`no notification "${payload}"; got ${JSON.stringify(notifications)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("createLexiconTriple", () => {
  it("relates two existing terms, with audit columns; listed by lexiconTriples", async () => {
    const [subject, object] = [await newTerm("Domestic"), await newTerm("Water supply")];
    const user = { id: "sub-42", name: "Vocabulary Admin" };
    const response = await api.apollo.executeOperation(
      { query: CREATE, variables: { input: { subject, predicate: "broader", object } } },
      { contextValue: createContext(api.db.prisma, pino({ level: "silent" }), "audit-triple", { lexicon: api.lexicon, user, caller: ADMIN_CALLER }) },
    );
    expect(response.body.kind === "single" && response.body.singleResult.errors).toBeFalsy();
    const row = await api.db.prisma.lexiconTriple.findFirstOrThrow({ where: { subject } });
    expect([row.subject, row.predicate, row.object, row.createdById, row.createdByName]).toEqual([subject, "broader", object, "sub-42", "Vocabulary Admin"]);
    expect(await list({ subject })).toEqual([{ id: String(row.id), subject, predicate: "broader", object }]);
  });

  it("returns the triple, NOTIFYs lexicon_changed and refreshes the server's lexicon cache before answering", async () => {
    // A term added behind the server's back: the cache learns it only by a refresh.
    const category = `cat_${uniqueName("t").replace("-", "_")}`;
    const subject = uniqueName("Spring box");
    await api.db.prisma.lexiconCategory.create({
      data: { name: category, termLinks: { create: [{ term: { create: { term: subject, definition: "" } } }] } },
    });
    const object = await newTerm("Spring");
    expect(api.lexicon.has(category, subject)).toBe(false);
    const version = api.lexicon.version;
    const triple = await create(subject, "part_of", object);
    expect(triple).toEqual({ id: triple.id, subject, predicate: "part_of", object });
    expect(api.lexicon.version).toBeGreaterThan(version);
    expect(api.lexicon.has(category, subject)).toBe(true);
    await notified(`triple:${subject}:part_of:${object}`);
  });

  it("gives a NotFoundError naming the field for a subject or object that is not a term, writing nothing and notifying no one", async () => {
    const term = await newTerm();
    const before = await countRows(api.db.prisma, ["lexicon_triple"]);
    expect(await run(CREATE, { input: { subject: "No such subject", predicate: "broader", object: term } })).toEqual({
      __typename: "NotFoundError",
      message: 'The subject "No such subject" is not a lexicon term (lexicon_triple_subject_fkey)',
      entity: "LexiconTerm",
      id: "No such subject",
    });
    expect(await run(CREATE, { input: { subject: term, predicate: "broader", object: "No such object" } })).toEqual({
      __typename: "NotFoundError",
      message: 'The object "No such object" is not a lexicon term (lexicon_triple_object__fkey)',
      entity: "LexiconTerm",
      id: "No such object",
    });
    // Terms are matched exactly: another case is another (missing) term.
    expect(await run(CREATE, { input: { subject: term.toUpperCase(), predicate: "broader", object: term } })).toMatchObject({
      __typename: "NotFoundError",
      id: term.toUpperCase(),
    });
    expect(await countRows(api.db.prisma, ["lexicon_triple"])).toEqual(before);
    await new Promise((r) => setTimeout(r, 200));
    expect(notifications.filter((n) => n.includes("No such") || n.includes(term.toUpperCase()))).toEqual([]);
  });

  it("lists every failing field", async () => {
    const result = await run(CREATE, { input: { subject: "  ", predicate: " broader", object: "x".repeat(101) } });
    expect(result).toEqual({
      __typename: "ValidationError",
      message: "3 fields are invalid: input.subject, input.predicate, input.object",
      fieldErrors: [
        { path: ["input", "subject"], message: "Subject is required" },
        { path: ["input", "predicate"], message: "Predicate must not start or end with spaces" },
        { path: ["input", "object"], message: "Object must be at most 100 characters" },
      ],
    });
    expect(await run(CREATE, { input: { subject: "a", predicate: "", object: "b" } })).toEqual({
      __typename: "ValidationError",
      message: "Predicate is required",
      fieldErrors: [{ path: ["input", "predicate"], message: "Predicate is required" }],
    });
  });

  it("gives a ConflictError for the same triple twice (also when sent concurrently), not for another predicate", async () => {
    const [subject, object] = [await newTerm(), await newTerm()];
    const first = await create(subject, "broader", object);
    expect(await run(CREATE, { input: { subject, predicate: "broader", object } })).toEqual({
      __typename: "ConflictError",
      message: `The triple "${subject}" broader "${object}" already exists (lexicon triple ${first.id})`,
      constraint: "uq_lexicon_triple_subject_predicate_object",
      fields: ["subject", "predicate", "object"],
    });
    await create(subject, "same_as", object);
    await create(object, "broader", subject);
    const results = await Promise.all(Array.from({ length: 5 }, () => run(CREATE, { input: { subject, predicate: "narrower", object } })));
    expect(results.map((r) => r.__typename).sort()).toEqual([
      "ConflictError",
      "ConflictError",
      "ConflictError",
      "ConflictError",
      "CreateLexiconTripleSuccess",
    ]);
    expect(await api.db.prisma.lexiconTriple.count({ where: { subject, predicate: "narrower", object } })).toBe(1);
  });

  it("relates a term to itself", async () => {
    const term = await newTerm();
    expect(await create(term, "same_as", term)).toMatchObject({ subject: term, predicate: "same_as", object: term });
  });
});

describe("lexiconTriples", () => {
  it("filters by subject and/or predicate and orders by subject, predicate, object, id", async () => {
    const prefix = uniqueName("Order");
    const [a, b, c] = [`${prefix} a`, `${prefix} b`, `${prefix} c`];
    for (const term of [a, b, c]) await api.db.prisma.lexiconTerm.create({ data: { term, definition: "" } });
    const created = [await create(b, "broader", a), await create(a, "same_as", c), await create(a, "broader", c), await create(a, "broader", b)];
    const [ba, asc, abc, abb] = created;
    expect(await list({ subject: a })).toEqual([abb, abc, asc]);
    expect(await list({ subject: a, predicate: "broader" })).toEqual([abb, abc]);
    expect((await list({ predicate: "broader" })).filter((t) => t.subject.startsWith(prefix))).toEqual([abb, abc, ba]);
    expect((await list()).filter((t) => t.subject.startsWith(prefix))).toEqual([abb, abc, asc, ba]);
    expect(await list({ subject: "No such term" })).toEqual([]);
    // Public vocabulary: an anonymous caller sees the same.
    const anonymous = await api.run<{ lexiconTriples: Triple[] }>(LIST, { subject: a }, { as: "anonymous" });
    expect(anonymous.data?.lexiconTriples).toEqual([abb, abc, asc]);
  });
});

describe("deleteLexiconTriple", () => {
  it("deletes the triple (its terms stay), notifies, and gives a NotFoundError the second time", async () => {
    const [subject, object] = [await newTerm(), await newTerm()];
    const triple = await create(subject, "broader", object);
    expect(await run(DELETE, { id: triple.id })).toEqual({ __typename: "DeleteLexiconTripleSuccess", deletedId: triple.id });
    expect(await list({ subject })).toEqual([]);
    expect(await api.db.prisma.lexiconTerm.count({ where: { term: { in: [subject, object] } } })).toBe(2);
    await notified(`triple:${triple.id}`);
    expect(await run(DELETE, { id: triple.id })).toEqual({
      __typename: "NotFoundError",
      message: `LexiconTriple ${triple.id} not found`,
      entity: "LexiconTriple",
      id: triple.id,
    });
  });

  it("goes with a deleted term (lexicon_triple_subject_fkey ON DELETE CASCADE)", async () => {
    const [subject, object] = [await newTerm(), await newTerm()];
    await create(subject, "broader", object);
    const deleted = await run(`mutation($term: String!) { deleteLexiconTerm(term: $term) { __typename } }`, { term: object });
    expect(deleted.__typename).toBe("DeleteLexiconTermSuccess");
    expect(await list({ subject })).toEqual([]);
  });
});

describe("authorization", () => {
  it("refuses triple writes to an Editor (vocabulary edits need Admin)", async () => {
    const [subject, object] = [await newTerm(), await newTerm()];
    const result = await api.run(CREATE, { input: { subject, predicate: "broader", object } }, { as: "editor" });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await list({ subject })).toEqual([]);
  });
});
