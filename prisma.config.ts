// Prisma CLI configuration. Only `prisma generate` and `prisma validate` run through the CLI here;
// migrations run through the wasm schema engine (src/cli/dbMigrate.ts, ADR 2).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/ocotillo" },
});
