/**
 * The response of a plain HTTP route whose work failed: 400 (404 for NOT_FOUND, 409 for CONFLICT) with the message
 * for an error written for the caller (BAD_USER_INPUT, ...), 400 BAD_USER_INPUT for a value the
 * database refused (SQLSTATE class 22), 503 when the database is unreachable or saturated, else 500 with a
 * masked message; the original of a 500/503 is logged with the request id. Body:
 * `{"error": {"code", "message", "requestId"}}`.
 */
import type { Response } from "express";

import { apiErrorOf } from "../errors/apiErrorOf.js";
import { classifyError } from "../errors/classifyError.js";
import { ErrorCode } from "../errors/errorCodes.js";
import { INVALID_VALUE_MESSAGE } from "../errors/formatError.js";
import type { Logger } from "../logger.js";

export function sendRouteError(res: Response, log: Logger, error: unknown): void {
  const requestId: unknown = res.locals.requestId;
  const code = apiErrorOf(error)?.code ?? (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  const kind = classifyError(code, error);
  if (kind === "public") {
    res.status(code === ErrorCode.NOT_FOUND ? 404 : code === ErrorCode.CONFLICT ? 409 : 400).json({ error: { code, message: (error as Error).message, requestId } });
    return;
  }
  if (kind === "invalid-input") {
    res.status(400).json({ error: { code: ErrorCode.BAD_USER_INPUT, message: INVALID_VALUE_MESSAGE, requestId } });
    return;
  }
  log.error({ err: error, requestId, kind }, "route error");
  const unavailable = kind === "unavailable";
  res.status(unavailable ? 503 : 500).json({
    error: {
      code: unavailable ? ErrorCode.SERVICE_UNAVAILABLE : ErrorCode.INTERNAL_SERVER_ERROR,
      message: unavailable ? "Service unavailable" : "Internal server error",
      requestId,
    },
  });
}
