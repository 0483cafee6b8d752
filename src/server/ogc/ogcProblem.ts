/**
 * Errors of the OGC API – Features routes as RFC 9457 problem documents
 * (`application/problem+json`: `type`, `title`, `status`, `detail`).
 *
 * Contract: an `OgcProblem` is answered with its status and detail as written (400 bad
 * parameter, 404 unknown collection or feature, 401 refused credentials); a database that is
 * unreachable or saturated is 503; anything else is a 500 with a masked detail, logged with the
 * request id. No answer carries a stack or a file path.
 */
import type { Response } from "express";

import { AuthenticationError } from "../../auth/authErrors.js";
import { classifyError } from "../../errors/classifyError.js";
import type { Logger } from "../../logger.js";
import { sendProblem } from "../sendProblem.js";

export class OgcProblem extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 406,
    readonly title: string,
    message: string,
  ) {
    super(message);
    this.name = "OgcProblem";
  }
}

export function badParameter(message: string): OgcProblem {
  return new OgcProblem(400, "Bad Request", message);
}

export function notFound(message: string): OgcProblem {
  return new OgcProblem(404, "Not Found", message);
}

export function sendOgcProblem(res: Response, log: Logger, error: unknown): void {
  if (error instanceof OgcProblem) {
    sendProblem(res, error.status, error.message, {}, error.title);
    return;
  }
  if (error instanceof AuthenticationError) {
    const headers = (error.extensions.http as { headers?: Map<string, string> } | undefined)?.headers;
    const challenge = headers?.get("www-authenticate");
    if (challenge) res.setHeader("www-authenticate", challenge);
    sendProblem(res, 401, error.message);
    return;
  }
  const kind = classifyError(undefined, error);
  log.error({ err: error, requestId: res.locals.requestId as unknown, kind }, "OGC API route error");
  if (kind === "unavailable") sendProblem(res, 503, "The database is unavailable; try again shortly");
  else sendProblem(res, 500, "Internal server error");
}
