/**
 * The SDL of the API: every `*.graphql` file of this folder, one per domain, concatenated with
 * `base.graphql` first (it declares the root types that the others extend). The compiled build
 * (dist/schema/) reads them from src/schema/ too: the SDL files are not copied into dist/.
 */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { buildASTSchema, concatAST, parse, type DocumentNode, type GraphQLSchema } from "graphql";

// src/schema/ from both src/schema/ and dist/schema/ (dist/ mirrors src/ at the same depth).
const schemaDir = fileURLToPath(new URL("../../src/schema/", import.meta.url));

export async function loadTypeDefs(): Promise<DocumentNode> {
  const files = (await readdir(schemaDir))
    .filter((f) => f.endsWith(".graphql"))
    .sort((a, b) => (a === "base.graphql" ? -1 : b === "base.graphql" ? 1 : a.localeCompare(b)));
  const documents = await Promise.all(
    files.map(async (f) => parse(await readFile(join(schemaDir, f), "utf8"), { noLocation: false })),
  );
  return concatAST(documents);
}

/** The schema without resolvers, for printing and tooling. */
export async function loadSchemaDefinition(): Promise<GraphQLSchema> {
  return buildASTSchema(await loadTypeDefs());
}
