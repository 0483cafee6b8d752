/**
 * `compareWithLimit`'s verdict in SQL, for statements that must judge results themselves (the
 * latest-chemistry map layers). Derived from the TypeScript rule, not restated: the unit factors
 * are `MG_PER_L`, the non-detect flags `NON_DETECT_FLAGS`, the implicit basis `IMPLICIT_LIMIT_BASIS`;
 * the spelling steps repeat `parseUnit`'s. The same arithmetic (`value > limit × ratio`, ratio =
 * factor of the limit unit / factor of the result unit, in float8) gives the same answer for every
 * input; tests/compareWithLimitSql.test.ts checks that against the TypeScript functions.
 */
import { Prisma } from "../../generated/prisma/client.js";
import { IMPLICIT_LIMIT_BASIS, NON_DETECT_FLAGS } from "./compareWithLimit.js";
import { MG_PER_L } from "./convertConcentration.js";

const FACTORS = JSON.stringify(MG_PER_L);

/** `parseUnit` of a text SQL expression, as a relation (unit, basis) of one row. */
function parsedUnitSql(text: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT replace(split_part(n.s, ' as ', 1), ' ', '') AS unit,
      CASE WHEN strpos(n.s, ' as ') > 0 THEN replace(substr(n.s, strpos(n.s, ' as ') + 4), ' ', '') END AS basis
    FROM (SELECT regexp_replace(regexp_replace(lower(regexp_replace(${text}, ${"^\\s+|\\s+$"}, '', 'g')), ${"\\s+"}, ' ', 'g'),
      ${"[µu](?=\\s*g\\s*/)"}, 'μ') AS s) n`;
}

/** float8 SQL: `limitRatio(limitUnit, resultUnit)`'s ratio, or null when it refuses. */
export function limitRatioSql(limitUnit: Prisma.Sql, resultUnit: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(SELECT CASE
      WHEN r.basis IS NOT NULL AND r.basis <> ${IMPLICIT_LIMIT_BASIS} AND l.basis IS NULL THEN NULL
      WHEN r.basis IS NOT NULL AND l.basis IS NOT NULL AND r.basis <> l.basis THEN NULL
      WHEN l.unit = r.unit THEN 1::float8
      ELSE (${FACTORS}::jsonb ->> l.unit)::float8 / (${FACTORS}::jsonb ->> r.unit)::float8
    END
    FROM (${parsedUnitSql(limitUnit)}) l, (${parsedUnitSql(resultUnit)}) r)`;
}

/** Boolean SQL: `isNonDetect(flag)`. */
export function isNonDetectSql(flag: Prisma.Sql): Prisma.Sql {
  const text = Prisma.sql`lower(regexp_replace(coalesce(${flag}, ''), ${"^\\s+|\\s+$"}, '', 'g'))`;
  return Prisma.sql`(${text} LIKE '<%' OR ${text} = ANY(${[...NON_DETECT_FLAGS]}::text[]))`;
}

/** Boolean SQL: `compareWithLimit(result, limit).exceeds` (null: not comparable, or no limit). */
export function exceedsLimitSql(result: { value: Prisma.Sql; unit: Prisma.Sql; detectionFlag: Prisma.Sql }, limit: { value: Prisma.Sql; unit: Prisma.Sql }): Prisma.Sql {
  return Prisma.sql`(SELECT CASE
      WHEN ${result.value} IS NULL OR ${limit.value} IS NULL OR x.ratio IS NULL THEN NULL
      WHEN ${isNonDetectSql(result.detectionFlag)} THEN FALSE
      ELSE ${result.value} > ${limit.value} * x.ratio
    END
    FROM (SELECT ${limitRatioSql(limit.unit, result.unit)} AS ratio) x)`;
}
