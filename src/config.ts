/**
 * Server configuration: the only module that reads `process.env`.
 *
 * Contract: `parseConfig(env)` either returns a complete, typed `Config` or throws a
 * `ConfigError` listing every invalid setting at once (name, value, reason). Callers
 * pass overrides explicitly (tests do), and an explicit value always beats the environment.
 */
import { availableParallelism } from "node:os";

import { z } from "zod";

import { parseRoleGroups, type RoleGroups } from "./auth/roleGroups.js";
import { DEFAULT_QUERY_LIMITS } from "./defaultQueryLimits.js";

const booleanString = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

/** Largest asset upload unless ASSET_MAX_BYTES says otherwise: 250 MiB. */
export const DEFAULT_ASSET_MAX_BYTES = 250 * 1024 * 1024;

const port = z.coerce.number().int().min(0).max(65535);

const postgresUrl = z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(4000),
  DATABASE_URL: postgresUrl.optional(),
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
  EXECUTOR_THREADS: z.coerce.number().int().min(0).max(64).optional(),
  EXECUTOR_POOL_MAX: z.coerce.number().int().min(1).max(100).default(4),
  EXECUTOR_MIN_COST: z.coerce.number().int().min(0).default(1_000),
  AUTH_MODE: z.enum(["oidc", "dev", "bypass"]).optional(),
  OIDC_ISSUER: z.url().optional(),
  OIDC_AUDIENCE: z.string().min(1).optional(),
  OIDC_JWKS_URL: z.url().optional(),
  AUTH_ROLES_CLAIM: z.string().regex(/^[A-Za-z0-9_:-]+(\.[A-Za-z0-9_:-]+)*$/, "must be a claim name, dots for nesting").default("groups"),
  AUTH_DEV_KEYS_DIR: z.string().min(1).default(".data/dev-keys"),
  AUTH_ROLE_GROUPS: z.string().optional(),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(DEFAULT_QUERY_LIMITS.maxDepth),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).max(100_000_000).default(DEFAULT_QUERY_LIMITS.maxCost),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(0).max(10_000).default(DEFAULT_QUERY_LIMITS.maxAliases),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(DEFAULT_QUERY_LIMITS.maxTokens),
  GRAPHQL_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024 * 1024).default(DEFAULT_QUERY_LIMITS.maxBodyBytes),
  HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  DATABASE_READ_URL: postgresUrl.optional(),
  DATABASE_DIRECT_URL: postgresUrl.optional(),
  DATABASE_POOLER_MAX_CLIENT_CONN: z.coerce.number().int().min(1).optional(),
  OTEL_SDK_DISABLED: booleanString.default(false),
  OTEL_TRACES_EXPORTER: z.enum(["none", "otlp", "console"]).default("none"),
  OTEL_SERVICE_NAME: z.string().min(1).default("ocotillo-graphql"),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.url().optional(),
  OTEL_TRACES_SAMPLER: z
    .enum(["always_on", "always_off", "traceidratio", "parentbased_always_on", "parentbased_always_off", "parentbased_traceidratio"])
    .default("parentbased_always_on"),
  OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).optional(),
  ASSET_STORAGE: z.enum(["local", "s3"]).default("local"),
  ASSET_DIR: z.string().min(1).default(".data/assets"),
  ASSET_MAX_BYTES: z.coerce.number().int().min(1).max(2_147_483_647).default(DEFAULT_ASSET_MAX_BYTES),
  ASSET_URL_TTL_SECONDS: z.coerce.number().int().min(1).max(604_800).default(900),
  ASSET_URL_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  ASSET_URL_BASE: z.url().optional(),
  ASSET_S3_BUCKET: z.string().min(3).max(63).optional(),
  ASSET_S3_ENDPOINT: z.url().optional(),
  ASSET_S3_REGION: z.string().min(1).default("us-east-1"),
  ASSET_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  ASSET_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  ASSET_S3_FORCE_PATH_STYLE: booleanString.default(false),
});


export type NodeEnv = "development" | "test" | "production";

/**
 * How callers authenticate (src/auth): `oidc` verifies bearer tokens of the identity provider
 * against its JWKS; `dev` trusts tokens signed by the local development key (`npm run token`);
 * `bypass` treats every request as an Admin and exists only with NODE_ENV=development set explicitly.
 */
export type AuthConfig =
  | { mode: "oidc"; issuer: string; audience: string; jwksUrl: string; rolesClaim: string; roleGroups?: RoleGroups }
  | { mode: "dev"; issuer: string; audience: string; devKeysDir: string; rolesClaim: string; roleGroups?: RoleGroups }
  | { mode: "bypass" };

/** Audience of development tokens when OIDC_AUDIENCE is not set. */
export const DEV_AUDIENCE = "ocotillo-graphql";
/** Issuer of development tokens. */
export const DEV_TOKEN_ISSUER = "urn:ocotillo:dev";

/**
 * Where asset files are stored (src/storage): the local disk under `dir` (default), or an
 * S3-compatible bucket. Local downloads are signed with `urlSecret` (null: a random secret kept in
 * `<dir>/.url-secret`) and start with `urlBase` (null: root-relative URLs).
 */
export type AssetStorageConfig =
  | { kind: "local"; dir: string; urlSecret: string | null; urlBase: string | null }
  | {
      kind: "s3";
      bucket: string;
      endpoint: string | null;
      region: string;
      credentials: { accessKeyId: string; secretAccessKey: string } | null;
      forcePathStyle: boolean;
    };

/** The validated configuration of one server process. */
export interface Config {
  nodeEnv: NodeEnv;
  /** `requestTimeoutMs`: the deadline of every HTTP request (HTTP_REQUEST_TIMEOUT_MS), answered REQUEST_TIMEOUT. */
  http: { host: string; port: number; shutdownGraceMs: number; requestTimeoutMs: number };
  database:
    | { kind: "external"; url: string; isEmbeddedServer: boolean }
    | { kind: "embedded"; dataDir: string; seedDemo: boolean };
  pool: { max: number; acquireTimeoutMs: number; statementTimeoutMs: number };
  /** Server processes (WEB_CONCURRENCY): one per core against PostgreSQL, one on the embedded database. */
  workers: number;
  /**
   * Executor threads per process for heavy queries (src/runtime/executor, ADR "Keep the event loop free"):
   * `threads` (EXECUTOR_THREADS; default 1 against PostgreSQL, 0 on the embedded database), each with
   * a pool of `poolMax` connections (EXECUTOR_POOL_MAX); queries whose weight reaches `minCost`
   * (EXECUTOR_MIN_COST) run there.
   */
  executor: { threads: number; poolMax: number; minCost: number };
  /** What all processes together may open: an explicit number, or max_connections minus `reserve`. */
  connectionBudget: { explicit: number | null; reserve: number };
  graphql: { playground: boolean; introspection: boolean };
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** GraphQL operations slower than `slowOperationMs` are logged at warn level. */
  observability: { slowOperationMs: number };
  auth: AuthConfig;
  /** Query limits (src/server/limits, ADR): depth, cost, aliases, tokens, body size. */
  limits: { maxDepth: number; maxCost: number; maxAliases: number; maxTokens: number; maxBodyBytes: number };
  /** Asset files: storage, the upload size limit in bytes, the lifetime of download URLs. */
  assets: { storage: AssetStorageConfig; maxBytes: number; urlTtlSeconds: number };
  /**
   * Further servers of an external database (docs/replicas-and-pgbouncer.md, ADR 33): `read`
   * (DATABASE_READ_URL), a streaming replica that GraphQL queries and the read-only routes use;
   * `direct` (DATABASE_DIRECT_URL), the server itself when DATABASE_URL is a transaction pooler,
   * for what needs a session (the lexicon LISTEN); `poolerMaxClientConn`
   * (DATABASE_POOLER_MAX_CLIENT_CONN), the pooler's client limit the budget checks against.
   */
  databaseServers: { read: string | null; direct: string | null; poolerMaxClientConn: number | null };
  /** OpenTelemetry tracing (docs/tracing.md, ADR 34), from the standard OTEL_* variables; off unless an exporter is named. */
  tracing: TracingConfig;
}

/** Tracing settings; `exporter: "none"` (the default) loads no OpenTelemetry SDK at all. */
export interface TracingConfig {
  exporter: "none" | "otlp" | "console";
  serviceName: string;
  /** OTLP/HTTP traces endpoint (OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, else OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces). */
  otlpTracesEndpoint: string | null;
  sampler: "always_on" | "always_off" | "traceidratio" | "parentbased_always_on" | "parentbased_always_off" | "parentbased_traceidratio";
  /** Ratio of the traceidratio samplers (default 1). */
  samplerRatio: number;
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
  const auth = parseAuth(e, present.NODE_ENV === "development");
  const serverProblems = [
    ...(e.DATABASE_READ_URL && !e.DATABASE_URL ? ["DATABASE_READ_URL: needs DATABASE_URL (the embedded database has no replica)"] : []),
    ...(e.DATABASE_DIRECT_URL && !e.DATABASE_URL ? ["DATABASE_DIRECT_URL: needs DATABASE_URL (the pooler it bypasses)"] : []),
  ];
  if (serverProblems.length > 0) throw new ConfigError(serverProblems);
  const otlpBase = e.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, "");
  const assetStorage = parseAssetStorage(e);
  return {
    nodeEnv: e.NODE_ENV,
    http: { host: e.HOST, port: e.PORT, shutdownGraceMs: e.SHUTDOWN_GRACE_MS, requestTimeoutMs: e.HTTP_REQUEST_TIMEOUT_MS },
    database: e.DATABASE_URL
      ? { kind: "external", url: e.DATABASE_URL, isEmbeddedServer: e.OCOTILLO_EMBEDDED_DATABASE }
      : { kind: "embedded", dataDir: e.EMBEDDED_DATA_DIR, seedDemo: e.EMBEDDED_SEED_DEMO },
    workers: e.WEB_CONCURRENCY ?? (e.DATABASE_URL ? availableParallelism() : 1),
    executor: {
      threads: e.EXECUTOR_THREADS ?? (e.DATABASE_URL && !e.OCOTILLO_EMBEDDED_DATABASE ? 1 : 0),
      poolMax: e.EXECUTOR_POOL_MAX,
      minCost: e.EXECUTOR_MIN_COST,
    },
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
    auth,
    limits: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxCost: e.GRAPHQL_MAX_COST,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxTokens: e.GRAPHQL_MAX_TOKENS,
      maxBodyBytes: e.GRAPHQL_MAX_BODY_BYTES,
    },
    databaseServers: {
      read: e.DATABASE_READ_URL ?? null,
      direct: e.DATABASE_DIRECT_URL ?? null,
      poolerMaxClientConn: e.DATABASE_POOLER_MAX_CLIENT_CONN ?? null,
    },
    tracing: {
      exporter: e.OTEL_SDK_DISABLED ? "none" : e.OTEL_TRACES_EXPORTER,
      serviceName: e.OTEL_SERVICE_NAME,
      otlpTracesEndpoint: e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (otlpBase ? `${otlpBase}/v1/traces` : null),
      sampler: e.OTEL_TRACES_SAMPLER,
      samplerRatio: e.OTEL_TRACES_SAMPLER_ARG ?? 1,
    },
    assets: { storage: assetStorage, maxBytes: e.ASSET_MAX_BYTES, urlTtlSeconds: e.ASSET_URL_TTL_SECONDS },
  };
}

/**
 * The asset storage settings: `local` (default) or `s3`, which needs ASSET_S3_BUCKET; static
 * credentials are both ASSET_S3_ACCESS_KEY_ID and ASSET_S3_SECRET_ACCESS_KEY, or neither (the
 * SDK's default chain).
 * @throws ConfigError naming every problem.
 */
function parseAssetStorage(e: z.infer<typeof envSchema>): AssetStorageConfig {
  if (e.ASSET_STORAGE === "local") {
    return { kind: "local", dir: e.ASSET_DIR, urlSecret: e.ASSET_URL_SECRET ?? null, urlBase: e.ASSET_URL_BASE ?? null };
  }
  const problems: string[] = [];
  if (!e.ASSET_S3_BUCKET) problems.push("ASSET_S3_BUCKET=null: required with ASSET_STORAGE=s3");
  if ((e.ASSET_S3_ACCESS_KEY_ID === undefined) !== (e.ASSET_S3_SECRET_ACCESS_KEY === undefined)) {
    problems.push("ASSET_S3_ACCESS_KEY_ID and ASSET_S3_SECRET_ACCESS_KEY: give both, or neither (the SDK's default credentials)");
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    kind: "s3",
    bucket: e.ASSET_S3_BUCKET ?? "",
    endpoint: e.ASSET_S3_ENDPOINT ?? null,
    region: e.ASSET_S3_REGION,
    credentials:
      e.ASSET_S3_ACCESS_KEY_ID && e.ASSET_S3_SECRET_ACCESS_KEY
        ? { accessKeyId: e.ASSET_S3_ACCESS_KEY_ID, secretAccessKey: e.ASSET_S3_SECRET_ACCESS_KEY }
        : null,
    forcePathStyle: e.ASSET_S3_FORCE_PATH_STYLE,
  };
}

/**
 * The authentication settings. AUTH_MODE defaults to `oidc` in production and `dev` elsewhere;
 * production accepts only `oidc`; `bypass` needs NODE_ENV=development set explicitly (an unset
 * NODE_ENV must not open the server); `oidc` needs OIDC_ISSUER and OIDC_AUDIENCE, and takes its
 * keys from OIDC_JWKS_URL, by default `<issuer>/jwks/` (Authentik's layout). AUTH_ROLE_GROUPS, when
 * set, maps the provider's group names to roles (src/auth/roleGroups.ts); a bad value is refused.
 * @throws ConfigError naming every problem.
 */
function parseAuth(e: z.infer<typeof envSchema>, developmentExplicit: boolean): AuthConfig {
  const mode = e.AUTH_MODE ?? (e.NODE_ENV === "production" ? "oidc" : "dev");
  const problems: string[] = [];
  if (mode !== "oidc" && e.NODE_ENV === "production") {
    problems.push(`AUTH_MODE="${mode}": refused with NODE_ENV=production; production verifies tokens of the identity provider (AUTH_MODE=oidc)`);
  } else if (mode === "bypass" && !developmentExplicit) {
    problems.push(`AUTH_MODE="bypass": allowed only with NODE_ENV=development set explicitly (NODE_ENV is ${e.NODE_ENV})`);
  }
  if (mode === "oidc") {
    if (!e.OIDC_ISSUER) problems.push("OIDC_ISSUER=null: required with AUTH_MODE=oidc (the identity provider's issuer URL)");
    if (!e.OIDC_AUDIENCE) problems.push("OIDC_AUDIENCE=null: required with AUTH_MODE=oidc (this API's client id at the identity provider)");
  }
  const parsedGroups = e.AUTH_ROLE_GROUPS === undefined ? { groups: undefined } : parseRoleGroups(e.AUTH_ROLE_GROUPS);
  if ("problems" in parsedGroups) {
    problems.push(
      `AUTH_ROLE_GROUPS=${JSON.stringify(e.AUTH_ROLE_GROUPS)}: ${parsedGroups.problems.join("; ")} ` +
        `(expected comma-separated group=grant entries, grants Admin, Editor, Viewer or PII joined by +, e.g. "AMP.Admin=Admin,AMP.Editor=Editor")`,
    );
  }
  if (problems.length > 0 || "problems" in parsedGroups) throw new ConfigError(problems);
  // Absent: the default mapping (each role's own name) of callerFromGroups.
  const roleGroups = parsedGroups.groups === undefined ? {} : { roleGroups: parsedGroups.groups };
  if (mode === "bypass") return { mode };
  if (mode === "dev") {
    return {
      mode,
      issuer: DEV_TOKEN_ISSUER,
      audience: e.OIDC_AUDIENCE ?? DEV_AUDIENCE,
      devKeysDir: e.AUTH_DEV_KEYS_DIR,
      rolesClaim: e.AUTH_ROLES_CLAIM,
      ...roleGroups,
    };
  }
  const issuer = e.OIDC_ISSUER ?? "";
  return {
    mode,
    issuer,
    audience: e.OIDC_AUDIENCE ?? "",
    jwksUrl: e.OIDC_JWKS_URL ?? `${issuer.replace(/\/+$/, "")}/jwks/`,
    rolesClaim: e.AUTH_ROLES_CLAIM,
    ...roleGroups,
  };
}
