/**
 * The one input policy of every boundary (GraphQL arguments and variables, REST path and query
 * parameters, CSV cells, cursors): what a value must be for PostgreSQL to store or compare it.
 *
 * Contract: every function is total and pure, and returns the problem in words (to follow the
 * name of the argument: `Argument "name" <problem>`) or null when the value passes.
 * - Text: no NUL character (PostgreSQL text cannot hold one) and no unpaired UTF-16 surrogate
 *   (it has no UTF-8 encoding).
 * - Ids and other integer keys: within PostgreSQL's `integer` (int4).
 * - Times: from 0001-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z (four-digit years).
 * - JSON values: nested at most `maxDepth` levels, every string and key passing the text rule;
 *   walked without recursion, so no value can exhaust the stack.
 */

export const INT4_MIN = -2_147_483_648;
export const INT4_MAX = 2_147_483_647;

/** Earliest and latest instants the API accepts (PostgreSQL stores more; four-digit years only). */
export const EARLIEST_TIME_MS = Date.parse("0001-01-01T00:00:00.000Z");
export const LATEST_TIME_MS = Date.parse("9999-12-31T23:59:59.999Z");

/** Deepest nesting of a JSON input value (variables, JSON and GeoJSON arguments). */
export const MAX_INPUT_DEPTH = 64;

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` cannot be stored, or null. */
export function textProblem(text: string): string | null {
  if (text.includes("\u0000")) return "must not contain a NUL character (U+0000)";
  if (UNPAIRED_SURROGATE.test(text)) return "must not contain an unpaired surrogate (it is not valid Unicode)";
  return null;
}

/** Why `value` cannot be an `integer` column's value (an id, a cursor's id), or null. */
export function int4Problem(value: number): string | null {
  return Number.isInteger(value) && value >= INT4_MIN && value <= INT4_MAX
    ? null
    : `must be an integer between ${INT4_MIN} and ${INT4_MAX}`;
}

/** Why `time` cannot be a stored instant, or null. */
export function timeProblem(time: Date): string | null {
  const ms = time.getTime();
  if (Number.isNaN(ms)) return "must be a valid time";
  return ms >= EARLIEST_TIME_MS && ms <= LATEST_TIME_MS
    ? null
    : "must lie between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z";
}

export interface JsonProblem {
  /** Where in the value (object keys and list indexes), empty for the value itself. */
  path: (string | number)[];
  problem: string;
}

/** The first place where a JSON value breaks the policy (only its depth when `checkText` is false), or null. */
export function jsonProblem(value: unknown, maxDepth = MAX_INPUT_DEPTH, checkText = true): JsonProblem | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: current, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (typeof current === "string" && checkText) {
      const problem = textProblem(current);
      if (problem) return { path, problem };
      continue;
    }
    if (current === null || typeof current !== "object") continue;
    if (path.length >= maxDepth) return { path, problem: `must not be nested more than ${maxDepth} levels deep` };
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i -= 1) stack.push({ value: current[i] as unknown, path: [...path, i] });
      continue;
    }
    const entries = Object.entries(current as Record<string, unknown>);
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const [key, item] = entries[i] as [string, unknown];
      const keyProblem = checkText ? textProblem(key) : null;
      if (keyProblem) return { path: [...path, key], problem: `has a key that ${keyProblem}` };
      stack.push({ value: item, path: [...path, key] });
    }
  }
  return null;
}

/** `x.y[2]` for a JSON path, "" for the value itself. */
export function jsonPathText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}
