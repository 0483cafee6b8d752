/**
 * Authorization of writes: the one table (src/authz/mutationRoles.ts) against the schema, and every
 * field of `Mutation` refused to anonymous callers and to every role below its requirement, before
 * any SQL, so nothing is written. A mutation added to the schema without a table entry fails here
 * (stale/missing entries) and is refused to everyone, Admins included (fail closed).
 */
import { ApolloServer } from "@apollo/server";
import type { GraphQLField, GraphQLSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ADMIN_CALLER, ANONYMOUS_CALLER, callerFromGroups, type Caller } from "../src/auth/caller.js";
import { roleIncludes } from "../src/auth/roles.js";
import { authorizeMutation } from "../src/authz/authorizeMutation.js";
import { mutationAuthorizationPlugin } from "../src/authz/mutationAuthorizationPlugin.js";
import { MUTATION_REQUIREMENTS, type MutationRequirement } from "../src/authz/mutationRoles.js";
import { loadSchemaDefinition } from "../src/schema/loadTypeDefs.js";
import { createThing } from "./support/factories.js";
import { callerFor, createTestApi, TEST_ROLES, type TestApi, type TestRole } from "./support/testApi.js";

let api: TestApi;
let schema: GraphQLSchema;
let fields: GraphQLField<unknown, unknown>[];

beforeAll(async () => {
  api = await createTestApi();
  schema = await loadSchemaDefinition();
  const mutation = schema.getMutationType();
  if (!mutation) throw new Error("the schema has no Mutation type");
  fields = Object.values(mutation.getFields());
});
afterAll(async () => {
  await api?.close();
});

/** May a caller of `role` run a mutation needing `requirement`? (The policy, restated independently.) */
function allowed(role: TestRole, requirement: MutationRequirement): boolean {
  const caller = callerFor(role);
  return roleIncludes(caller.role, requirement.role) && (!requirement.personalData || caller.personalData);
}

/**
 * A valid operation calling `field` alone: every argument bound to a declared variable of its type
 * (no values are sent, so a caller that gets past authorization fails at variable coercion, before
 * any resolver), and `__typename` selected on object results.
 */
function operationFor(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((a, i) => `$v${i}: ${String(a.type)}`);
  const args = field.args.map((a, i) => `${a.name}: $v${i}`);
  const type = String(field.type).replace(/[[\]!]/g, "");
  const named = schema.getType(type);
  const selection = named && "getFields" in named ? " { __typename }" : named && "getTypes" in named ? " { __typename }" : "";
  return `mutation${variables.length ? `(${variables.join(", ")})` : ""} { ${field.name}${args.length ? `(${args.join(", ")})` : ""}${selection} }`;
}

describe("the mutation table", () => {
  it("has exactly one entry per field of Mutation: none missing, none stale", () => {
    const inSchema = fields.map((f) => f.name).sort();
    const inTable = Object.keys(MUTATION_REQUIREMENTS).sort();
    expect(inSchema.filter((name) => !inTable.includes(name)), "mutations without an entry").toEqual([]);
    expect(inTable.filter((name) => !inSchema.includes(name)), "entries without a mutation").toEqual([]);
    expect(inSchema.length).toBeGreaterThanOrEqual(50);
  });

  it("needs Admin for every delete and for vocabulary edits, the personal-data capability for contact writes", () => {
    for (const [name, requirement] of Object.entries(MUTATION_REQUIREMENTS)) {
      if (/ApiKey$/.test(name)) {
        // one's own API keys: any role, signed in (ADR 29)
        expect(requirement, name).toEqual({ role: "Viewer", personalData: false, signedIn: true });
      } else if (name.startsWith("delete") || /Lexicon|TermToCategory|TermFromCategory/.test(name)) {
        expect(requirement, name).toEqual({ role: "Admin", personalData: false });
      } else if (/Contact/.test(name) || name === "importWellInventory") {
        expect(requirement, name).toEqual({ role: "Editor", personalData: true });
      } else {
        expect(requirement, name).toEqual({ role: "Editor", personalData: false });
      }
    }
  });
});

describe("every mutation, every role", () => {
  it("refuses each field to anonymous callers (UNAUTHENTICATED) and to roles below it (FORBIDDEN), with no SQL; lets the others through", async () => {
    const outcomes: string[] = [];
    for (const field of fields) {
      const requirement = MUTATION_REQUIREMENTS[field.name];
      if (!requirement) throw new Error(`no requirement for ${field.name}`);
      const query = operationFor(field);
      for (const role of TEST_ROLES) {
        const result = await api.run(query, {}, { as: role });
        const code = result.errors?.[0]?.extensions?.code;
        expect(result.statements, `${field.name} as ${role}: SQL statements`).toBe(0);
        expect(result.data ?? null, `${field.name} as ${role}: data`).toBeNull();
        if (allowed(role, requirement)) {
          // Past authorization: the missing variable values stop it (BAD_USER_INPUT), or it has none.
          expect(["UNAUTHENTICATED", "FORBIDDEN"], `${field.name} as ${role}`).not.toContain(code);
          outcomes.push(`${field.name}/${role}: allowed`);
        } else {
          expect(code, `${field.name} as ${role}`).toBe(role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
          expect(result.errors?.[0]?.message, `${field.name} as ${role}`).toContain(`Mutation "${field.name}" needs`);
          outcomes.push(`${field.name}/${role}: refused`);
        }
      }
    }
    expect(outcomes).toHaveLength(fields.length * TEST_ROLES.length);
    // Sanity: the matrix is not trivially one-sided.
    expect(outcomes.filter((o) => o.endsWith("refused")).length).toBeGreaterThan(fields.length * 3);
    expect(outcomes.filter((o) => o.endsWith("allowed")).length).toBeGreaterThan(fields.length);
  });

  it("names what a refused mutation needs and what the caller has", async () => {
    const deleteWell = `mutation { deleteWell(id: "1") { __typename } }`;
    expect((await api.run(deleteWell, {}, { as: "editor+pii" })).errors?.[0]).toMatchObject({
      message: 'Mutation "deleteWell" needs the Admin role; the caller has the Editor role',
      extensions: { code: "FORBIDDEN", field: "deleteWell", requiredRole: "Admin", personalData: false },
    });
    expect((await api.run(deleteWell, {}, { as: "anonymous" })).errors?.[0]).toMatchObject({
      message: 'Mutation "deleteWell" needs an authenticated caller with the Admin role; send a bearer token (Authorization: Bearer <token>)',
      extensions: { code: "UNAUTHENTICATED" },
    });
    const removeEmail = `mutation { removeContactEmail(id: "1") { __typename } }`;
    expect((await api.run(removeEmail, {}, { as: "editor" })).errors?.[0]).toMatchObject({
      message:
        'Mutation "removeContactEmail" needs the Editor role and the personal-data capability (group PII, or Admin); ' +
        "the caller has the Editor role without the personal-data capability",
      extensions: { code: "FORBIDDEN", personalData: true },
    });
  });
});

describe("the check cannot be side-stepped", () => {
  const createSpring = (name: string) =>
    `createSpring(input: { name: "${name}", releaseStatus: PUBLIC }) { __typename }`;

  it("refuses the whole operation when any root field is refused, so an allowed field before it writes nothing", async () => {
    const name = `AuthzSpring-${Date.now()}`;
    const result = await api.run(`mutation { ${createSpring(name)} deleteWell(id: "1") { __typename } }`, {}, { as: "editor" });
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(result.statements).toBe(0);
    expect(await api.db.prisma.thing.count({ where: { name } })).toBe(0);
  });

  it("follows aliases, fragments and inline fragments, and evaluates @include/@skip with the variables", async () => {
    const well = await createThing(api.db.prisma);
    const attempts = [
      [`mutation { harmless: deleteWell(id: "${well.id}") { __typename } }`, {}],
      [`mutation { ...Del } fragment Del on Mutation { deleteWell(id: "${well.id}") { __typename } }`, {}],
      [`mutation { ... on Mutation { deleteWell(id: "${well.id}") { __typename } } }`, {}],
      [`mutation($go: Boolean!) { deleteWell(id: "${well.id}") @include(if: $go) { __typename } }`, { go: true }],
      [`mutation($no: Boolean!) { deleteWell(id: "${well.id}") @skip(if: $no) { __typename } }`, { no: false }],
    ] as const;
    for (const [query, variables] of attempts) {
      const result = await api.run(query, variables, { as: "editor" });
      expect(result.errors?.[0]?.extensions?.code, query).toBe("FORBIDDEN");
      expect(result.statements, query).toBe(0);
    }
    expect(await api.db.prisma.thing.count({ where: { id: well.id } })).toBe(1);
    // A field that will not run is not checked: the skipped delete does not block the allowed write.
    const name = `AuthzSkip-${Date.now()}`;
    const skipped = await api.run(
      `mutation($no: Boolean!) { ${createSpring(name)} deleteWell(id: "${well.id}") @include(if: $no) { __typename } }`,
      { no: false },
      { as: "editor" },
    );
    expect(skipped.errors).toBeUndefined();
    expect(await api.db.prisma.thing.count({ where: { name } })).toBe(1);
    expect(await api.db.prisma.thing.count({ where: { id: well.id } })).toBe(1);
  });

  it("does not guard queries: reading needs no role (what is read is decided by visibility)", async () => {
    const result = await api.run(`{ apiInfo { version } }`, {}, { as: "anonymous" });
    expect(result.errors).toBeUndefined();
  });
});

describe("fail closed", () => {
  it("refuses a mutation that has no table entry, to Admins too, without running its resolver", async () => {
    let ran = false;
    const server = new ApolloServer<{ caller: Caller }>({
      typeDefs: `type Query { ok: Boolean } type Mutation { unlisted: Boolean }`,
      resolvers: { Mutation: { unlisted: () => (ran = true) } },
      plugins: [mutationAuthorizationPlugin()],
    });
    await server.start();
    try {
      for (const caller of [ADMIN_CALLER, callerFromGroups(["Editor", "PII"])]) {
        const response = await server.executeOperation({ query: "mutation { unlisted }" }, { contextValue: { caller } });
        if (response.body.kind !== "single") throw new Error("expected a single result");
        expect(response.body.singleResult.errors?.[0]).toMatchObject({
          message: 'Mutation "unlisted" has no entry in the authorization table (src/authz/mutationRoles.ts), so it is refused to everyone',
          extensions: { code: "FORBIDDEN", field: "unlisted" },
        });
      }
      expect(ran).toBe(false);
    } finally {
      await server.stop();
    }
  });

  it("decides in one function: anonymous first, then the table, then role, then personal data", () => {
    const code = (caller: Caller, field: string) => authorizeMutation(caller, field)?.extensions.code ?? null;
    expect(code(ANONYMOUS_CALLER, "unlisted")).toBe("UNAUTHENTICATED");
    expect(code(ADMIN_CALLER, "unlisted")).toBe("FORBIDDEN");
    expect(code(callerFromGroups(["Staff"]), "createWell")).toBe("FORBIDDEN");
    expect(code(callerFromGroups(["viewer"]), "createWell")).toBe("FORBIDDEN");
    expect(code(callerFromGroups(["editor"]), "createWell")).toBeNull();
    expect(code(callerFromGroups(["Editor"]), "createContact")).toBe("FORBIDDEN");
    expect(code(callerFromGroups(["Editor", "pii"]), "createContact")).toBeNull();
    expect(code(callerFromGroups(["Viewer", "PII"]), "createContact")).toBe("FORBIDDEN");
    expect(code(ADMIN_CALLER, "deleteLexiconTerm")).toBeNull();
    expect(code(ADMIN_CALLER, "toString")).toBe("FORBIDDEN");
  });
});
