/**
 * Server configuration: the only module that reads `process.env`.
 *
 * Contract: `parseConfig(env)` either returns a complete, typed `Config` or throws a
 * `ConfigError` listing every invalid setting at once (name, value, reason). Callers
 * pass overrides explicitly (tests do), and an explicit value always beats the environment.
 */
import { availableParallelism } from "node:os";

import { z } from "zod";

const booleanString = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const port = z.coerce.number().int().min(0).max(65535);

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL")
    .optional(),
  EMBEDDED_DATA_DIR: z.string().min(1).default(".data/pglite"),
  EMBEDDED_SEED_DEMO: booleanString.default(true),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  DATABASE_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(1).max(60_000).default(2_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(15_000),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  GRAPHQL_PLAYGROUND: booleanString.optional(),
  GRAPHQL_INTROSPECTION: booleanString.optional(),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  SLOW_OPERATION_MS: z.coerce.number().int().min(0).max(3_600_000).default(500),
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(256).optional(),
  DATABASE_CONNECTION_BUDGET: z.coerce.number().int().min(1).optional(),
  DATABASE_RESERVED_CONNECTIONS: z.coerce.number().int().min(0).default(5),
  /** Set by the primary process for its workers: the database URL is the embedded database's. */
  OCOTILLO_EMBEDDED_DATABASE: booleanString.default(false),
});

export type NodeEnv = "development" | "test" | "production";

/** The validated configuration of one server process. */
export interface Config {
  nodeEnv: NodeEnv;
  http: { host: string; port: number; shutdownGraceMs: number };
  database:
    | { kind: "external"; url: string; isEmbeddedServer: boolean }
    | { kind: "embedded"; dataDir: string; seedDemo: boolean };
  pool: { max: number; acquireTimeoutMs: number; statementTimeoutMs: number };
  /** Server processes (WEB_CONCURRENCY): one per core against PostgreSQL, one on the embedded database. */
  workers: number;
  /** What all processes together may open: an explicit number, or max_connections minus `reserve`. */
  connectionBudget: { explicit: number | null; reserve: number };
  graphql: { playground: boolean; introspection: boolean };
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** GraphQL operations slower than `slowOperationMs` are logged at warn level. */
  observability: { slowOperationMs: number };
}

/** Thrown when one or more settings are invalid; `message` names each of them. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Parses and validates the configuration. Empty strings count as unset.
 * @throws ConfigError naming every invalid setting.
 */
export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ""),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join(".");
        return `${name}=${JSON.stringify(present[name] ?? null)}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === "production";
  return {
    nodeEnv: e.NODE_ENV,
    http: { host: e.HOST, port: e.PORT, shutdownGraceMs: e.SHUTDOWN_GRACE_MS },
    database: e.DATABASE_URL
      ? { kind: "external", url: e.DATABASE_URL, isEmbeddedServer: e.OCOTILLO_EMBEDDED_DATABASE }
      : { kind: "embedded", dataDir: e.EMBEDDED_DATA_DIR, seedDemo: e.EMBEDDED_SEED_DEMO },
    workers: e.WEB_CONCURRENCY ?? (e.DATABASE_URL ? availableParallelism() : 1),
    connectionBudget: { explicit: e.DATABASE_CONNECTION_BUDGET ?? null, reserve: e.DATABASE_RESERVED_CONNECTIONS },
    pool: {
      max: e.DATABASE_POOL_MAX,
      acquireTimeoutMs: e.DATABASE_ACQUIRE_TIMEOUT_MS,
      statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
    },
    graphql: {
      playground: e.GRAPHQL_PLAYGROUND ?? !isProduction,
      introspection: e.GRAPHQL_INTROSPECTION ?? !isProduction,
    },
    logLevel: e.LOG_LEVEL,
    observability: { slowOperationMs: e.SLOW_OPERATION_MS },
  };
}
