/**
 * The closed list of error codes (src/errors/errorCodes.ts) and the table of docs/errors.md stay in
 * step: every code the API answers with is documented, and the table documents no other code.
 */
import { readFile } from "node:fs/promises";

import { describe, expect, it } from "vitest";

import { ErrorCode } from "../src/errors/errorCodes.js";

describe("error codes", () => {
  it("docs/errors.md has one row for each code of the closed list, and no other", async () => {
    const doc = await readFile(new URL("../docs/errors.md", import.meta.url), "utf8");
    const documented = [...doc.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect([...documented].sort()).toEqual(Object.values(ErrorCode).sort());
  });
});
