/** The lint rule that keeps synchronous I/O out of the server (ADR 8). */
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
