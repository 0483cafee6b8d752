/**
 * Whether a chemistry result exceeds its regulatory limit, and which limit applies, in SQL (the
 * latest-chemistry map layers compute both inside their one statement).
 *
 * Contract:
 * - The applicable limit of a parameter is its enforceable one: an MCL before any other limit
 *   type (SMCL, ...), then the lowest value, then the lowest id (Fluoride: MCL 4 mg/L, not its
 *   SMCL 2 mg/L; Total Dissolved Solids has only its SMCL, 500 mg/L).
 * - A result exceeds its limit when its value, in the limit's unit, is strictly greater than the
 *   limit. Same unit: compared as they are. Different units: both are converted to mg/L when
 *   both are mass concentrations this table knows (mg/L, µg/L, ug/L); otherwise the answer is
 *   null (not comparable), never a guess. "mg/L as N" counts as mg/L: the only limit reported as
 *   nitrogen, Nitrate (as N), is stated in mg/L of nitrogen.
 */
import { Prisma } from "../../generated/prisma/client.js";

/** Milligrams per litre in one of each unit. */
export const MG_PER_LITRE_IN: Readonly<Record<string, number>> = {
  "mg/L": 1,
  "mg/L as N": 1,
  "µg/L": 0.001,
  "ug/L": 0.001,
};

/** The applicable limit of parameter `parameterId` (an int SQL expression): columns limit_value, limit_unit, limit_type, limit_source. */
export function applicableLimitSql(parameterId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT rl.limit_value, rl.limit_unit, rl.limit_type, rl.limit_source
    FROM regulatory_limit rl
    WHERE rl.parameter_id = ${parameterId}
    ORDER BY (rl.limit_type = 'MCL') DESC NULLS LAST, rl.limit_value, rl.id
    LIMIT 1`;
}

/** Boolean SQL expression: `value` (float8, in `unit`) exceeds `limitValue` (in `limitUnit`); null when not comparable or a part is null. */
export function exceedsLimitSql(value: Prisma.Sql, unit: Prisma.Sql, limitValue: Prisma.Sql, limitUnit: Prisma.Sql): Prisma.Sql {
  const factors = JSON.stringify(MG_PER_LITRE_IN);
  return Prisma.sql`(CASE
    WHEN ${unit} = ${limitUnit} THEN ${value} > ${limitValue}
    ELSE ${value} * (${factors}::jsonb ->> ${unit})::float8 > ${limitValue} * (${factors}::jsonb ->> ${limitUnit})::float8
  END)`;
}
