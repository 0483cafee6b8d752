/**
 * Decides what a caller may see of an error that reached the top level.
 *
 * Contract: total (never throws, whatever it is given). Codes this API or GraphQL produce on
 * purpose pass through ("public"). Otherwise the error is recognised by what it is — the SQLSTATE
 * of a PostgreSQL error, the `code` of a Node socket error, the `kind` of a Prisma driver-adapter
 * error, a Prisma error code — found on the error or anywhere in its `cause` /
 * `meta.driverAdapterError` chain:
 * - "unavailable": the database cannot be reached, closed the connection (SQLSTATE class 08,
 *   57P01-57P03, socket errors, adapter kinds DatabaseNotReachable/ConnectionClosed/SocketTimeout,
 *   `ConnectionLostError` of lostConnections.ts, which also covers the pool's acquire timeout), is
 *   saturated (53300, P2024) or cancelled the statement (57014, the statement timeout);
 * - "invalid-input": a PostgreSQL data exception (SQLSTATE class 22: a value out of range, a NUL
 *   byte, a bad datetime) — the request carried a value the database cannot take; the read-side
 *   backstop behind the input policy;
 * - "internal": anything else, a fault of ours.
 */
import { ErrorCode } from "./errorCodes.js";

/** Codes whose messages are written for the caller and may be shown verbatim. */
const PUBLIC_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.CONFLICT,
  ErrorCode.SERVICE_UNAVAILABLE,
  ErrorCode.REQUEST_TIMEOUT,
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_REQUEST,
  ErrorCode.OPERATION_RESOLUTION_FAILURE,
  ErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
]);

const UNAVAILABLE_SQLSTATES = new Set(["57014", "57P01", "57P02", "57P03", "53300"]);
const UNAVAILABLE_SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH"]);
const UNAVAILABLE_ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

export type ErrorClass = "public" | "invalid-input" | "unavailable" | "internal";

export interface ErrorFacts {
  /** SQLSTATEs, socket error codes and Prisma codes found on the error and its causes. */
  codes: string[];
  /** Driver-adapter error kinds. */
  kinds: string[];
}

/** What the error and its causes say about themselves (at most 6 levels deep). */
export function errorFacts(error: unknown): ErrorFacts {
  const facts: ErrorFacts = { codes: [], kinds: [] };
  const queue: { value: unknown; depth: number }[] = [{ value: error, depth: 0 }];
  while (queue.length > 0) {
    const { value, depth } = queue.shift() as { value: unknown; depth: number };
    if (value === null || typeof value !== "object" || depth > 6) continue;
    const e = value as Record<string, unknown>;
    for (const key of ["code", "originalCode"]) if (typeof e[key] === "string") facts.codes.push(e[key]);
    if (typeof e.kind === "string") facts.kinds.push(e.kind);
    const meta = e.meta as Record<string, unknown> | undefined;
    for (const next of [e.cause, meta?.driverAdapterError, e.originalError]) {
      if (next !== undefined) queue.push({ value: next, depth: depth + 1 });
    }
  }
  return facts;
}

export function classifyError(code: unknown, original: unknown): ErrorClass {
  try {
    if (typeof code === "string" && PUBLIC_CODES.has(code)) return "public";
    const facts = errorFacts(original);
    const unavailable =
      facts.codes.some(
        (c) => c.startsWith("08") || UNAVAILABLE_SQLSTATES.has(c) || UNAVAILABLE_SOCKET_CODES.has(c) || UNAVAILABLE_PRISMA_CODES.has(c),
      ) ||
      facts.kinds.some((k) => UNAVAILABLE_ADAPTER_KINDS.has(k));
    if (unavailable) return "unavailable";
    if (facts.codes.some((c) => /^22[0-9A-Z]{3}$/.test(c)) || facts.kinds.some((k) => k === "ValueOutOfRange" || k === "InvalidInputValue")) {
      return "invalid-input";
    }
    return "internal";
  } catch {
    return "internal";
  }
}
