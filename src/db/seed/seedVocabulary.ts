/**
 * Seeds the controlled vocabulary: lexicon categories, terms and their category memberships,
 * water-quality parameters and EPA regulatory limits, from the files in `prisma/seed/`
 * (provenance and changes: prisma/seed/README.md).
 *
 * Contract:
 * - Add-if-missing and idempotent: existing rows are never modified, a second run inserts
 *   nothing, and concurrent runs are serialised by a transaction-scoped advisory lock.
 * - All or nothing: one transaction; on any error nothing is written.
 * - Before writing, every parameter and limit value is checked against the merged lexicon
 *   (published + additions) in the category its column requires; a gap throws, naming the
 *   missing terms, instead of being papered over.
 * - Terms are global strings: a term listed several times (in one or both files) becomes one
 *   row whose definition is the first one seen, and whose categories are the union.
 */
import { readFile } from "node:fs/promises";

import { z } from "zod";

import type { Prisma, PrismaClient } from "../../generated/prisma/client.js";

/** Inserted and total row counts of one table after seeding. */
export interface SeedCount {
  inserted: number;
  total: number;
}

export interface VocabularySummary {
  categories: SeedCount;
  terms: SeedCount;
  termCategories: SeedCount;
  parameters: SeedCount;
  regulatoryLimits: SeedCount;
}

// prisma/seed/ from src/db/seed/ and from the compiled dist/db/seed/ alike (ADR 32).
const seedDir = new URL("../../../prisma/seed/", import.meta.url);

/** Transaction-scoped advisory lock key serialising vocabulary seeding ("ocoseedv"). */
const VOCABULARY_LOCK_KEY = "7985637813728519542";

/** Release status given to seeded parameters and limits: reference data anyone may read. */
const REFERENCE_RELEASE_STATUS = "public";

/**
 * Published parameter rows whose (parameter_name, matrix) repeats an earlier row are stored
 * under the lexicon's own name for that variant instead of being dropped (see README).
 * Key: `name|matrix|default_unit` of the repeated row.
 */
const PARAMETER_VARIANT_NAMES: Readonly<Record<string, string>> = {
  "Nitrate|groundwater|mg/L as N": "Nitrate (as N)",
  "Nitrite|groundwater|mg/L as N": "Nitrite (as N)",
};

/** Limit parameter names that are spelled differently in parameter.json (see README). */
const LIMIT_PARAMETER_ALIASES: Readonly<Record<string, string>> = {
  "Uranium (total, by ICP-MS)": "Uranium, total, by ICP-MS",
};

const lexiconFileSchema = z.object({
  categories: z.array(z.object({ name: z.string().min(1), description: z.string().nullish() })),
  terms: z.array(
    z.object({
      categories: z.array(z.string().min(1)).min(1),
      term: z.string().min(1).max(100),
      definition: z.string(),
    }),
  ),
});

const parameterFileSchema = z.array(
  z.object({
    parameter_name: z.string().min(1),
    matrix: z.string().min(1),
    parameter_type: z.string().nullable(),
    cas_number: z.string().nullable(),
    default_unit: z.string().min(1),
  }),
);

const regulatoryLimitFileSchema = z.array(
  z.object({
    parameter_name: z.string().min(1),
    matrix: z.string().min(1),
    limit_source: z.string().min(1),
    limit_type: z.string().nullable(),
    limit_value: z.number(),
    limit_unit: z.string().min(1),
    citation: z.string().nullable(),
  }),
);

type LexiconFile = z.infer<typeof lexiconFileSchema>;

interface MergedLexicon {
  /** Category name -> description, in file order. */
  categories: Map<string, string | null>;
  /** Term -> first definition and the union of its categories, in file order. */
  terms: Map<string, { definition: string; categories: Set<string> }>;
}

interface ParameterRow {
  parameterName: string;
  matrix: string;
  parameterType: string | null;
  casNumber: string | null;
  defaultUnit: string;
}

interface LimitRow {
  parameterName: string;
  matrix: string;
  limitSource: string;
  limitType: string | null;
  limitValue: number;
  limitUnit: string;
  citation: string | null;
}

/** The vocabulary as it will be stored, validated and de-duplicated (no database access). */
interface VocabularyData {
  lexicon: MergedLexicon;
  parameters: ParameterRow[];
  limits: LimitRow[];
}

async function readJson<T>(name: string, schema: z.ZodType<T>): Promise<T> {
  const text = await readFile(new URL(name, seedDir), "utf8");
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(`prisma/seed/${name} is malformed: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

function mergeLexicons(files: LexiconFile[]): MergedLexicon {
  const categories = new Map<string, string | null>();
  const terms = new Map<string, { definition: string; categories: Set<string> }>();
  for (const file of files) {
    for (const c of file.categories) {
      if (!categories.has(c.name)) categories.set(c.name, c.description ?? null);
    }
  }
  for (const file of files) {
    for (const t of file.terms) {
      const unknown = t.categories.filter((c) => !categories.has(c));
      if (unknown.length > 0) {
        throw new Error(`lexicon term "${t.term}" names undeclared categories: ${unknown.join(", ")}`);
      }
      const entry = terms.get(t.term) ?? { definition: t.definition, categories: new Set<string>() };
      for (const c of t.categories) entry.categories.add(c);
      terms.set(t.term, entry);
    }
  }
  return { categories, terms };
}

function dedupeParameters(rows: z.infer<typeof parameterFileSchema>): ParameterRow[] {
  const seen = new Set<string>();
  const result: ParameterRow[] = [];
  for (const p of rows) {
    let name = p.parameter_name;
    if (seen.has(`${name}|${p.matrix}`)) {
      const variant = PARAMETER_VARIANT_NAMES[`${name}|${p.matrix}|${p.default_unit}`];
      if (variant === undefined) continue; // a plain repeat: the first row wins
      name = variant;
      if (seen.has(`${name}|${p.matrix}`)) continue;
    }
    seen.add(`${name}|${p.matrix}`);
    result.push({
      parameterName: name,
      matrix: p.matrix,
      parameterType: p.parameter_type,
      casNumber: p.cas_number,
      defaultUnit: p.default_unit,
    });
  }
  return result;
}

/** Reads, merges and validates the seed files. Throws naming every inconsistency found. */
async function loadVocabularyData(): Promise<VocabularyData> {
  const [published, additions, parameterFile, limitFile] = await Promise.all([
    readJson("lexicon.json", lexiconFileSchema),
    readJson("lexicon-additions.json", lexiconFileSchema),
    readJson("parameter.json", parameterFileSchema),
    readJson("regulatory_limit.json", regulatoryLimitFileSchema),
  ]);
  const lexicon = mergeLexicons([published, additions]);
  const parameters = dedupeParameters(parameterFile);
  const limits: LimitRow[] = limitFile.map((l) => ({
    parameterName: LIMIT_PARAMETER_ALIASES[l.parameter_name] ?? l.parameter_name,
    matrix: l.matrix,
    limitSource: l.limit_source,
    limitType: l.limit_type,
    limitValue: l.limit_value,
    limitUnit: l.limit_unit,
    citation: l.citation,
  }));

  const problems: string[] = [];
  const requireTerm = (value: string | null, category: string, where: string) => {
    if (value === null) return;
    if (!lexicon.terms.get(value)?.categories.has(category)) {
      problems.push(`${where}: "${value}" is not a term of category ${category}`);
    }
  };
  for (const p of parameters) {
    const where = `parameter ${p.parameterName}/${p.matrix}`;
    requireTerm(p.parameterName, "parameter_name", where);
    requireTerm(p.matrix, "sample_matrix", where);
    requireTerm(p.parameterType, "parameter_type", where);
    requireTerm(p.defaultUnit, "unit", where);
  }
  const parameterKeys = new Set(parameters.map((p) => `${p.parameterName}|${p.matrix}`));
  for (const l of limits) {
    const where = `regulatory limit ${l.parameterName}/${l.limitType ?? "?"}`;
    if (!parameterKeys.has(`${l.parameterName}|${l.matrix}`)) {
      problems.push(`${where}: no parameter ${l.parameterName}/${l.matrix}`);
    }
    requireTerm(l.limitSource, "organization", where);
    requireTerm(l.limitType, "limit_type", where);
    requireTerm(l.limitUnit, "unit", where);
  }
  if (problems.length > 0) {
    throw new Error(`Vocabulary seed files are inconsistent:\n  ${problems.join("\n  ")}`);
  }
  return { lexicon, parameters, limits };
}

/** Seeds the vocabulary (see the module contract) and returns inserted/total counts. */
export async function seedVocabulary(prisma: PrismaClient): Promise<VocabularySummary> {
  const { lexicon, parameters, limits } = await loadVocabularyData();
  const termNames = [...lexicon.terms.keys()];
  const categoryNames = [...lexicon.categories.keys()];

  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${VOCABULARY_LOCK_KEY})`);

      const categoriesInserted = await tx.lexiconCategory.createMany({
        data: categoryNames.map((name) => ({ name, description: lexicon.categories.get(name) ?? null })),
        skipDuplicates: true,
      });
      const termsInserted = await tx.lexiconTerm.createMany({
        data: termNames.map((term) => ({ term, definition: lexicon.terms.get(term)?.definition ?? "" })),
        skipDuplicates: true,
      });

      const termIds = await tx.lexiconTerm.findMany({
        where: { term: { in: termNames } },
        select: { id: true, term: true },
      });
      const categoryIds = await tx.lexiconCategory.findMany({
        where: { name: { in: categoryNames } },
        select: { id: true, name: true },
      });
      const termId = new Map(termIds.map((t) => [t.term, t.id]));
      const categoryId = new Map(categoryIds.map((c) => [c.name, c.id]));
      const links: { termId: number; categoryId: number }[] = [];
      for (const [term, { categories }] of lexicon.terms) {
        for (const category of categories) {
          const t = termId.get(term);
          const c = categoryId.get(category);
          if (t === undefined || c === undefined) throw new Error(`lexicon row missing for ${term}/${category}`);
          links.push({ termId: t, categoryId: c });
        }
      }
      const linksInserted = await tx.lexiconTermCategory.createMany({ data: links, skipDuplicates: true });

      const parametersInserted = await tx.parameter.createMany({
        data: parameters.map((p) => ({ ...p, releaseStatus: REFERENCE_RELEASE_STATUS })),
        skipDuplicates: true,
      });
      const parameterRows = await tx.parameter.findMany({
        select: { id: true, parameterName: true, matrix: true },
      });
      const parameterId = new Map(parameterRows.map((p) => [`${p.parameterName}|${p.matrix}`, p.id]));

      // A limit is identified by parameter, source and type (no database constraint says so).
      const existingLimits = await tx.regulatoryLimit.findMany({
        select: { parameterId: true, limitSource: true, limitType: true },
      });
      const limitKey = (id: number, source: string, type: string | null) => `${id}|${source}|${type ?? ""}`;
      const existing = new Set(existingLimits.map((l) => limitKey(l.parameterId, l.limitSource, l.limitType)));
      const newLimits: Prisma.RegulatoryLimitCreateManyInput[] = [];
      for (const l of limits) {
        const id = parameterId.get(`${l.parameterName}|${l.matrix}`);
        if (id === undefined) throw new Error(`parameter ${l.parameterName}/${l.matrix} missing after seeding`);
        const key = limitKey(id, l.limitSource, l.limitType);
        if (existing.has(key)) continue;
        existing.add(key);
        newLimits.push({
          parameterId: id,
          limitSource: l.limitSource,
          limitType: l.limitType,
          limitValue: l.limitValue,
          limitUnit: l.limitUnit,
          citation: l.citation,
          releaseStatus: REFERENCE_RELEASE_STATUS,
        });
      }
      const limitsInserted = await tx.regulatoryLimit.createMany({ data: newLimits });

      const categories = await tx.lexiconCategory.count();
      const terms = await tx.lexiconTerm.count();
      const termCategories = await tx.lexiconTermCategory.count();
      const parameterTotal = await tx.parameter.count();
      const limitTotal = await tx.regulatoryLimit.count();
      return {
        categories: { inserted: categoriesInserted.count, total: categories },
        terms: { inserted: termsInserted.count, total: terms },
        termCategories: { inserted: linksInserted.count, total: termCategories },
        parameters: { inserted: parametersInserted.count, total: parameterTotal },
        regulatoryLimits: { inserted: limitsInserted.count, total: limitTotal },
      };
    },
    { maxWait: 30_000, timeout: 120_000 },
  );
}
