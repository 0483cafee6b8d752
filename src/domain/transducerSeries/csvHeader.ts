/**
 * Splits a stream of CSV bytes into its header line and the rest, without buffering more than
 * the header's chunk; and maps the header's columns to the columns a reading needs.
 */
import type { ImportProblem } from "../imports/importResult.js";

export interface SplitStream {
  /** The header line, without BOM and line break; null when the stream is empty. */
  header: string | null;
  /** The bytes after the header line, as they arrive. */
  rest: AsyncGenerator<Buffer>;
}

/** Reads chunks until the first line break; `rest` yields the remainder and then the stream. */
export async function splitHeader(source: AsyncIterable<Buffer | string>): Promise<SplitStream> {
  const iterator = source[Symbol.asyncIterator]();
  let buffered = Buffer.alloc(0);
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    buffered = Buffer.concat([buffered, typeof next.value === "string" ? Buffer.from(next.value) : next.value]);
    const newline = buffered.indexOf(0x0a);
    if (newline !== -1) {
      const header = buffered.subarray(0, newline).toString("utf8");
      const remainder = buffered.subarray(newline + 1);
      return { header: clean(header), rest: restOf(remainder, iterator) };
    }
    if (buffered.length > 1 << 20) break; // no line break in the first MiB: not a header
  }
  const text = buffered.toString("utf8");
  return { header: text.trim() === "" ? null : clean(text), rest: restOf(Buffer.alloc(0), emptyIterator()) };
}

function clean(line: string): string {
  return line.replace(/^\uFEFF/, "").replace(/\r$/, "");
}

async function* restOf(first: Buffer, iterator: AsyncIterator<Buffer | string>): AsyncGenerator<Buffer> {
  if (first.length > 0) yield first;
  for (;;) {
    const next = await iterator.next();
    if (next.done) return;
    yield typeof next.value === "string" ? Buffer.from(next.value) : next.value;
  }
}

function emptyIterator(): AsyncIterator<Buffer> {
  return { next: async () => ({ done: true, value: undefined }) };
}

/** Accepted names of each column of a readings file (lower case). */
export const READING_COLUMNS = {
  timestamp: ["timestamp", "observation_datetime", "datetime", "date_time", "time"],
  value: ["value", "depth_to_water_ft"],
  note: ["note", "notes"],
} as const;

export interface ReadingHeader {
  /** Number of columns of the file. */
  width: number;
  /** 0-based positions of the reading columns (note may be absent). */
  timestamp: number;
  value: number;
  note: number | null;
}

function problem(kind: ImportProblem["kind"], message: string, extra: Partial<ImportProblem> = {}): ImportProblem {
  return { kind, row: null, field: null, value: null, message, ...extra };
}

/** The reading columns of a header line, or the structural problems of the header. */
export function readingHeader(line: string | null): { ok: true; header: ReadingHeader } | { ok: false; problems: ImportProblem[] } {
  if (line === null) return { ok: false, problems: [problem("EMPTY_FILE", "The file is empty")] };
  const commas = line.split(",").length - 1;
  for (const [char, name] of [
    [";", "semicolons"],
    ["\t", "tabs"],
  ] as const) {
    if (line.split(char).length - 1 > commas) {
      return { ok: false, problems: [problem("WRONG_DELIMITER", `The header is delimited by ${name}; use commas`, { value: char })] };
    }
  }
  const names = line.split(",").map((c) => c.trim().replace(/^"(.*)"$/, "$1").trim().toLowerCase());
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) problems.push(problem("DUPLICATE_COLUMN", `The column "${name}" appears more than once in the header`, { field: name, value: name }));
    seen.add(name);
  }
  const position = (accepted: readonly string[]) => names.findIndex((n) => accepted.includes(n));
  const timestamp = position(READING_COLUMNS.timestamp);
  const value = position(READING_COLUMNS.value);
  const note = position(READING_COLUMNS.note);
  if (timestamp === -1) {
    problems.push(problem("MISSING_COLUMNS", `The required column "timestamp" is missing (also accepted: ${READING_COLUMNS.timestamp.slice(1).join(", ")})`, { field: "timestamp" }));
  }
  if (value === -1) {
    problems.push(problem("MISSING_COLUMNS", `The required column "value" is missing (also accepted: ${READING_COLUMNS.value.slice(1).join(", ")})`, { field: "value" }));
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, header: { width: names.length, timestamp, value, note: note === -1 ? null : note } };
}
