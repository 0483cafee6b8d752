/**
 * npm run codegen:check
 *
 * Regenerates the Prisma client, schema.graphql, the resolver types and the typed client
 * (clients/typescript/src/gql), and fails (exit 1, naming the files) when the result differs
 * from what is in the tree: generated code must be committed as `npm run generate` produces it.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { promisify } from "node:util";

const root = new URL("..", import.meta.url).pathname;
const generated = [join(root, "src/generated"), join(root, "schema.graphql"), join(root, "clients/typescript/src/gql")];

async function snapshot(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const target of generated) {
    const entries = await readdir(target, { recursive: true, withFileTypes: true }).catch(() => null);
    const paths = entries
      ? entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name))
      : [target];
    for (const path of paths) {
      const content = await readFile(path).catch(() => null);
      if (content) files.set(relative(root, path), createHash("sha256").update(content).digest("hex"));
    }
  }
  return files;
}

const before = await snapshot();
await promisify(execFile)("npm", ["run", "--silent", "generate"], { cwd: root });
const after = await snapshot();
const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
if (changed.length > 0) {
  console.error(`Generated code was stale (now regenerated):\n  ${changed.join("\n  ")}\nCommit the result of \`npm run generate\`.`);
  process.exit(1);
}
console.log(`Generated code is up to date (${after.size} files).`);
