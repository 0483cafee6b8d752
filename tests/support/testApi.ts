/**
 * Runs GraphQL operations in-process against a test database, through the real schema,
 * resolvers, error masking and plugins, one fresh context (and so fresh loaders) per operation.
 */
import assert from "node:assert/strict";

import type { ApolloServer } from "@apollo/server";
import { pino } from "pino";

import { createContext, type Context } from "../../src/context.js";
import { LexiconCache } from "../../src/domain/vocabulary/lexiconCache.js";
import { createApolloServer } from "../../src/server/createApolloServer.js";
import { createTestDatabase, type TestDatabase } from "./testDatabase.js";

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  /** SQL statements the operation sent. */
  statements: number;
}

export interface TestApi {
  db: TestDatabase;
  apollo: ApolloServer<Context>;
  /** The lexicon cache of this API (loaded from the test database). */
  lexicon: LexiconCache;
  /** Runs one operation; never throws on GraphQL errors (they are in `errors`). */
  run<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

const silent = pino({ level: "silent" });

export async function createTestApi(): Promise<TestApi> {
  const db = await createTestDatabase();
  const lexicon = await LexiconCache.load(db.prisma);
  const apollo = await createApolloServer({ introspection: true, statementCount: db.statementCount, lexicon });
  await apollo.start();
  let sequence = 0;
  return {
    db,
    apollo,
    lexicon,
    run: async <T>(query: string, variables?: Record<string, unknown>) => {
      const before = db.statementCount();
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: createContext(db.prisma, silent, `test-${(sequence += 1)}`, { lexicon }) },
      );
      assert(response.body.kind === "single");
      const { data, errors } = response.body.singleResult;
      return {
        data: data as T | null | undefined,
        errors: errors as GraphQLResult["errors"],
        statements: db.statementCount() - before,
      };
    },
    close: async () => {
      await apollo.stop();
      await db.drop();
    },
  };
}
