/** The bodies of the ```graphql blocks of a Markdown text, with the line each starts on. */
export function graphqlBlocks(markdown: string): { line: number; source: string }[] {
  const blocks: { line: number; source: string }[] = [];
  const pattern = /^```graphql\n([\s\S]*?)^```/gm;
  for (let match = pattern.exec(markdown); match !== null; match = pattern.exec(markdown)) {
    blocks.push({ line: markdown.slice(0, match.index).split("\n").length, source: match[1] ?? "" });
  }
  return blocks;
}
