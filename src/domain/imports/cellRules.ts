/**
 * Rules for single CSV cells. Each parser takes the trimmed cell text and returns the parsed
 * value, or a `CellFailure` whose message names the column and says what is expected. An empty
 * cell is `null` for every parser (presence is decided by the caller).
 */
import type { LexiconCache } from "../vocabulary/lexiconCache.js";

export interface CellFailure {
  failure: string;
}

export type Cell<T> = T | null | CellFailure;

export function isFailure<T>(cell: Cell<T>): cell is CellFailure {
  return cell !== null && typeof cell === "object" && "failure" in (cell as object);
}

const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))$/i;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An ISO 8601 date-time WITH a UTC offset ("2025-02-15T10:30:00-07:00", "...Z"); an instant. */
export function dateTimeCell(text: string, column: string): Cell<Date> {
  if (text === "") return null;
  const m = DATE_TIME.exec(text);
  const expected = `${column} must be an ISO 8601 date-time with a UTC offset, e.g. 2025-02-15T10:30:00-07:00`;
  if (!m) return { failure: expected };
  const [, y, mo, d, h, mi, s, , oh, om] = m;
  const valid =
    validDay(Number(y), Number(mo), Number(d)) &&
    Number(h) <= 23 &&
    Number(mi) <= 59 &&
    Number(s ?? 0) <= 59 &&
    Number(oh ?? 0) <= 23 &&
    Number(om ?? 0) <= 59;
  const at = new Date(text);
  return valid && !Number.isNaN(at.getTime()) ? at : { failure: `${column} is not a valid date-time: ${expected}` };
}

/** The calendar date a date-time cell was written in (its local date, before the offset). */
export function localDateOf(text: string): Date {
  return new Date(`${text.slice(0, 10)}T00:00:00Z`);
}

/** An ISO 8601 calendar date ("2025-02-15"), as UTC midnight. */
export function dateCell(text: string, column: string): Cell<Date> {
  if (text === "") return null;
  const m = DATE.exec(text);
  if (!m || !validDay(Number(m[1]), Number(m[2]), Number(m[3]))) {
    return { failure: `${column} must be an ISO 8601 date (YYYY-MM-DD), e.g. 2025-02-15` };
  }
  return new Date(`${text}T00:00:00Z`);
}

/** A decimal number. */
export function numberCell(text: string, column: string): Cell<number> {
  if (text === "") return null;
  const value = Number(text);
  return NUMBER.test(text) && Number.isFinite(value) ? value : { failure: `${column} must be a number` };
}

const TRUE = new Set(["true", "yes", "y", "1", "t"]);
const FALSE = new Set(["false", "no", "n", "0", "f"]);

/** A boolean: true/false, yes/no, y/n, 1/0, t/f (any case). */
export function booleanCell(text: string, column: string): Cell<boolean> {
  if (text === "") return null;
  const key = text.toLowerCase();
  if (TRUE.has(key)) return true;
  if (FALSE.has(key)) return false;
  return { failure: `${column} must be a boolean (true/false, yes/no, 1/0)` };
}

/** A term of a lexicon category (matched case-insensitively, aliases accepted), canonical spelling. */
export function termCell(text: string, column: string, category: string, lexicon: LexiconCache): Cell<string> {
  if (text === "") return null;
  const resolved = lexicon.resolve(category, text);
  return resolved.ok ? resolved.term : { failure: `${column}: ${resolved.message}` };
}

/** One of a fixed set of values (case-insensitive), in the set's spelling. */
export function choiceCell(text: string, column: string, choices: readonly string[]): Cell<string> {
  if (text === "") return null;
  const found = choices.find((c) => c.toLowerCase() === text.toLowerCase());
  return found ?? { failure: `${column} must be one of: ${choices.join(", ")}` };
}
