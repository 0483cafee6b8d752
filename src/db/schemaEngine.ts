/**
 * Prisma's schema engine, run as WebAssembly over a driver adapter (ADR 2).
 *
 * The native engine cannot be downloaded on our machines; the wasm build of the same engine
 * (same commit as the CLI) applies migrations exactly as `prisma migrate deploy` does and
 * records them in `_prisma_migrations`, so a machine with the native engine agrees with ours.
 */
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type {
  MigrationList,
  SchemaContainer,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm";

// The project root from src/db/ and from the compiled dist/db/ alike (ADR 32).
const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** Where the Prisma schema and migration history live. */
export const prismaPaths = {
  schema: join(projectRoot, "prisma", "schema.prisma"),
  migrations: join(projectRoot, "prisma", "migrations"),
  configDir: projectRoot,
} as const;

/** No externally managed tables or enums: the migrations own the whole `public` schema. */
export const noSchemaFilter: SchemaFilter = { externalTables: [], externalEnums: [] };

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let engineModule: Promise<EngineModule> | undefined;

async function loadEngineModule(): Promise<EngineModule> {
  const bindings: EngineModule = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const require = createRequire(import.meta.url);
  const wasmPath = join(
    dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")),
    "schema_engine_bg.wasm",
  );
  const module = await WebAssembly.compile(await readFile(wasmPath));
  const instance = await WebAssembly.instantiate(module, { "./schema_engine_bg.js": bindings });
  const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
  bindings.__wbg_set_wasm(exports);
  exports.__wbindgen_start();
  return bindings;
}

/**
 * Opens a schema engine over the given adapter factory. The caller must `free()` it.
 * The wasm module is compiled once per process.
 */
export async function openSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  log: (message: string) => void = () => {},
): Promise<SchemaEngine> {
  engineModule ??= loadEngineModule();
  const { SchemaEngine } = await engineModule;
  return SchemaEngine.new(
    { datamodels: undefined },
    (message: string) => log(message),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

/** The Prisma schema files, as the engine takes them. */
export async function readSchemaFiles(): Promise<SchemaContainer[]> {
  return [{ path: prismaPaths.schema, content: await readFile(prismaPaths.schema, "utf8") }];
}

/** The committed migration history, in the order Prisma applies it (directory names sorted). */
export async function readMigrationList(): Promise<MigrationList> {
  const entries = await readdir(prismaPaths.migrations, { withFileTypes: true });
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = join(prismaPaths.migrations, "migration_lock.toml");
  const lockContent = await readFile(lockPath, "utf8").catch(() => null);
  return {
    baseDir: prismaPaths.migrations,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (dir) => ({
        path: dir,
        migrationFile: {
          path: "migration.sql",
          content: {
            tag: "ok" as const,
            value: await readFile(join(prismaPaths.migrations, dir, "migration.sql"), "utf8"),
          },
        },
      })),
    ),
  };
}
