/**
 * Which regulatory limit a latest-chemistry map layer shows, in SQL (the layers compute it inside
 * their one statement; whether the result exceeds it is `compareWithLimit`'s rule, `exceedsLimitSql`).
 *
 * Contract: a layer shows one limit per parameter, its enforceable one: an MCL before any other
 * limit type (SMCL, ...), then the lowest value, then the lowest id (Fluoride: MCL 4 mg/L, not its
 * SMCL 2 mg/L; Total Dissolved Solids has only its SMCL, 500 mg/L). The GraphQL results instead
 * compare with every limit and name the highest one exceeded (`compareWithLimits`), which is the
 * MCL too whenever the MCL is exceeded.
 */
import { Prisma } from "../../generated/prisma/client.js";

/** The applicable limit of parameter `parameterId` (an int SQL expression): columns limit_value, limit_unit, limit_type, limit_source. */
export function applicableLimitSql(parameterId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT rl.limit_value, rl.limit_unit, rl.limit_type, rl.limit_source
    FROM regulatory_limit rl
    WHERE rl.parameter_id = ${parameterId}
    ORDER BY (rl.limit_type = 'MCL') DESC NULLS LAST, rl.limit_value, rl.id
    LIMIT 1`;
}
