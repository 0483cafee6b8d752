/**
 * Vocabulary at the schema boundary: the GraphQL enums map both ways onto lexicon terms, and every
 * vocabulary scalar accepts a term of its category (exact, any case, padded, aliased), returns the
 * canonical term, and rejects another category's term or an unknown one with BAD_USER_INPUT.
 */
import { ApolloServer } from "@apollo/server";
import { makeExecutableSchema } from "@graphql-tools/schema";
import { Kind, type GraphQLEnumType, type GraphQLScalarType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { formatError } from "../src/errors/formatError.js";
import { buildVocabularyScalars } from "../src/schema/buildVocabularyScalars.js";
import { enumCategories } from "../src/domain/vocabulary/enumValues.js";
import { termAliases } from "../src/domain/vocabulary/termAliases.js";
import { vocabularyScalarCategories, vocabularyScalarNames } from "../src/domain/vocabulary/vocabularyScalars.js";
import { resolvers } from "../src/resolvers/resolvers.js";
import { vocabularyResolvers } from "../src/resolvers/vocabulary.js";
import { loadTypeDefs } from "../src/schema/loadTypeDefs.js";
import { createTestApi, type TestApi } from "./support/testApi.js";

let api: TestApi;
/** category → its terms in the seeded lexicon, read straight from the database. */
let seeded: Map<string, string[]>;

beforeAll(async () => {
  api = await createTestApi();
  const links = await api.db.prisma.lexiconTermCategory.findMany({
    select: { term: { select: { term: true } }, category: { select: { name: true } } },
  });
  seeded = new Map();
  for (const l of links) seeded.set(l.category.name, [...(seeded.get(l.category.name) ?? []), l.term.term]);
});
afterAll(async () => {
  await api?.close();
});

/**
 * Terms of an enum's category that the enum deliberately does not expose. A new term appearing in
 * one of these categories fails the coverage test until it is added to the enum or listed here.
 */
const NOT_EXPOSED: Record<keyof typeof enumCategories, string[]> = {
  ThingType: [
    "abandoned well",
    "artesian well",
    "dry hole",
    "dug well",
    "exploration well",
    "injection well",
    "monitoring well",
    "observation well",
    "piezometer",
    "production well",
    "test well",
  ],
  ReleaseStatus: [],
  ReviewStatus: [],
};

describe("enums with internal values", () => {
  const enumNames = Object.keys(enumCategories) as (keyof typeof enumCategories)[];

  it.each(enumNames)("%s: every internal value is a term of its category (enum → lexicon)", (name) => {
    const { category, values } = enumCategories[name];
    const terms = new Set(seeded.get(category));
    expect(terms.size).toBeGreaterThan(0);
    const missing = Object.values(values).filter((v) => !terms.has(v));
    expect(missing).toEqual([]);
  });

  it.each(enumNames)("%s: every term of its category is an enum value or listed as not exposed (lexicon → enum)", (name) => {
    const { category, values } = enumCategories[name];
    const covered = new Set<string>([...Object.values(values), ...NOT_EXPOSED[name]]);
    const uncovered = (seeded.get(category) ?? []).filter((t) => !covered.has(t));
    expect(uncovered).toEqual([]);
  });

  it.each(enumNames)("%s: the executable schema maps each enum name to its term and back", async (name) => {
    const schema = makeExecutableSchema({ typeDefs: await loadTypeDefs(), resolvers: { ...resolvers, ...vocabularyResolvers(api.lexicon) } });
    const type = schema.getType(name);
    // (@graphql-tools loads its own copy of graphql, so compare by class name, not instanceof.)
    expect(type?.constructor.name).toBe("GraphQLEnumType");
    const enumType = type as GraphQLEnumType;
    const { values } = enumCategories[name];
    expect(enumType.getValues().map((v) => v.name).sort()).toEqual(Object.keys(values).sort());
    for (const [enumName, term] of Object.entries(values)) {
      expect(enumType.serialize(term)).toBe(enumName);
      expect(enumType.parseValue(enumName)).toBe(term);
      expect(enumType.parseLiteral({ kind: Kind.ENUM, value: enumName }, undefined)).toBe(term);
    }
  });

  it("reads a stored term back as its enum name through the API", async () => {
    const thing = await api.db.prisma.thing.create({
      data: { name: "NM-ENUM-1", thingType: "spring", releaseStatus: "provisional" },
    });
    const result = await api.run<{ thing: { thingType: string; releaseStatus: string } }>(
      `query($id: ID!) { thing(id: $id) { thingType releaseStatus } }`,
      { id: String(thing.id) },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.thing).toEqual({ thingType: "SPRING", releaseStatus: "PROVISIONAL" });
  });
});

describe("vocabulary scalars", () => {
  it("the SDL declares exactly the registered scalars, each describing its category", async () => {
    const schema = makeExecutableSchema({ typeDefs: await loadTypeDefs(), resolvers: { ...resolvers, ...vocabularyResolvers(api.lexicon) } });
    for (const name of vocabularyScalarNames) {
      const type = schema.getType(name);
      expect(type?.astNode?.kind, name).toBe(Kind.SCALAR_TYPE_DEFINITION);
      expect(type?.description, name).toContain(`\`${vocabularyScalarCategories[name]}\``);
    }
    const declared = Object.values(schema.getTypeMap())
      .filter((t) => t.astNode?.kind === Kind.SCALAR_TYPE_DEFINITION)
      .map((t) => t.name)
      .filter((n) => !["DateTime", "Date", "JSON", "GeoJSON"].includes(n));
    expect(declared.sort()).toEqual([...vocabularyScalarNames].sort());
  });

  it("every scalar's category exists in the seeded lexicon with terms", () => {
    for (const [name, category] of Object.entries(vocabularyScalarCategories)) {
      expect(seeded.get(category)?.length ?? 0, `${name} (${category})`).toBeGreaterThan(0);
    }
  });

  /** A term of another category that is not a term of `category`, in any case. */
  function foreignTerm(category: string): string {
    const own = new Set((seeded.get(category) ?? []).map((t) => t.toLowerCase()));
    for (const [other, terms] of seeded) {
      if (other === category) continue;
      const t = terms.find((x) => !own.has(x.toLowerCase()));
      if (t !== undefined) return t;
    }
    throw new Error(`no foreign term for ${category}`);
  }

  describe.each(vocabularyScalarNames)("%s", (name) => {
    const category = vocabularyScalarCategories[name];
    let scalar: GraphQLScalarType<string, string>;
    let term: string;
    beforeAll(() => {
      scalar = buildVocabularyScalars(api.lexicon)[name];
      const terms = seeded.get(category) ?? [];
      // A term whose case can vary (has letters), to make the case variant meaningful.
      term = terms.find((t) => /[a-z]/i.test(t)) ?? terms[0] ?? "";
    });

    it("accepts a term exactly and returns it", () => {
      expect(scalar.parseValue(term)).toBe(term);
      expect(scalar.parseLiteral({ kind: Kind.STRING, value: term }, undefined)).toBe(term);
    });

    it("accepts a case variant and surrounding spaces, returning the canonical spelling", () => {
      const variant = term === term.toUpperCase() ? term.toLowerCase() : term.toUpperCase();
      expect(scalar.parseValue(variant)).toBe(term);
      expect(scalar.parseValue(`  ${term} `)).toBe(term);
    });

    it("accepts its aliases", () => {
      for (const [alias, target] of Object.entries(termAliases[category] ?? {})) {
        expect(scalar.parseValue(alias)).toBe(target);
        expect(scalar.parseValue(alias.toUpperCase())).toBe(target);
      }
    });

    it("rejects a term of another category with BAD_USER_INPUT naming the category", () => {
      const other = foreignTerm(category);
      expect(() => scalar.parseValue(other)).toThrowError(
        expect.objectContaining({
          message: expect.stringMatching(new RegExp(`^${JSON.stringify(other).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} is not a ${category} term; valid terms: `)),
          extensions: { code: "BAD_USER_INPUT", category },
        }),
      );
    });

    it("rejects an unknown value and a non-string", () => {
      expect(() => scalar.parseValue("zz-not-a-term-zz")).toThrowError(`"zz-not-a-term-zz" is not a ${category} term`);
      expect(() => scalar.parseValue(42)).toThrowError(`${name} must be a string naming a ${category} term`);
      expect(() => scalar.parseLiteral({ kind: Kind.INT, value: "42" }, undefined)).toThrowError(
        `${name} must be a string naming a ${category} term`,
      );
    });

    it("serialises the stored term unchanged", () => {
      expect(scalar.serialize(term)).toBe(term);
    });
  });

  it("lists every valid term of a small category in the rejection", () => {
    const scalar = buildVocabularyScalars(api.lexicon).CasingMaterial;
    expect(() => scalar.parseValue("Domestic")).toThrowError('"Domestic" is not a casing_material term; valid terms: Concrete, PVC, Steel');
  });

  it("abbreviates a huge category to the closest terms and a count", () => {
    const scalar = buildVocabularyScalars(api.lexicon).Organization;
    const total = seeded.get("organization")?.length ?? 0;
    expect(total).toBeGreaterThan(100);
    let message = "";
    try {
      scalar.parseValue("City of Nowhere");
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^"City of Nowhere" is not a organization term; valid terms: .+, and \d+ more \(query lexiconTerms\(category: "organization"\) for all\)$/);
    expect(Number(/and (\d+) more/.exec(message)?.[1])).toBe(total - 12);
    // The closest terms come first: those sharing a word with the input ("City of Santa Fe", ...).
    const sharing = (seeded.get("organization") ?? []).filter((t) => /\bcity\b/i.test(t));
    expect(sharing.length).toBeGreaterThan(1);
    expect(sharing.length).toBeLessThan(12);
    const list = message.slice(message.indexOf("valid terms: "), message.lastIndexOf(", and "));
    const firstOther = Math.min(
      ...(seeded.get("organization") ?? []).filter((t) => !/city/i.test(t) && list.includes(t)).map((t) => list.indexOf(t)),
    );
    for (const t of sharing) expect(list.indexOf(t), t).toBeGreaterThan(0);
    for (const t of sharing) expect(list.indexOf(t), t).toBeLessThan(firstOther);
    expect(message.length).toBeLessThan(1_500);
  });

  it("maps the documented alias: \"electric tape\" is \"Electric tape measurement (E-probe)\"", () => {
    expect(buildVocabularyScalars(api.lexicon).SampleMethod.parseValue("electric tape")).toBe("Electric tape measurement (E-probe)");
  });
});

describe("vocabulary scalars through GraphQL", () => {
  let echo: ApolloServer;
  beforeAll(async () => {
    echo = new ApolloServer({
      typeDefs: `
        scalar WellPurpose
        scalar SampleMethod
        type Query {
          purpose(value: WellPurpose!): WellPurpose!
          method(value: SampleMethod!): SampleMethod!
        }`,
      resolvers: {
        WellPurpose: buildVocabularyScalars(api.lexicon).WellPurpose,
        SampleMethod: buildVocabularyScalars(api.lexicon).SampleMethod,
        Query: { purpose: (_: unknown, a: { value: string }) => a.value, method: (_: unknown, a: { value: string }) => a.value },
      },
      formatError,
    });
    await echo.start();
  });
  afterAll(async () => {
    await echo?.stop();
  });

  async function run(query: string, variables?: Record<string, unknown>) {
    const response = await echo.executeOperation({ query, variables });
    if (response.body.kind !== "single") throw new Error("expected a single result");
    return response.body.singleResult;
  }

  it("normalises a variable and a literal before the resolver runs", async () => {
    expect((await run(`query($v: WellPurpose!) { purpose(value: $v) }`, { v: " domestic " })).data).toEqual({ purpose: "Domestic" });
    expect((await run(`{ purpose(value: "IRRIGATION") method(value: "Electric Tape") }`)).data).toEqual({
      purpose: "Irrigation",
      method: "Electric tape measurement (E-probe)",
    });
  });

  it("rejects a term of another category as a variable with BAD_USER_INPUT", async () => {
    const result = await run(`query($v: WellPurpose!) { purpose(value: $v) }`, { v: "PVC" });
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(result.errors?.[0]?.message).toContain('"PVC" is not a well_purpose term; valid terms: Commercial, Domestic,');
  });

  it("rejects a term of another category as a literal with BAD_USER_INPUT", async () => {
    const result = await run(`{ purpose(value: "PVC") }`);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    // (graphql-js may prefix 'Expected value of type "WellPurpose!", found "PVC"; ' to the scalar's message.)
    expect(result.errors?.[0]?.message).toMatch(/"PVC" is not a well_purpose term; valid terms: Commercial, Domestic, /);
  });
});

describe("vocabulary scalars in the API's own mutations", () => {
  const CREATE_GROUP = `mutation($input: CreateGroupInput!) {
    createGroup(input: $input) { __typename ... on CreateGroupSuccess { group { name groupType } } }
  }`;

  it("stores the canonical term of a case-variant input", async () => {
    const result = await api.run<{ createGroup: unknown }>(CREATE_GROUP, { input: { name: "Vocab group 1", groupType: "  monitoring PLAN " } });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createGroup).toEqual({
      __typename: "CreateGroupSuccess",
      group: { name: "Vocab group 1", groupType: "Monitoring Plan" },
    });
    const row = await api.db.prisma.group.findUniqueOrThrow({ where: { name: "Vocab group 1" } });
    expect(row.groupType).toBe("Monitoring Plan");
  });

  it("rejects a term of another category before any resolver runs, writing nothing", async () => {
    const result = await api.run(CREATE_GROUP, { input: { name: "Vocab group 2", groupType: "Domestic" } });
    expect(result.data).toBeUndefined();
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(["BAD_USER_INPUT"]);
    expect(result.errors?.[0]?.message).toContain('"Domestic" is not a group_type term; valid terms: Geographic Area, Historical, Monitoring Plan');
    expect(result.statements).toBe(0);
    expect(await api.db.prisma.group.count({ where: { name: "Vocab group 2" } })).toBe(0);
  });
});
