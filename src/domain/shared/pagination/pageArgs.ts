/**
 * Relay pagination arguments: validation and opaque keyset cursors.
 *
 * Contract: `first` defaults to DEFAULT_PAGE_SIZE and must lie in [0, MAX_PAGE_SIZE]; a cursor is
 * an opaque base64url string that encodes the sort key of an edge, id last. A decoded cursor
 * passes the input policy (inputPolicy.ts): its id is an int4, its strings are storable text, its
 * times (`cursorTime`) storable instants. `offset` (page jumps of data grids) defaults to 0, must
 * lie in [0, MAX_OFFSET] and cannot be combined with `after`. Anything else is a
 * InvalidArgumentError naming the argument; nothing reaches the database.
 */
import { InvalidArgumentError } from "../domainErrors.js";
import { int4Problem, textProblem, timeProblem } from "../validation/inputPolicy.js";

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 1_000;
/** Most rows a page jump may skip: deeper pages are reached with cursors or a narrower filter. */
export const MAX_OFFSET = 10_000;

/** A cursor's content: the values of the sort key of one edge, id last. */
export type CursorKey = readonly (string | number | null)[];

export interface PageRequest {
  /** Number of edges to return. */
  take: number;
  /** Sort key of the edge after which the page starts, or null for the first page. */
  after: CursorKey | null;
  /** Rows of the ordering skipped before the page (a grid's page jump); absent means 0. */
  offset?: number;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, argument = "after"): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((v) => v === null || (typeof v === "string" && textProblem(v) === null) || typeof v === "number") &&
      typeof value.at(-1) === "number" &&
      int4Problem(value.at(-1) as number) === null
    ) {
      return value as CursorKey;
    }
  } catch {
    // fall through to the error below
  }
  throw new InvalidArgumentError(`Argument "${argument}" is not a valid cursor`, { argument });
}

/** The time a cursor holds (an ISO string), or null when it is not a storable instant. */
export function cursorTime(value: unknown): Date | null {
  if (typeof value !== "string") return null;
  const time = new Date(value);
  return timeProblem(time) === null ? time : null;
}

export function parsePageRequest(
  args: { first?: number | null; after?: string | null; offset?: number | null },
  maxPageSize = MAX_PAGE_SIZE,
): PageRequest {
  const take = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(take) || take < 0 || take > maxPageSize) {
    throw new InvalidArgumentError(
      `Argument "first" must be between 0 and ${maxPageSize} (got ${take})`,
      { argument: "first", limit: maxPageSize },
    );
  }
  const offset = parseOffset(args.offset, Boolean(args.after));
  return { take, after: args.after ? decodeCursor(args.after) : null, offset };
}

function parseOffset(offset: number | null | undefined, withAfter: boolean): number {
  if (offset === null || offset === undefined) return 0;
  if (!Number.isInteger(offset) || offset < 0 || offset > MAX_OFFSET) {
    throw new InvalidArgumentError(
      `Argument "offset" must be between 0 and ${MAX_OFFSET} (got ${offset}); page through deeper rows with "after" or narrow the filter`,
      { argument: "offset", limit: MAX_OFFSET },
    );
  }
  if (withAfter) {
    throw new InvalidArgumentError(`Arguments "offset" and "after" cannot be combined: jump to a page with "offset", or continue from a cursor with "after"`, {
      argument: "offset",
    });
  }
  return offset;
}

/** Rows to skip before the page (0 without a page jump). */
export function offsetOf(page: PageRequest): number {
  return page.offset ?? 0;
}
