/**
 * SQL statements one GraphQL operation sends, counted by running it once in-process through the
 * real schema and resolvers (createApolloServer, a fresh context and loaders) on the bench
 * database with the database handle's statement counter, as `caller` (default: anonymous, as the
 * load generators call).
 */
import { pino } from "pino";

import { ANONYMOUS_CALLER, type Caller } from "../../src/auth/caller.js";
import { createContext } from "../../src/context.js";
import { createDatabase } from "../../src/db/createDatabase.js";
import { LexiconCache } from "../../src/domain/vocabulary/lexiconCache.js";
import { createApolloServer } from "../../src/server/createApolloServer.js";

export async function countStatements(
  databaseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  caller: Caller = ANONYMOUS_CALLER,
): Promise<number> {
  const db = createDatabase({ url: databaseUrl, poolMax: 4, acquireTimeoutMs: 10_000, statementTimeoutMs: 0 });
  try {
    const lexicon = await LexiconCache.load(db.prisma);
    const apollo = await createApolloServer({ introspection: false, statementCount: db.statementCount, lexicon });
    await apollo.start();
    try {
      const before = db.statementCount();
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: createContext(db.prisma, pino({ level: "silent" }), "bench-statements", { lexicon, caller }) },
      );
      if (response.body.kind !== "single" || (response.body.singleResult.errors?.length ?? 0) > 0) {
        throw new Error(`statement count: the operation failed: ${JSON.stringify(response.body).slice(0, 500)}`);
      }
      return db.statementCount() - before;
    } finally {
      await apollo.stop();
    }
  } finally {
    await db.close();
  }
}
