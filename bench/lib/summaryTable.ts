/**
 * The summary of a run as a Markdown table, and its place in bench/README.md.
 *
 * Contract: `writeSummaryIntoReadme` replaces only the text between SUMMARY_START and SUMMARY_END
 * (appending both markers at the end when absent) and leaves the rest of the file as it is.
 */
import { readFile, writeFile } from "node:fs/promises";

import type { ScenarioResult } from "./scenario.js";

export const SUMMARY_START = "<!-- bench:summary:start (written by npm run bench) -->";
export const SUMMARY_END = "<!-- bench:summary:end -->";

const cell = (text: string) => text.replaceAll("|", "\\|");

export function summaryTable(results: ScenarioResult[]): string {
  const lines = ["| scenario | measurement | result | target | met |", "|---|---|---|---|---|"];
  for (const result of results) {
    result.summary.forEach((row, i) => {
      const met = row.met === null ? "" : row.met ? "yes" : "**no**";
      lines.push(`| ${i === 0 ? cell(result.title) : ""} | ${cell(row.measurement)} | ${cell(row.result)} | ${cell(row.target)} | ${met} |`);
    });
  }
  return lines.join("\n");
}

export async function writeSummaryIntoReadme(path: string, block: string): Promise<void> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    text = "# Benchmarks\n";
  }
  const start = text.indexOf(SUMMARY_START);
  const end = text.indexOf(SUMMARY_END);
  const replaced =
    start >= 0 && end > start
      ? `${text.slice(0, start + SUMMARY_START.length)}\n${block}\n${text.slice(end)}`
      : `${text.trimEnd()}\n\n${SUMMARY_START}\n${block}\n${SUMMARY_END}\n`;
  await writeFile(path, replaced);
}
