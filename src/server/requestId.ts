/**
 * The id of an HTTP request: the caller's `x-request-id` when it is a safe token (1-64 of
 * A-Z a-z 0-9 . _ -), else a random UUID. Fixed once per request (kept in `res.locals`), so
 * logs, error extensions and the `x-request-id` response header all carry the same id.
 */
import { randomUUID } from "node:crypto";

import type { Request, Response } from "express";

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export function requestIdFor(req: Request, res: Response): string {
  const known: unknown = res.locals.requestId;
  if (typeof known === "string") return known;
  const given = req.get("x-request-id");
  const requestId = given && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
  res.locals.requestId = requestId;
  return requestId;
}
