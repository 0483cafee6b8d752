/**
 * The documentation's GraphQL examples are valid operations of the current schema (schema.graphql,
 * checked fresh in CI), so a reader who pastes one into the playground never meets a renamed
 * field or a missing argument: every ```graphql block of README.md and of every Markdown file
 * under docs/. Its relative links lead to files (and headings) that exist.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

import { buildSchema, getOperationAST, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";

import { graphqlBlocks } from "./support/markdownGraphql.js";

const root = fileURLToPath(new URL("..", import.meta.url));


/** README.md and every Markdown file under docs/, as paths relative to the repository root. */
async function documentationFiles(): Promise<string[]> {
  const docs = (await readdir(join(root, "docs"), { recursive: true }))
    .filter((name) => name.endsWith(".md"))
    .map((name) => join("docs", name))
    .sort();
  return ["README.md", ...docs];
}

async function readDoc(path: string): Promise<string | null> {
  return readFile(join(root, path), "utf8").catch(() => null);
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, "").replace(/ /g, "-");
}

function anchors(markdown: string): Set<string> {
  const outsideCode = markdown.replace(/^```[\s\S]*?^```/gm, "");
  return new Set([...outsideCode.matchAll(/^#{1,6} (.+)$/gm)].map((m) => anchorOf(m[1] ?? "")));
}

/** Relative Markdown links `[text](target)` outside code blocks and spans. */
function relativeLinks(markdown: string): string[] {
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? "").filter((target) => !/^[a-z]+:/.test(target));
}

describe("documentation examples", () => {
  it("are valid operations of the schema, in README.md and in every guide under docs/", async () => {
    const schema = buildSchema(await readFile(join(root, "schema.graphql"), "utf8"));
    const files = await documentationFiles();
    expect(files).toEqual(expect.arrayContaining(["README.md", "docs/querying.md", "docs/writing-and-errors.md", "docs/imports.md"]));
    const perFile = await Promise.all(
      files.map(async (file) => ({ file, blocks: graphqlBlocks((await readDoc(file)) ?? "") })),
    );
    const readme = perFile.find(({ file }) => file === "README.md")?.blocks ?? [];
    expect(readme.map(({ source }) => getOperationAST(parse(source))?.operation)).toEqual(["query", "mutation"]);
    expect(perFile.reduce((n, { blocks }) => n + blocks.length, 0)).toBeGreaterThanOrEqual(18);
    const problems = perFile.flatMap(({ file, blocks }) =>
      blocks.flatMap(({ line, source }) => validate(schema, parse(source)).map((error) => `${file}:${line}: ${error.message}`)),
    );
    expect(problems).toEqual([]);
  });

  it("link to files and headings that exist", async () => {
    const broken: string[] = [];
    for (const file of await documentationFiles()) {
      const text = (await readDoc(file)) ?? "";
      for (const link of relativeLinks(text)) {
        const [path = "", anchor] = link.split("#");
        const target = path === "" ? file : relative(root, join(root, file, "..", path));
        const targetText = target.endsWith("/") ? "" : await readDoc(target);
        if (targetText === null) broken.push(`${file}: ${link} (no such file)`);
        else if (anchor && target.endsWith(".md") && !anchors(targetText).has(anchor)) broken.push(`${file}: ${link} (no such heading)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("finds a block that does not fit the schema, and the anchor of a heading", () => {
    const schema = buildSchema(`"Root." type Query { "A." a: Int }`);
    const [block] = graphqlBlocks("text\n```graphql\n{ b }\n```\n");
    expect(block?.line).toBe(2);
    expect(validate(schema, parse(block?.source ?? "")).map((e) => e.message)).toEqual(['Cannot query field "b" on type "Query". Did you mean "a"?']);
    expect([...anchors("# Title\n```sh\n# not a heading\n```\n## Water-level series (hydrograph)\n")]).toEqual(["title", "water-level-series-hydrograph"]);
    expect(relativeLinks("see [a](docs/a.md#x), `[b](c.md)` and [web](https://example.org)")).toEqual(["docs/a.md#x"]);
  });
});
