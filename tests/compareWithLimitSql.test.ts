/**
 * The SQL form of the chemistry exceedance rule (ADR 28) gives `compareWithLimit`'s verdict for
 * every combination of spelled units, values, limits and detection flags, against real PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { Prisma } from "../src/generated/prisma/client.js";
import { compareWithLimit, limitRatio } from "../src/domain/chemistry/compareWithLimit.js";
import { exceedsLimitSql, limitRatioSql } from "../src/domain/chemistry/compareWithLimitSql.js";
import { createTestDatabase, type TestDatabase } from "./support/testDatabase.js";

const UNITS = [
  "mg/L", " MG/L ", "mg / l", "µg/L", "μg/L", "ug/L", "UG / L", "g/L", "ng/L", "ppm", "ppb", "ppt",
  "mg/L as N", "mg/l  AS  n", "µg/L as N", "mg/L as NO3", "mg/L as CaCO3", "μS/cm", "pH units", "epm",
];
const FLAGS = [null, "", "<", " <0.1", "ND", "nd", "U", "BDL", "J", "E"];

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db.drop();
});

describe("compareWithLimitSql", () => {
  it("gives limitRatio's ratio, or null where it refuses, for every pair of spellings", async () => {
    const pairs = UNITS.flatMap((limit) => UNITS.map((result) => ({ limit, result })));
    const rows = await db.prisma.$queryRaw<{ i: bigint; ratio: number | null }[]>(Prisma.sql`
      SELECT p.i, ${limitRatioSql(Prisma.sql`p.limit_unit`, Prisma.sql`p.result_unit`)} AS ratio
      FROM unnest(${pairs.map((p) => p.limit)}::text[], ${pairs.map((p) => p.result)}::text[]) WITH ORDINALITY AS p(limit_unit, result_unit, i)
      ORDER BY p.i`);
    const expected = pairs.map(({ limit, result }) => {
      const ratio = limitRatio(limit, result);
      return [limit, result, ratio.ok ? ratio.ratio : null];
    });
    expect(rows.map((r, k) => [pairs[k]?.limit, pairs[k]?.result, r.ratio])).toEqual(expected);
    expect(expected.filter(([, , ratio]) => ratio === null).length).toBeGreaterThan(50);
    expect(expected.filter(([, , ratio]) => ratio === 1000).length).toBeGreaterThan(10);
  });

  it("gives compareWithLimit's exceeds for values around the limit, flags and units", async () => {
    const cases = UNITS.flatMap((unit) =>
      [0.0099, 0.01, 0.0101, 9.99, 10, 10.01, 30, 31].flatMap((value) =>
        FLAGS.map((flag) => ({ value, unit, flag, limit: 0.01, limitUnit: "mg/L" })),
      ),
    ).concat([{ value: 31, unit: "µg/L", flag: null, limit: 0.03, limitUnit: "mg/L" }, { value: 30, unit: "µg/L", flag: null, limit: 0.03, limitUnit: "mg/L" }]);
    const rows = await db.prisma.$queryRaw<{ exceeds: boolean | null }[]>(Prisma.sql`
      SELECT ${exceedsLimitSql(
        { value: Prisma.sql`c.value`, unit: Prisma.sql`c.unit`, detectionFlag: Prisma.sql`c.flag` },
        { value: Prisma.sql`c.limit_value`, unit: Prisma.sql`c.limit_unit` },
      )} AS exceeds
      FROM unnest(${cases.map((c) => c.value)}::float8[], ${cases.map((c) => c.unit)}::text[], ${cases.map((c) => c.flag)}::text[],
        ${cases.map((c) => c.limit)}::float8[], ${cases.map((c) => c.limitUnit)}::text[]) WITH ORDINALITY AS c(value, unit, flag, limit_value, limit_unit, i)
      ORDER BY c.i`);
    const expected = cases.map((c) => compareWithLimit({ value: c.value, unit: c.unit, detectionFlag: c.flag }, { id: 1, value: c.limit, unit: c.limitUnit }).exceeds);
    expect(rows.map((r) => r.exceeds)).toEqual(expected);
    expect(expected.slice(-2)).toEqual([true, false]);
    expect(new Set(expected)).toEqual(new Set([true, false, null]));
  });

  it("refuses a basis other than N against a limit that states none, in TypeScript too", () => {
    expect(compareWithLimit({ value: 900, unit: "mg/L as CaCO3" }, { id: 1, value: 500, unit: "mg/L" })).toEqual({
      comparable: false,
      exceeds: null,
      valueInLimitUnit: null,
      reason: "mg/L as CaCO3 cannot be compared with a limit in mg/L: the limit states no basis",
    });
    expect(compareWithLimit({ value: 12, unit: "mg/L as N" }, { id: 1, value: 10, unit: "mg/L" }).exceeds).toBe(true);
  });
});
