/** The lint rules: no synchronous I/O in the server (ADR 8), and one-way layers (issue 17). */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint();

async function messagesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.message);
}

describe("no synchronous I/O in src/", () => {
  it("rejects fs.*Sync and child_process.*Sync, called or imported", async () => {
    const code = [
      'import { readFileSync } from "node:fs";',
      'import * as cp from "node:child_process";',
      'import fs from "node:fs";',
      'export const a = readFileSync("x");',
      'export const b = cp.execSync("ls");',
      'export const c = fs.existsSync("x");',
    ].join("\n");
    expect(await messagesFor(code, "src/probe.ts")).toEqual([
      "Synchronous APIs block the event loop; import the asynchronous one.",
      "Synchronous calls block the event loop; use the asynchronous API.",
      "Synchronous calls block the event loop; use the asynchronous API.",
      "Synchronous calls block the event loop; use the asynchronous API.",
    ]);
  });

  it("allows the asynchronous APIs", async () => {
    const code = 'import { readFile } from "node:fs/promises";\nexport const a = await readFile("x");\n';
    expect(await messagesFor(code, "src/probe.ts")).toEqual([]);
  });
});

/** Rule ids and severities (2 error, 1 warning) of the messages for `code` at `filePath`. */
async function rulesFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.severity} ${m.ruleId}`);
}

describe("one-way layers (issue 17)", () => {
  it("refuses an import of src/runtime from any layer below it", async () => {
    const code = 'import { EXIT_CONFIG } from "../runtime/exitCodes.js";\nexport const a = EXIT_CONFIG;\n';
    for (const file of ["src/server/probe.ts", "src/db/probe.ts", "src/auth/probe.ts", "src/resolvers/probe.ts", "src/loaders/probe.ts", "src/schema/probe.ts"]) {
      expect(await rulesFor(code, file), file).toEqual(["2 no-restricted-imports"]);
    }
    expect(await rulesFor('import { EXIT_CONFIG } from "./runtime/exitCodes.js";\nexport const a = EXIT_CONFIG;\n', "src/config.ts")).toEqual(["2 no-restricted-imports"]);
    expect(await rulesFor('import { EXIT_CONFIG } from "../../runtime/exitCodes.js";\nexport const a = EXIT_CONFIG;\n', "src/domain/wells/probe.ts")).toEqual(["2 no-restricted-imports"]);
  });

  it("lets the entry points and the runtime itself import it", async () => {
    expect(await rulesFor('import { EXIT_CONFIG } from "./runtime/exitCodes.js";\nexport const a = EXIT_CONFIG;\n', "src/main.ts")).toEqual([]);
    expect(await rulesFor('import { EXIT_CONFIG } from "./exitCodes.js";\nexport const a = EXIT_CONFIG;\n', "src/runtime/probe.ts")).toEqual([]);
  });

  it("refuses what the domain imports of the API layer and of the loaders", async () => {
    const code = [
      'import { GraphQLError } from "graphql";',
      'import type { Resolvers } from "../../generated/graphql.js";',
      'import type { Context } from "../../context.js";',
      'import { once } from "../../server/once.js";',
      'import type { ApolloServer } from "@apollo/server";',
      'import type { Loaders } from "../../loaders/createLoaders.js";',
      'export type A = [GraphQLError, Resolvers, Context, typeof once, ApolloServer, Loaders];',
    ].join("\n");
    expect(await rulesFor(code, "src/domain/wells/probe.ts")).toEqual([
      "2 @typescript-eslint/no-restricted-imports",
      "2 import-x/no-restricted-paths",
      "2 import-x/no-restricted-paths",
      "2 import-x/no-restricted-paths",
      "2 @typescript-eslint/no-restricted-imports",
      "2 import-x/no-restricted-paths",
    ]);
    expect(await rulesFor('import type { Database } from "../../db/createDatabase.js";\nexport type A = Database;\n', "src/domain/wells/probe.ts")).toEqual([]);
  });
});
