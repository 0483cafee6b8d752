/**
 * Seeding: vocabulary (counts, merge rules, idempotency), the acceptance fixture (contents, valid
 * vocabulary per category, idempotency) and the demo data generator (exact counts, realism,
 * determinism), each on a real PostgreSQL database of its own.
 */
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";

import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createDatabase, type Database } from "../src/db/createDatabase.js";
import { migrateDatabase } from "../src/db/migrate.js";
import { DEMO_GENERATOR_NAME, generateDemoData } from "../src/db/seed/generateDemoData.js";
import { seedDemoFixture } from "../src/db/seed/seedDemoFixture.js";
import { seedVocabulary } from "../src/db/seed/seedVocabulary.js";
import { adminUrl, databaseUrl } from "./support/adminUrl.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";

interface LexiconFile {
  categories: { name: string }[];
  terms: { categories: string[]; term: string }[];
}

async function readSeedJson<T>(name: string): Promise<T> {
  return JSON.parse(await readFile(new URL(`../prisma/seed/${name}`, import.meta.url), "utf8")) as T;
}

/** Every vocabulary column of the schema with its lexicon category, from the schema's doc comments. */
async function vocabularyColumns(): Promise<{ table: string; column: string; category: string }[]> {
  const schema = await readFile(new URL("../prisma/schema.prisma", import.meta.url), "utf8");
  const columns: { table: string; column: string; category: string }[] = [];
  for (const model of schema.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm)) {
    const body = model[2] ?? "";
    const table = /@@map\("([^"]+)"\)/.exec(body)?.[1] ?? model[1] ?? "";
    let category: string | undefined;
    for (const line of body.split("\n")) {
      const doc = /\/\/\/ Vocabulary term \(lexicon category `([^`]+)`\)/.exec(line);
      if (doc) {
        category = doc[1];
        continue;
      }
      if (line.trim().startsWith("///")) continue;
      const field = /^\s*(\w+)\s+String\??\s/.exec(line);
      if (category !== undefined && field) {
        const column = /@map\("([^"]+)"\)/.exec(line)?.[1] ?? field[1] ?? "";
        columns.push({ table, column, category });
      }
      category = undefined;
    }
  }
  return columns;
}

/** Values of vocabulary columns that are not terms of the column's category, as "table.column=value". */
async function invalidVocabularyValues(pool: pg.Pool): Promise<string[]> {
  const invalid: string[] = [];
  for (const { table, column, category } of await vocabularyColumns()) {
    const { rows } = await pool.query<{ v: string }>(
      `SELECT DISTINCT x."${column}" AS v FROM "${table}" x
       WHERE x."${column}" IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM lexicon_term t
         JOIN lexicon_term_category_association a ON a.term_id = t.id
         JOIN lexicon_category c ON c.id = a.category_id
         WHERE t.term = x."${column}" AND c.name = $1)`,
      [category],
    );
    invalid.push(...rows.map((r) => `${table}.${column}=${r.v} (not ${category})`));
  }
  return invalid;
}

async function count(pool: pg.Pool, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(sql, params);
  return Number(rows[0]?.n);
}

/** Row counts of every table in the public schema. */
async function tableCounts(pool: pg.Pool): Promise<Record<string, number>> {
  const { rows } = await pool.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
  );
  const counts: Record<string, number> = {};
  for (const { table_name } of rows) counts[table_name] = await count(pool, `SELECT count(*) AS n FROM "${table_name}"`);
  return counts;
}

describe("seedVocabulary", () => {
  const name = `ocotillo_t_blank_${randomBytes(5).toString("hex")}`;
  let db: Database;
  const admin = new pg.Client({ connectionString: adminUrl });

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await migrateDatabase(databaseUrl(name));
    db = createDatabase({ url: databaseUrl(name), poolMax: 3, acquireTimeoutMs: 10_000, statementTimeoutMs: 30_000 });
  });
  afterAll(async () => {
    await db?.close();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  });

  it("loads the published lexicon, the additions, parameters and limits on an empty database", async () => {
    // Set-based: a fixed handful of statements whatever the vocabulary's size (speed is measured in
    // bench/, not here).
    const before = db.statementCount();
    const summary = await seedVocabulary(db.prisma);
    expect(db.statementCount() - before).toBe(16);

    // 59 published categories + data_maturity and level_status; 1,018 distinct published term
    // strings + 38 new ones (40 additions, of which "provisional" and "approved" already exist;
    // μg/L, ng/L and g/L are the chemistry units of ADR 28).
    expect(summary).toEqual({
      categories: { inserted: 61, total: 61 },
      terms: { inserted: 1056, total: 1056 },
      termCategories: { inserted: 1118, total: 1118 },
      parameters: { inserted: 114, total: 114 },
      regulatoryLimits: { inserted: 23, total: 23 },
    });

    const published = await readSeedJson<LexiconFile>("lexicon.json");
    const additions = await readSeedJson<LexiconFile>("lexicon-additions.json");
    expect(published.categories).toHaveLength(59);
    const expectedPairs = new Set(
      [...published.terms, ...additions.terms].flatMap((t) => t.categories.map((c) => `${t.term}\u0000${c}`)),
    );
    const { rows } = await db.pool.query<{ term: string; category: string }>(
      `SELECT t.term, c.name AS category FROM lexicon_term t
       JOIN lexicon_term_category_association a ON a.term_id = t.id
       JOIN lexicon_category c ON c.id = a.category_id`,
    );
    expect(rows).toHaveLength(expectedPairs.size);
    expect(new Set(rows.map((r) => `${r.term}\u0000${r.category}`))).toEqual(expectedPairs);
    expect(new Set([...published.terms, ...additions.terms].map((t) => t.term)).size).toBe(1056);
  });

  it("keeps the published quirks as one row each and adds the terms the model needs", async () => {
    const termsOf = async (category: string) => {
      const { rows } = await db.pool.query<{ term: string }>(
        `SELECT t.term FROM lexicon_term t JOIN lexicon_term_category_association a ON a.term_id = t.id
         JOIN lexicon_category c ON c.id = a.category_id WHERE c.name = $1 ORDER BY t.term`,
        [category],
      );
      return rows.map((r) => r.term);
    };
    expect((await termsOf("role")).filter((t) => t === "Operator")).toHaveLength(1);
    expect((await termsOf("organization")).filter((t) => t === "Sangre de Cristo Center")).toHaveLength(1);
    expect(await termsOf("country")).toEqual(["United States"]);
    expect(await termsOf("organization")).toContain("EPA");
    expect(await termsOf("data_maturity")).toEqual(["approved", "in review", "provisional"]);
    expect(await termsOf("status_type")).toEqual(
      expect.arrayContaining(["Well Status", "Monitoring Status", "Access Status", "Open Status", "Datalogger Suitability Status"]),
    );
    expect(await termsOf("status_value")).toEqual(
      expect.arrayContaining(["Open", "Open (unequipped)", "Closed", "Datalogger can be installed", "Datalogger cannot be installed"]),
    );
    // A term shared by categories keeps its first published definition.
    const { rows } = await db.pool.query<{ definition: string }>(
      "SELECT definition FROM lexicon_term WHERE term = 'groundwater level'",
    );
    expect(rows).toEqual([{ definition: "groundwater level measurement" }]);
  });

  it("stores 114 parameters: the 112 published (name, matrix) pairs plus the 'as N' variants of Nitrate and Nitrite", async () => {
    const published = await readSeedJson<{ parameter_name: string; matrix: string }[]>("parameter.json");
    const publishedPairs = new Set(published.map((p) => `${p.parameter_name}|${p.matrix}`));
    expect(published).toHaveLength(114);
    expect(publishedPairs.size).toBe(112);

    const { rows } = await db.pool.query<{ parameter_name: string; matrix: string; default_unit: string; release_status: string }>(
      "SELECT parameter_name, matrix, default_unit, release_status FROM parameter",
    );
    expect(rows).toHaveLength(114);
    const stored = new Map(rows.map((r) => [`${r.parameter_name}|${r.matrix}`, r]));
    for (const pair of publishedPairs) expect(stored.has(pair), pair).toBe(true);
    expect(stored.get("Nitrate|groundwater")?.default_unit).toBe("mg/L");
    expect(stored.get("Nitrite|groundwater")?.default_unit).toBe("mg/L");
    expect(stored.get("Nitrate (as N)|groundwater")?.default_unit).toBe("mg/L as N");
    expect(stored.get("Nitrite (as N)|groundwater")?.default_unit).toBe("mg/L as N");
    expect(stored.get("groundwater level|groundwater")?.default_unit).toBe("ft");
    expect(new Set(rows.map((r) => r.release_status))).toEqual(new Set(["public"]));
  });

  it("links every published regulatory limit to its parameter", async () => {
    const { rows } = await db.pool.query<{ parameter_name: string; limit_source: string; limit_type: string; limit_value: number }>(
      `SELECT p.parameter_name, l.limit_source, l.limit_type, l.limit_value
       FROM regulatory_limit l JOIN parameter p ON p.id = l.parameter_id`,
    );
    expect(rows).toHaveLength(23);
    expect(rows.filter((r) => r.limit_type === "MCL")).toHaveLength(14);
    expect(rows.filter((r) => r.limit_type === "SMCL")).toHaveLength(9);
    expect(new Set(rows.map((r) => r.limit_source))).toEqual(new Set(["EPA"]));
    expect(rows).toContainEqual({ parameter_name: "Nitrate (as N)", limit_source: "EPA", limit_type: "MCL", limit_value: 10 });
    expect(rows).toContainEqual({
      parameter_name: "Uranium, total, by ICP-MS",
      limit_source: "EPA",
      limit_type: "MCL",
      limit_value: 0.03,
    });
  });

  it("is idempotent: a second run inserts nothing and changes no count", async () => {
    const before = await tableCounts(db.pool);
    const summary = await seedVocabulary(db.prisma);
    for (const part of Object.values(summary)) expect(part.inserted).toBe(0);
    expect(summary.terms.total).toBe(1056);
    expect(await tableCounts(db.pool)).toEqual(before);
  });

  it("serialises concurrent runs without duplicates", async () => {
    const before = await tableCounts(db.pool);
    await Promise.all([seedVocabulary(db.prisma), seedVocabulary(db.prisma)]);
    expect(await tableCounts(db.pool)).toEqual(before);
  });

  it("leaves only valid vocabulary in the vocabulary columns", async () => {
    const columns = await vocabularyColumns();
    expect(columns.length).toBeGreaterThan(60);
    expect(columns).toContainEqual({ table: "thing", column: "thing_type", category: "thing_type" });
    expect(columns).toContainEqual({ table: "regulatory_limit", column: "limit_source", category: "organization" });
    expect(await invalidVocabularyValues(db.pool)).toEqual([]);
  });
});

describe("seedDemoFixture", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoFixture(db.prisma);
  });
  afterAll(async () => {
    await db?.drop();
  });

  it("has exactly three public wells, two of them in Collabnet, and one spring; well 1 is NM-00001", async () => {
    const wells = await db.prisma.thing.findMany({
      where: { thingType: "water well" },
      orderBy: { id: "asc" },
      select: { id: true, name: true, releaseStatus: true },
    });
    expect(wells.map((w) => [w.name, w.releaseStatus])).toEqual([
      ["NM-00001", "public"],
      ["NM-00002", "public"],
      ["NM-00003", "public"],
    ]);
    expect(wells[0]?.id).toBe(1);

    const collabnet = await db.prisma.group.findUniqueOrThrow({
      where: { name: "Collabnet" },
      select: { groupType: true, thingAssociations: { select: { thing: { select: { name: true } } } } },
    });
    expect(collabnet.groupType).toBe("Monitoring Plan");
    expect(collabnet.thingAssociations.map((a) => a.thing.name).sort()).toEqual(["NM-00001", "NM-00002"]);

    const springs = await db.prisma.thing.findMany({ where: { thingType: "spring" } });
    expect(springs.map((s) => [s.name, s.springType, s.releaseStatus])).toEqual([
      ["Ojo Caliente Spring", "Thermal", "public"],
    ]);
  });

  it("gives every well the details the core, additional-information and notes features read", async () => {
    for (const name of ["NM-00001", "NM-00002", "NM-00003"]) {
      const well = await db.prisma.thing.findFirstOrThrow({
        where: { name },
        include: {
          locationAssociations: { where: { effectiveEnd: null }, include: { location: { include: { notes: true } } } },
          purposes: true,
          casingMaterials: true,
          statusHistory: true,
          monitoringFrequencies: true,
          measuringPoints: true,
          provenance: true,
          idLinks: true,
          notes: true,
          accessConsents: true,
          aquiferAssociations: { include: { aquiferTypes: true } },
          formationAssociations: true,
          screens: true,
          contactAssociations: true,
        },
      });
      const location = well.locationAssociations[0]?.location;
      expect(well.locationAssociations, name).toHaveLength(1);
      expect(location?.latitude).toBeGreaterThan(31.3);
      expect(location?.latitude).toBeLessThan(37.0);
      expect(location?.longitude).toBeGreaterThan(-109.1);
      expect(location?.longitude).toBeLessThan(-103.0);
      expect(location?.elevation).toBeGreaterThan(1000);
      expect(location?.elevationMethod).toBeTruthy();
      expect(location?.notes.some((n) => n.noteType === "General" && n.content.startsWith("Directions: "))).toBe(true);

      expect(well.wellDepth).toBeGreaterThan(0);
      expect(well.holeDepth).toBeGreaterThanOrEqual(well.wellDepth ?? Infinity);
      expect(well.wellCasingDepth).toBeGreaterThan(0);
      expect(well.wellCasingDiameter).toBeGreaterThan(0);
      expect(well.wellCompletionDate).toBeInstanceOf(Date);
      expect(well.wellDrillerName).toBeTruthy();
      expect(well.wellConstructionMethod).toBeTruthy();
      expect(well.formationCompletionCode).toBeTruthy();
      expect(well.siteName).toBeTruthy();
      expect(well.purposes.length).toBeGreaterThan(0);
      expect(well.casingMaterials.length).toBeGreaterThan(0);

      const openStatusTypes = well.statusHistory.filter((s) => s.endDate === null).map((s) => s.statusType);
      expect(openStatusTypes).toEqual(
        expect.arrayContaining(["Well Status", "Monitoring Status", "Datalogger Suitability Status"]),
      );
      expect(well.monitoringFrequencies.filter((m) => m.endDate === null)).toHaveLength(1);
      expect(well.measuringPoints.filter((m) => m.endDate === null)).toHaveLength(1);
      expect(well.measuringPoints.filter((m) => m.endDate !== null)).toHaveLength(1);
      expect(well.provenance.map((p) => p.fieldName).sort()).toEqual([
        "well_completion_date",
        "well_construction_method",
        "well_depth",
      ]);
      expect(well.idLinks.map((l) => `${l.alternateOrganization}/${l.relation}`).sort()).toEqual([
        "NMOSE/OSEPOD",
        "NMOSE/OSEWellTagID",
        "USGS/same_as",
      ]);
      expect(well.notes.map((n) => n.noteType).sort()).toEqual(["Construction", "General", "Measuring", "Water"]);
      for (const note of [...well.notes, ...(location?.notes ?? [])]) expect(note.content.trim()).not.toBe("");
      expect(well.accessConsents.map((c) => c.permissionType).sort()).toEqual([
        "Datalogger Installation",
        "Water Chemistry Sample",
        "Water Level Sample",
      ]);
      expect(new Set(well.accessConsents.map((c) => c.contactId)).size).toBe(1);
      expect(well.contactAssociations.map((a) => a.contactId)).toContain(well.accessConsents[0]?.contactId);
      expect(well.aquiferAssociations).toHaveLength(1);
      expect(well.aquiferAssociations[0]?.aquiferTypes.length).toBeGreaterThan(0);
      expect(well.formationAssociations).toHaveLength(1);
      expect(well.screens.length).toBeGreaterThanOrEqual(1);
      expect(well.screens.length).toBeLessThanOrEqual(2);
    }
  });

  it("has an owner with email, E.164 phone and address, and an organisation-only contact without any", async () => {
    const contacts = await db.prisma.contact.findMany({
      orderBy: { id: "asc" },
      include: { emails: true, phones: true, addresses: true, thingAssociations: true },
    });
    const owner = contacts.find((c) => c.role === "Owner");
    expect(owner?.id).toBe(1);
    expect(owner?.emails[0]?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
    expect(owner?.phones[0]?.phoneNumber).toMatch(/^\+1505\d{7}$/);
    expect(owner?.addresses[0]).toMatchObject({ country: "United States", state: "NM" });
    expect(owner?.thingAssociations.length).toBeGreaterThan(0);

    const bare = contacts.filter((c) => c.emails.length === 0 && c.phones.length === 0 && c.addresses.length === 0);
    expect(bare).toHaveLength(1);
    expect(bare[0]).toMatchObject({ name: null, organization: "PVACD", role: "Organization" });
    expect(bare[0]?.thingAssociations.length).toBe(1);
  });

  it("has sensor 1 PT-0001 (non-empty notes) deployed at NM-00001 and a second sensor removed", async () => {
    const sensors = await db.prisma.sensor.findMany({
      orderBy: { id: "asc" },
      include: { deployments: { include: { thing: { select: { name: true } } } } },
    });
    expect(sensors.map((s) => [s.id, s.name, s.serialNo])).toEqual([
      [1, "PT-0001", "SN-0001"],
      [2, "PT-0002", "SN-0002"],
    ]);
    for (const sensor of sensors) expect(sensor.notes?.trim()).toBeTruthy();
    expect(sensors[0]?.deployments.map((d) => [d.thing.name, d.removalDate])).toEqual([["NM-00001", null]]);
    expect(sensors[0]?.deployments[0]?.installationDate).toBeInstanceOf(Date);
    expect(sensors[1]?.deployments).toHaveLength(1);
    expect(sensors[1]?.deployments[0]?.removalDate).toBeInstanceOf(Date);
  });

  it("has twelve monthly manual levels at NM-00001 and NM-00002 through the full chain", async () => {
    const { rows } = await db.pool.query<{ name: string; n: string; methods: string; values_ok: boolean }>(
      `SELECT t.name, count(*) AS n, string_agg(DISTINCT s.sample_method, ',') AS methods,
              bool_and(o.value > o.measuring_point_height AND o.unit = 'ft' AND s.sample_name LIKE t.name || '-WL-%'
                       AND fa.activity_type = 'groundwater level' AND s.sample_matrix = 'groundwater'
                       AND p.parameter_name = 'groundwater level' AND o.observation_datetime = fe.event_date) AS values_ok
       FROM observation o
       JOIN parameter p ON p.id = o.parameter_id
       JOIN sample s ON s.id = o.sample_id
       JOIN field_activity fa ON fa.id = s.field_activity_id
       JOIN field_event fe ON fe.id = fa.field_event_id
       JOIN thing t ON t.id = fe.thing_id
       GROUP BY t.name ORDER BY t.name`,
    );
    expect(rows.map((r) => [r.name, Number(r.n), r.values_ok])).toEqual([
      ["NM-00001", 12, true],
      ["NM-00002", 12, true],
    ]);
    expect(rows[0]?.methods).toContain("Electric tape measurement (E-probe)");
  });

  it("has hourly transducer readings at NM-00001, each covered by one approved or not-reviewed block", async () => {
    const { rows } = await db.pool.query<{ status: string; n: string }>(
      `SELECT b.review_status AS status, count(*) AS n
       FROM transducer_observation o
       JOIN deployment d ON d.id = o.deployment_id
       JOIN transducer_observation_block b ON b.thing_id = d.thing_id AND b.parameter_id = o.parameter_id
        AND o.observation_datetime BETWEEN b.start_datetime AND b.end_datetime
       GROUP BY 1 ORDER BY 1`,
    );
    expect(rows.map((r) => [r.status, Number(r.n)])).toEqual([
      ["approved", 24],
      ["not reviewed", 24],
    ]);
    expect(await count(db.pool, "SELECT count(*) AS n FROM transducer_observation")).toBe(48);
  });

  it("uses only terms of the right category in every vocabulary column", async () => {
    expect(await invalidVocabularyValues(db.pool)).toEqual([]);
  });

  it("is idempotent: a second (or concurrent) run writes nothing", async () => {
    const before = await tableCounts(db.pool);
    await Promise.all([seedDemoFixture(db.prisma), seedDemoFixture(db.prisma)]);
    expect(await tableCounts(db.pool)).toEqual(before);
  });
});

describe("generateDemoData", () => {
  const GENERATED_TABLES = [
    "thing",
    "location",
    "location_thing_association",
    "well_purpose",
    "group",
    "group_thing_association",
    "measuring_point_history",
    "status_history",
    "monitoring_frequency_history",
    "thing_id_link",
    "field_event",
    "field_activity",
    "sample",
    "observation",
  ] as const;

  /** md5 per table of every row except created_at, in id order. */
  async function checksums(pool: pg.Pool): Promise<Record<string, string>> {
    const sums: Record<string, string> = {};
    for (const table of GENERATED_TABLES) {
      const { rows } = await pool.query<{ sum: string }>(
        `SELECT md5(coalesce(string_agg((to_jsonb(r) - 'created_at')::text, '|' ORDER BY r.id), '')) AS sum FROM "${table}" r`,
      );
      sums[table] = rows[0]?.sum ?? "";
    }
    return sums;
  }

  const databases: TestDatabase[] = [];
  afterAll(async () => {
    await Promise.all(databases.map((d) => d.drop()));
  });
  async function freshDatabase(): Promise<TestDatabase> {
    const db = await createTestDatabase();
    databases.push(db);
    return db;
  }

  it("is deterministic: the same options on two fresh databases give identical rows", async () => {
    const [a, b] = await Promise.all([freshDatabase(), freshDatabase()]);
    expect(await generateDemoData(a.pool, { wells: 50, levels: 500 })).toEqual({ wells: 50, levels: 500 });
    expect(await generateDemoData(b.pool, { wells: 50, levels: 500, seed: 1 })).toEqual({ wells: 50, levels: 500 });
    const sumsA = await checksums(a.pool);
    expect(sumsA).toEqual(await checksums(b.pool));

    const c = await freshDatabase();
    await generateDemoData(c.pool, { wells: 50, levels: 500, seed: 2 });
    expect((await checksums(c.pool)).observation).not.toBe(sumsA.observation);
  });

  it("generates exactly the requested wells and levels, realistic for New Mexico", async () => {
    const db = await freshDatabase();
    await seedDemoFixture(db.prisma);
    await db.prisma.thing.create({ data: { name: "NM-01001", thingType: "water well", releaseStatus: "draft" } });
    await generateDemoData(db.pool, { wells: 60, levels: 1_000, seed: 7 });
    const pool = db.pool;
    const generated = [DEMO_GENERATOR_NAME];

    const names = await pool.query<{ name: string }>(
      "SELECT name FROM thing WHERE created_by_name = $1 ORDER BY name",
      generated,
    );
    expect(names.rows).toHaveLength(60);
    expect(names.rows[0]?.name).toBe("NM-01000");
    expect(names.rows.map((r) => r.name)).not.toContain("NM-01001");
    expect(names.rows.at(-1)?.name).toBe("NM-01060");
    expect(await count(pool, "SELECT count(*) AS n FROM thing WHERE name = 'NM-01001'")).toBe(1);

    for (const table of ["field_event", "field_activity", "sample", "observation"]) {
      expect(await count(pool, `SELECT count(*) AS n FROM "${table}" WHERE created_by_name = $1`, generated), table).toBe(1_000);
    }
    // 1,000 levels over 60 wells: 40 wells with 17, 20 wells with 16.
    const perWell = await pool.query<{ n: string; wells: string }>(
      `SELECT n, count(*) AS wells FROM (
         SELECT t.id, count(fe.id) AS n FROM thing t LEFT JOIN field_event fe ON fe.thing_id = t.id
         WHERE t.created_by_name = $1 GROUP BY t.id) x GROUP BY n ORDER BY n`,
      generated,
    );
    expect(perWell.rows.map((r) => [Number(r.n), Number(r.wells)])).toEqual([
      [16, 20],
      [17, 40],
    ]);

    const ranges = await pool.query<Record<string, boolean>>(
      `SELECT
         bool_and(l.latitude BETWEEN 31.4 AND 37.0 AND l.longitude BETWEEN -109.0 AND -103.0) AS coordinates,
         bool_and(l.elevation BETWEEN 1000 AND 3500) AS elevation,
         bool_and(t.well_depth BETWEEN 50 AND 1500 AND t.hole_depth >= t.well_depth) AS depths,
         bool_and(t.thing_type = 'water well') AS thing_type,
         bool_and(t.well_completion_date < t.first_visit_date) AS completed_before_visit
       FROM thing t
       JOIN location_thing_association a ON a.thing_id = t.id AND a.effective_end IS NULL
       JOIN location l ON l.id = a.location_id
       WHERE t.created_by_name = $1`,
      generated,
    );
    expect(ranges.rows[0]).toEqual({
      coordinates: true,
      elevation: true,
      depths: true,
      thing_type: true,
      completed_before_visit: true,
    });
    const perWellShape = await pool.query<Record<string, boolean>>(
      `SELECT
         bool_and(purposes BETWEEN 1 AND 2) AS purposes,
         bool_and(groups BETWEEN 1 AND 2) AS groups,
         bool_and(current_mp = 1) AS measuring_point
       FROM (
         SELECT t.id,
           (SELECT count(*) FROM well_purpose p WHERE p.thing_id = t.id) AS purposes,
           (SELECT count(*) FROM group_thing_association g WHERE g.thing_id = t.id) AS groups,
           (SELECT count(*) FROM measuring_point_history m WHERE m.thing_id = t.id AND m.end_date IS NULL) AS current_mp
         FROM thing t WHERE t.created_by_name = $1) x`,
      generated,
    );
    expect(perWellShape.rows[0]).toEqual({ purposes: true, groups: true, measuring_point: true });
    const statuses = await pool.query<{ release_status: string }>(
      "SELECT DISTINCT release_status FROM thing WHERE created_by_name = $1",
      generated,
    );
    expect(statuses.rows.map((r) => r.release_status)).toContain("public");
    expect(await invalidVocabularyValues(pool)).toEqual([]);

    await expect(generateDemoData(pool, { wells: 1, levels: 0 })).rejects.toThrow(/already generated/);
  });

  it("rejects invalid sizes", async () => {
    const db = await freshDatabase();
    await expect(generateDemoData(db.pool, { wells: -1, levels: 0 })).rejects.toThrow(RangeError);
    await expect(generateDemoData(db.pool, { wells: 0, levels: 10 })).rejects.toThrow(/at least one well/);
    expect(await generateDemoData(db.pool, { wells: 0, levels: 0 })).toEqual({ wells: 0, levels: 0 });
  });
});
