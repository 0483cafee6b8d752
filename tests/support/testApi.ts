/**
 * Runs GraphQL operations in-process against a test database, through the real schema,
 * resolvers, error masking, limits and plugins (the mutation authorization among them), one fresh
 * context (and so fresh loaders) per operation, as a caller of a given role: by default an Admin
 * (every record, personal data, every mutation) without an identity (audit columns stay NULL),
 * so that tests about data see all of it; authorization and visibility tests pick the role.
 */
import assert from "node:assert/strict";

import type { ApolloServer } from "@apollo/server";
import { pino } from "pino";

import { ADMIN_CALLER, ANONYMOUS_CALLER, callerFromGroups, type Caller } from "../../src/auth/caller.js";
import { createContext, type Context, type ContextUser } from "../../src/context.js";
import { LexiconCache } from "../../src/domain/vocabulary/lexiconCache.js";
import { createApolloServer } from "../../src/server/createApolloServer.js";
import { createTestDatabase, type TestDatabase } from "./testDatabase.js";

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  /** SQL statements the operation sent. */
  statements: number;
}

/** Who a test operation runs as: no token, a token without a role, or a role (+pii: with the PII group). */
export type TestRole = "anonymous" | "no-role" | "viewer" | "viewer+pii" | "editor" | "editor+pii" | "admin";

export const TEST_ROLES: readonly TestRole[] = ["anonymous", "no-role", "viewer", "viewer+pii", "editor", "editor+pii", "admin"];

/** The caller of a test role, as a verified token with those groups would give it. */
export function callerFor(role: TestRole): Caller {
  switch (role) {
    case "anonymous":
      return ANONYMOUS_CALLER;
    case "no-role":
      return callerFromGroups(["Staff"]);
    case "viewer":
      return callerFromGroups(["Viewer"]);
    case "viewer+pii":
      return callerFromGroups(["Viewer", "PII"]);
    case "editor":
      return callerFromGroups(["Editor"]);
    case "editor+pii":
      return callerFromGroups(["Editor", "PII"]);
    case "admin":
      return ADMIN_CALLER;
  }
}

export interface RunOptions {
  /** The caller's role (default: the API's role, itself Admin unless createTestApi was told otherwise). */
  as?: TestRole;
  /** The caller's identity, for audit columns (default none). */
  user?: ContextUser | null;
}

export interface TestApi {
  db: TestDatabase;
  apollo: ApolloServer<Context>;
  /** The lexicon cache of this API (loaded from the test database). */
  lexicon: LexiconCache;
  /** Runs one operation; never throws on GraphQL errors (they are in `errors`). */
  run<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: RunOptions): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

const silent = pino({ level: "silent" });

export async function createTestApi(options: { role?: TestRole } = {}): Promise<TestApi> {
  const defaultRole = options.role ?? "admin";
  const db = await createTestDatabase();
  const lexicon = await LexiconCache.load(db.prisma);
  const apollo = await createApolloServer({ introspection: true, statementCount: db.statementCount, lexicon });
  await apollo.start();
  let sequence = 0;
  return {
    db,
    apollo,
    lexicon,
    run: async <T>(query: string, variables?: Record<string, unknown>, runOptions: RunOptions = {}) => {
      const before = db.statementCount();
      const caller = callerFor(runOptions.as ?? defaultRole);
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: createContext(db.prisma, silent, `test-${(sequence += 1)}`, { lexicon, caller, user: runOptions.user ?? null }) },
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

/**
 * Runs an operation as `api.run` does, and returns its data as a client receives it over HTTP
 * (JSON-serialised, so DateTime values are RFC 3339 strings).
 */
export async function runAsJson<T = Record<string, unknown>>(api: TestApi, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> {
  const result = await api.run<T>(query, variables);
  return { ...result, data: result.data === undefined ? undefined : (JSON.parse(JSON.stringify(result.data)) as T | null) };
}
