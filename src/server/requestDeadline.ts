/**
 * The server-wide deadline of one HTTP request: no request stays unanswered.
 *
 * Contract: a request whose answer has not begun `timeoutMs` after it arrived is answered 503
 * with code REQUEST_TIMEOUT (GraphQL error shape on /graphql, the problem document elsewhere,
 * `Retry-After: 1`); whatever its handler writes later is dropped. An answer that has begun
 * (a streamed download) is left to finish.
 */
import type { RequestHandler } from "express";

import { ErrorCode } from "../errors/errorCodes.js";
import { sendHttpError } from "./httpErrors.js";

export function requestDeadline(timeoutMs: number): RequestHandler {
  return (req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.set("retry-after", "1");
      sendHttpError(req, res, 503, ErrorCode.REQUEST_TIMEOUT, `The request did not finish within the server's deadline of ${timeoutMs} ms`, {
        limit: "requestTimeoutMs",
        max: timeoutMs,
      });
    }, timeoutMs);
    const clear = () => clearTimeout(timer);
    res.once("finish", clear);
    res.once("close", clear);
    next();
  };
}
