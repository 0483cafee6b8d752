/**
 * Decides what a caller may see of an error that reached the top level.
 *
 * Contract: total (never throws, whatever it is given); codes this API or GraphQL produce on
 * purpose pass through; a database that cannot be reached becomes SERVICE_UNAVAILABLE; anything
 * else becomes INTERNAL_SERVER_ERROR with a masked message.
 */
import { ErrorCode } from "./errorCodes.js";

/** Codes whose messages are written for the caller and may be shown verbatim. */
const PUBLIC_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.SERVICE_UNAVAILABLE,
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "OPERATION_RESOLUTION_FAILURE",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "UNAUTHENTICATED",
  "FORBIDDEN",
]);

/** Node/pg/Prisma signals that the database is unreachable or saturated, not that a query is wrong. */
const UNAVAILABLE_PATTERNS = [
  /timeout exceeded when trying to connect/i,
  /Connection terminated/i,
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT/,
  /the database system is (starting up|shutting down)/i,
  /terminating connection due to administrator command/i,
  /Can't reach database server/i,
  /Cannot use a pool after calling end/i,
  /canceling statement due to statement timeout/i,
  /\b57014\b|\b57P0[1-3]\b|\b08(000|001|003|006)\b|\b53300\b/,
];
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

export type ErrorClass = "public" | "unavailable" | "internal";

function collectMessages(error: unknown, depth = 0): string[] {
  if (depth > 5 || error === null || typeof error !== "object") return [String(error)];
  const e = error as { message?: unknown; code?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };
  const own = [String(e.message ?? ""), String(e.code ?? "")];
  const adapterError = e.meta?.driverAdapterError;
  const nested = [e.cause, adapterError].filter((n) => n !== undefined);
  const causes = nested.flatMap((n) => collectMessages(n, depth + 1));
  const originals = [(e as { originalCode?: unknown }).originalCode, (e as { originalMessage?: unknown }).originalMessage]
    .filter((v) => v !== undefined)
    .map(String);
  return [...own, ...originals, ...causes];
}

export function classifyError(code: unknown, original: unknown): ErrorClass {
  try {
    if (typeof code === "string" && PUBLIC_CODES.has(code)) return "public";
    const prismaCode = (original as { code?: unknown } | null)?.code;
    if (typeof prismaCode === "string" && UNAVAILABLE_PRISMA_CODES.has(prismaCode)) return "unavailable";
    const text = collectMessages(original).join("\n");
    if (UNAVAILABLE_PATTERNS.some((p) => p.test(text))) return "unavailable";
    return "internal";
  } catch {
    return "internal";
  }
}
