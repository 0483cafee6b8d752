/**
 * Name of the template database for this tree: it changes whenever a migration or a seed file
 * changes, so a stale template is never reused.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export async function templateName(): Promise<string> {
  const hash = createHash("sha256");
  const files = [
    ...(await filesUnder(join(root, "prisma/migrations"))),
    ...(await filesUnder(join(root, "prisma/seed"))),
    ...(await filesUnder(join(root, "src/db/seed"))),
  ];
  for (const file of files) hash.update(file.slice(root.length)).update(await readFile(file));
  return `ocotillo_tpl_${hash.digest("hex").slice(0, 12)}`;
}
