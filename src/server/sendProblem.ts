/**
 * Answers an RFC 9457 problem document (`application/problem+json`) for the REST routes that use
 * them (OGC API – Features, asset uploads and downloads).
 *
 * Contract: `{ type: "about:blank", title, status, detail, ...extra, requestId }`, the title being
 * the status's reason phrase unless given; nothing is sent once the headers have gone out.
 */
import { STATUS_CODES } from "node:http";

import type { Response } from "express";

export function sendProblem(res: Response, status: number, detail: string, extra: Record<string, unknown> = {}, title = STATUS_CODES[status]): void {
  if (res.headersSent) return;
  res
    .status(status)
    .type("application/problem+json")
    .send(JSON.stringify({ type: "about:blank", title, status, detail, ...extra, requestId: res.locals.requestId as unknown }));
}
